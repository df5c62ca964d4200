// The server from its sources with the bin's reader of libraries (bin/library-host.mjs), on stdio.
import { nodeLibraryHost } from "../bin/library-host.mjs";
import { parseLevels, startStdioServer } from "../src/index.js";

startStdioServer({ library: nodeLibraryHost(parseLevels) });
