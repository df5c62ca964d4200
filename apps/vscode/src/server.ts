// The language server the extension bundles (dist/server.cjs), started by the client on stdio.
// It reads each document's library from disk with the reader of the package's own bin
// (`subsidia-language-server`, bin/library-host.mjs), as `subsidia check` and `subsidia lsp` read it.
import { parseLevels, startStdioServer } from "@subsidia/language-server";
import { nodeLibraryHost } from "@subsidia/language-server/library-host";

startStdioServer({ library: nodeLibraryHost(parseLevels) });
