// The server from its sources, on stdio, as the tests start it (the bin runs the built package when there is one).
import { startStdioServer } from "../src/index.js";

startStdioServer();
