/**
 * What one keystroke costs in the playground and the language server: a policy is
 * edited one character at a time and re-checked each time, from scratch (`compile`,
 * before) and incrementally (`createIncrementalChecker`, after; what the
 * playground's worker and the language server run). Two kinds of edit: a digit of
 * art. 4's cap changed (1000万元 → 1001万元 → …), and a character typed then
 * deleted at one of several places (an amount, a condition, a test's facts, an
 * input's description). For the flagship, and for a policy 10× its size. Then the
 * playground worker's whole re-check (`Checker.run`: compile, check the IR,
 * validate the facts, evaluate). Prints the median and the 90th percentile in
 * milliseconds of wall-clock time (what a drafter waits) and, for the incremental
 * check, of CPU time (what it costs, whatever else the machine runs), and the
 * load average around the run.
 *
 *   npm run bench -w @subsidia/playground [-- --runs N]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { compile, createIncrementalChecker } from "@subsidia/compiler";
import { checkPolicy } from "@subsidia/runtime";
import { Checker, evaluateChecked } from "../src/engine/check.js";
import { scaledPolicy } from "./scaled-policy.js";

const flagship = readFileSync(
  fileURLToPath(new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url)),
  "utf8",
);
const facts: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL("../src/examples/platform-and-plant.facts.json", import.meta.url)), "utf8"),
);
const argRuns = process.argv.indexOf("--runs");
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 200;
const WARMUP = 20;

/** Successive texts: each one character away from the one before. */
type Edits = (i: number) => string;

function digitEdits(policy: string): Edits {
  const cap = "cap 1000万元";
  const at = policy.indexOf(cap, policy.indexOf("clause platformConstruction"));
  return (i) => `${policy.slice(0, at)}cap ${1000 + (i % 500)}万元${policy.slice(at + cap.length)}`;
}

function typingEdits(policy: string): Edits {
  const places = ["cap 500万元", "when c.landedInProvince", 'id: "knee", type', '"总投资额"'].map((s) => {
    const at = policy.indexOf(s);
    if (at < 0) throw new Error(`\`${s}\` is not in the policy: update recheck.ts`);
    return at + Math.floor(s.length / 2);
  });
  return (i) => {
    if (i % 2 === 0) return policy;
    const at = places[Math.floor(i / 2) % places.length]!;
    return `${policy.slice(0, at)}x${policy.slice(at)}`;
  };
}

interface Times {
  wall: number[];
  cpu: number[];
}

function measure(runs: number, edits: Edits, check: (text: string) => unknown, warmup = WARMUP): Times {
  const times: Times = { wall: [], cpu: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const text = edits(i);
    const cpu = process.cpuUsage();
    const start = performance.now();
    check(text);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (i < warmup) continue;
    times.wall.push(wall);
    times.cpu.push((used.user + used.system) / 1000);
  }
  return times;
}

function pct(xs: number[], p: number): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);
}

function row(what: string, before: Times, after: Times): string {
  const cell = (xs: number[]) => `${pct(xs, 0.5).padStart(7)} ${pct(xs, 0.9).padStart(7)}`;
  return `${what.padEnd(46)} ${cell(before.wall)}   ${cell(after.wall)}   ${cell(after.cpu)}`;
}

/** The playground worker's re-check as it was: compile from scratch, check the IR, validate the facts, evaluate. */
function fromScratch(text: string): void {
  const { ir } = compile(text, "flagship.subsidia");
  if (!ir) throw new Error("the edited flagship does not compile");
  if (!evaluateChecked(ir, checkPolicy(ir), facts).outcome.ok) throw new Error("the edited flagship did not evaluate");
}

const tenfold = scaledPolicy(flagship, 10);
const load = loadavg()[0]!.toFixed(1);
const lines: string[] = [];
// from scratch, the 10× policy takes the better part of a second a check: fewer runs
for (const [name, policy, runs, slowRuns] of [
  ["flagship", flagship, RUNS, RUNS],
  ["10× flagship", tenfold, Math.max(20, Math.floor(RUNS / 2)), Math.max(10, Math.floor(RUNS / 20))],
] as const) {
  for (const [kind, edits] of [
    ["digit changed", digitEdits(policy)],
    ["character typed or deleted", typingEdits(policy)],
  ] as const) {
    const before = measure(slowRuns, edits, (t) => compile(t, name), Math.min(WARMUP, slowRuns));
    const checker = createIncrementalChecker(name);
    const after = measure(runs, edits, (t) => checker.check(t));
    lines.push(row(`${name}, ${kind}: check`, before, after));
  }
}
const before = measure(RUNS, digitEdits(flagship), fromScratch);
const worker = new Checker();
const after = measure(RUNS, digitEdits(flagship), (t) => {
  const s = worker.run({ kind: "check", id: 0, text: t, file: "flagship.subsidia", facts });
  if (!s.outcome?.ok) throw new Error("the edited flagship did not evaluate");
});
lines.push(row("flagship, digit changed: playground re-check", before, after));

console.log(
  `re-check after a one-character edit, ms (Node ${process.version}, ${flagship.length} characters` +
    ` in the flagship, ${tenfold.length} in the 10× policy; load average ${load} at the start, ` +
    `${loadavg()[0]!.toFixed(1)} at the end)`,
);
const head = ["from scratch", "incremental", "incremental"].map((h) => h.padStart(15)).join("   ");
console.log(`${"".padEnd(46)} ${head}`);
console.log(`${"".padEnd(46)} ${["wall", "wall", "CPU"].map((h) => h.padStart(15)).join("   ")}`);
console.log(
  `${"".padEnd(46)} ${Array(3)
    .fill(`${"p50".padStart(7)} ${"p90".padStart(7)}`)
    .join("   ")}`,
);
for (const l of lines) console.log(l);
