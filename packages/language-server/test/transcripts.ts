import { readFileSync } from "node:fs";
import type { Client } from "./lsp-client.js";

/**
 * The transcripts of docs/editor.md: each is a request sent to the server on the
 * document shown there (`→ method params`) and the answer it gave (`← result`).
 * The docs test replays them; `scripts/transcripts.ts` writes them.
 */
export const editorDoc = new URL("../../../docs/editor.md", import.meta.url);
export const DEMO = "file:///demo.subsidia";

export function demoPolicy(): string {
  const block = /<!-- demo -->\n```subsidia\n([\s\S]*?)```/.exec(readFileSync(editorDoc, "utf8"))?.[1];
  if (block === undefined) throw new Error("no demo policy in docs/editor.md");
  return block;
}

export interface Transcript {
  method: string;
  params: Record<string, unknown>;
  result: unknown;
}

export function transcriptsIn(doc: string): Transcript[] {
  return [...doc.matchAll(/```text\n→ (\S+) (.*)\n← ([\s\S]*?)\n```/g)].map((m) => ({
    method: m[1]!,
    params: JSON.parse(m[2]!) as Record<string, unknown>,
    result: JSON.parse(m[3]!) as unknown,
  }));
}

export async function ask(client: Client, method: string, params: Record<string, unknown>): Promise<unknown> {
  if (method === "textDocument/didChange") {
    const p = params as { textDocument: { uri: string; version: number }; contentChanges: [] };
    const published = await client.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
    return published.diagnostics;
  }
  return client.connection.sendRequest(method, params);
}
