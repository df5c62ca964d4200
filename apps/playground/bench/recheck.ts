/**
 * What one keystroke costs in the playground: the flagship policy is edited one
 * character at a time (a digit of art. 4's cap goes 1000万元 → 1001万元 → …) and
 * re-checked each time with the worker's own code (`Checker.run`: parse, compile,
 * check the IR, validate the facts, evaluate, sweep the award curve).
 * Prints the median and the 90th percentile in milliseconds.
 *
 *   npm run bench -w @subsidia/playground
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "@subsidia/syntax";
import { Checker } from "../src/engine/check.js";

const policy = readFileSync(
  fileURLToPath(new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url)),
  "utf8",
);
const facts: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL("../src/examples/platform-and-plant.facts.json", import.meta.url)), "utf8"),
);
const CAP = "cap 1000万元";
const at = policy.indexOf(CAP, policy.indexOf("clause platformConstruction"));
const WARMUP = 30;
const RUNS = 200;

function edit(i: number): string {
  const cap = `cap ${1000 + (i % 500)}万元`;
  return policy.slice(0, at) + cap + policy.slice(at + CAP.length);
}

function measure(curve: boolean): { check: number[]; total: number[] } {
  const checker = new Checker();
  const check: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    const s = checker.run({
      kind: "check",
      id: i,
      text: edit(i),
      file: "flagship.subsidia",
      facts,
      curve: curve ? { clause: "platformConstruction", item: 0 } : undefined,
    });
    const ms = performance.now() - start;
    if (!s.outcome?.ok) throw new Error("the edited flagship did not evaluate");
    if (i >= WARMUP) {
      check.push(s.checkMs + s.evalMs);
      all.push(ms);
    }
  }
  return { check, total: all };
}

function pct(xs: number[], p: number): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(2);
}

function parseOnly(): number[] {
  const out: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const text = edit(i);
    const start = performance.now();
    parse(text, "flagship.subsidia");
    if (i >= WARMUP) out.push(performance.now() - start);
  }
  return out;
}

const plain = measure(false);
const parsing = parseOnly();
const withCurve = measure(true);
console.log(
  `flagship re-check after a keystroke (${RUNS} edits, ${policy.length} characters, Node ${process.version}):`,
);
console.log(`  compile + evaluate            median ${pct(plain.check, 0.5)} ms   p90 ${pct(plain.check, 0.9)} ms`);
console.log(`    of which parsing             median ${pct(parsing, 0.5)} ms   p90 ${pct(parsing, 0.9)} ms`);
console.log(
  `  … + award curve (2 × 130 evaluations) median ${pct(withCurve.total, 0.5)} ms   p90 ${pct(withCurve.total, 0.9)} ms`,
);
