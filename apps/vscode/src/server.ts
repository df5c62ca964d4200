// The language server the extension bundles (dist/server.cjs), started by the client on stdio.
import { startStdioServer } from "@subsidia/language-server";

startStdioServer();
