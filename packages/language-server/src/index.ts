export { capabilities, startServer, type ServerOptions } from "./server.js";
export { startStdioServer } from "./main.js";
export { type HostLibrary, type LibraryHost, parseLevels } from "./model/library.js";
