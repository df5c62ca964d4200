import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";

export const flagshipText = readFileSync(
  fileURLToPath(new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url)),
  "utf8",
);
export const FLAGSHIP = "file:///policies/heilongjiang/biomanufacturing-2026.subsidia";

export interface Client {
  connection: ProtocolConnection;
  initialized: InitializeResult;
  /** sends didOpen and waits for the first diagnostics */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  /** sends didChange and waits for the diagnostics of that version */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams>;
  /** shutdown, exit; resolves with the server's exit code */
  stop(): Promise<number | null>;
  messages: { type: string; message: string }[];
}

/**
 * Starts a server process and talks to it over its standard input and output, as
 * an editor does: by default the sources (through tsx), or `command` as given.
 */
export async function startClient(
  command: string[] = ["--import", "tsx", fileURLToPath(new URL("./serve.ts", import.meta.url))],
  sources = true,
  /** more of the `initialize` request, such as the editor's `locale` */
  init: { locale?: string; initializationOptions?: unknown } = {},
): Promise<Client> {
  const args = [...(sources ? ["--conditions=source"] : []), ...command, "--stdio"];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
  const died = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before answering`))),
  );
  died.catch(() => undefined);
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  const messages: Client["messages"] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}@${p.version}`;
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  connection.onNotification("window/showMessage", (p: { type: number; message: string }) => {
    messages.push({ type: ["", "error", "warning", "info", "log"][p.type] ?? "?", message: p.message });
  });
  connection.listen();
  const initialized = await Promise.race([
    died,
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { general: { positionEncodings: ["utf-16"] } },
      ...init,
    }),
  ]);
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnosticsOf = (uri: string, version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(`${uri}@${version}`, resolve));
  return {
    connection,
    initialized,
    messages,
    async open(uri, text) {
      const published = diagnosticsOf(uri, 1);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: "subsidia", version: 1, text },
      });
      return published;
    },
    async change(uri, version, contentChanges) {
      const published = diagnosticsOf(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges,
      });
      return published;
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** The LSP position (line, UTF-16 character) of the `n`-th occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, n = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` is not in the text`);
  }
  const before = text.slice(0, at + delta).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}
