export { capabilities, startServer, type ServerOptions } from "./server.js";
export { startStdioServer } from "./main.js";
