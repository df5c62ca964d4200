/**
 * What a keystroke costs in an editor: the flagship (and a policy 10× its size) open in the language
 * server, edited one character at a time by `textDocument/didChange` (incremental, a range and its new
 * text, as VS Code sends them), each change timed from the notification sent to the diagnostics of
 * that version received. The server runs in this process on in-memory streams, so the times hold
 * the JSON-RPC framing both ways and the server's whole re-check, not a pipe between processes.
 * Two kinds of edit: a digit of art. 4's cap changed (1000万元 → 1001万元 → …), and a character typed
 * then deleted at one of several places (the edits of apps/playground/bench/recheck.ts). Prints the
 * median and the 90th percentile of wall-clock time (what a drafter waits) and of CPU time (the work,
 * whatever else the machine runs), and the load average around the run.
 *
 *   npm run bench -w @subsidia/language-server [-- --runs N]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";
import { scaledPolicy } from "../../../apps/playground/bench/scaled-policy.js";
import { startServer } from "../src/index.js";

const flagship = readFileSync(
  fileURLToPath(new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url)),
  "utf8",
);
const argRuns = process.argv.indexOf("--runs");
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 200;
const WARMUP = 20;

/** The server and a client on two in-memory pipes. */
async function connect() {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down)));
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const waiting = new Map<string, () => void>();
  client.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(`${p.uri}@${p.version}`)?.());
  client.listen();
  await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  const published = (uri: string, version: number) =>
    new Promise<void>((done) => waiting.set(`${uri}@${version}`, done));
  return { client, published };
}

/** The position (line, UTF-16 character) of `offset` in `text`. */
function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The change that turns version i into version i + 1: one character typed, deleted or replaced. */
type Edit = (i: number) => TextDocumentContentChangeEvent;

function digitEdits(policy: string): Edit {
  const at = policy.indexOf("cap 1000万元", policy.indexOf("clause platformConstruction")) + "cap 100".length;
  const start = positionAt(policy, at);
  const range = { start, end: { line: start.line, character: start.character + 1 } };
  return (i) => ({ range, text: String((i + 1) % 10) });
}

function typingEdits(policy: string): Edit {
  const places = ["cap 500万元", "when c.landedInProvince", 'id: "knee", type', '"总投资额"'].map((s) => {
    const at = policy.indexOf(s);
    if (at < 0) throw new Error(`\`${s}\` is not in the policy: update bench/recheck.ts`);
    return positionAt(policy, at + Math.floor(s.length / 2));
  });
  return (i) => {
    const p = places[Math.floor(i / 2) % places.length]!;
    if (i % 2 === 0) return { range: { start: p, end: p }, text: "x" };
    return { range: { start: p, end: { line: p.line, character: p.character + 1 } }, text: "" };
  };
}

async function measure(name: string, policy: string, edit: Edit, runs: number) {
  const { client, published } = await connect();
  const uri = `file:///${name}.subsidia`;
  const opened = published(uri, 0);
  await client.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "subsidia", version: 0, text: policy },
  });
  await opened;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const done = published(uri, i + 1);
    const used = process.cpuUsage();
    const start = performance.now();
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: i + 1 },
      contentChanges: [edit(i)],
    });
    await done;
    const w = performance.now() - start;
    const c = process.cpuUsage(used);
    if (i < WARMUP) continue;
    wall.push(w);
    cpu.push((c.user + c.system) / 1000);
  }
  client.dispose();
  return { wall, cpu };
}

function pct(xs: number[], p: number): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
}

const load = () => loadavg()[0]!.toFixed(1);
console.log(`didChange → publishDiagnostics, ${RUNS} edits after ${WARMUP} (ms; load average ${load()} before)`);
console.log("policy      edit     wall median  wall p90  cpu median  cpu p90");
const big = scaledPolicy(flagship, 10);
for (const [name, policy, runs] of [
  ["flagship", flagship, RUNS],
  ["10×", big, Math.max(10, Math.floor(RUNS / 10))],
] as const) {
  for (const [kind, edit] of [
    ["digit", digitEdits(policy)],
    ["typing", typingEdits(policy)],
  ] as const) {
    const t = await measure(name === "10×" ? "ten" : name, policy, edit, runs);
    const row = [pct(t.wall, 50), pct(t.wall, 90), pct(t.cpu, 50), pct(t.cpu, 90)].map((x) => x.padStart(10));
    console.log(`${name.padEnd(11)} ${kind.padEnd(8)} ${row.join(" ")}`);
  }
}
console.log(`load average after: ${load()}`);
process.exit(0);
