import { readFileSync } from "node:fs";
import { compile, formatDiagnostic } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { Dec, evaluate, type Result } from "@subsidia/runtime";
import { expect } from "vitest";
import type { Change, Witness } from "../src/index.js";

/** Compiles policy text or fails the test with the diagnostics. */
export function policyOf(text: string, file = "test.subsidia"): Policy {
  const r = compile(text, file);
  if (!r.ir) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, text)).join("\n"));
  return r.ir;
}

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** The text with each `from` (which must occur exactly once) replaced by `to`. */
export function edit(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((t, [from, to]) => {
    const n = t.split(from).length - 1;
    if (n !== 1) throw new Error(`expected one ${JSON.stringify(from)}, found ${n}`);
    return t.replace(from, () => to);
  }, text);
}

function run(policy: Policy, facts: unknown): Result {
  const o = evaluate(policy, facts);
  if (!o.ok) throw new Error(`witness facts rejected by ${policy.id}: ${JSON.stringify(o.errors)}`);
  return o.result;
}

const concerned = (r: Result, clause: string | null) =>
  JSON.stringify([
    r.inForce,
    r.awards
      .filter((a) => clause === null || a.clause === clause)
      .map((a) => [a.article, a.item, a.amount, a.basis, a.range ?? null, a.funding ?? null]),
    r.pending.filter((p) => clause === null || p.clause === clause).map((p) => [p.article, p.item, p.funding ?? null]),
  ]);

const sum = (r: Result, clause: string) =>
  r.awards
    .filter((a) => a.clause === clause)
    .reduce((s, a) => s.plus(a.amount), new Dec(0))
    .toFixed(2);

/**
 * Checks a witness independently of the search: both versions accept its facts, their
 * totals are the ones reported, and they pay it differently (in the clause when given,
 * whose amount must be the one reported).
 */
export function verifyWitness(
  before: Policy,
  after: Policy,
  w: Witness,
  clauses: { before: string | null; after: string | null },
): void {
  const rb = run(before, w.facts);
  const ra = run(after, w.facts);
  expect([rb.total, rb.upToTotal]).toEqual([w.before.total, w.before.upToTotal]);
  expect([ra.total, ra.upToTotal]).toEqual([w.after.total, w.after.upToTotal]);
  expect(concerned(rb, clauses.before)).not.toBe(concerned(ra, clauses.after));
  if (clauses.before !== null && w.before.status === "award") expect(w.before.amount).toBe(sum(rb, clauses.before));
  if (clauses.after !== null && w.after.status === "award") expect(w.after.amount).toBe(sum(ra, clauses.after));
}

/** `kind behavioural` per change, sorted: what a test compares. */
export const kinds = (changes: Change[]) => changes.map((c) => `${c.kind}${c.behavioural ? " *" : ""}`).sort();
