export { capabilities, startServer, type ServerOptions } from "./server.js";
export { startStdioServer } from "./main.js";
export type { HostLibrary, LibraryHost } from "./model/library.js";
