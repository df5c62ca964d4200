// The language server the extension bundles (dist/server.cjs), started by the client on stdio.
// It reads each document's library from disk as `subsidia lsp` does (library-host.ts).
import { startStdioServer } from "@subsidia/language-server";
import { nodeLibraryHost } from "./library-host.js";

startStdioServer({ library: nodeLibraryHost });
