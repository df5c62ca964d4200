import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { type ServerOptions, startServer } from "./server.js";

/** Starts the language server on standard input and output (`subsidia-language-server --stdio`, `subsidia lsp`). */
export function startStdioServer(options: ServerOptions = {}): void {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  startServer(connection, options);
}
