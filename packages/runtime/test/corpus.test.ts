import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { evaluate } from "../src/index.js";

/**
 * The language-neutral case corpus: each compiler fixture with a `cases.json` holds
 * the IR the compiler produced (expected.ir.json, golden) and applicants with the
 * results they must get. The CLI tests run the same cases from the source text.
 */
const root = new URL("../../../corpus/", import.meta.url).pathname;
const fixtures = readdirSync(root)
  .filter((d) => existsSync(join(root, d, "cases.json")))
  .sort();

interface Expected {
  inForce?: boolean;
  total?: string;
  upToTotal?: string;
  awards?: {
    clause: string;
    item?: string;
    amount: string;
    basis?: string;
    range?: { min: string; max: string };
    instalments?: { amount: string; status: string }[];
  }[];
  pending?: { clause: string }[];
  /** eligible items that come to 0 (excluded, paid before, nothing to match) */
  zero?: { clause: string; item?: string }[];
}
interface Case {
  name: string;
  facts: unknown;
  expected: Expected;
}

describe.each(fixtures)("corpus %s", (fixture) => {
  const ir = JSON.parse(readFileSync(join(root, fixture, "expected.ir.json"), "utf8"));
  const cases = JSON.parse(readFileSync(join(root, fixture, "cases.json"), "utf8")) as Case[];
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const out = evaluate(ir, c.facts);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result;
    const e = c.expected;
    if (e.inForce !== undefined) expect(r.inForce).toBe(e.inForce);
    if (e.total !== undefined) expect(r.total).toBe(e.total);
    if (e.upToTotal !== undefined) expect(r.upToTotal).toBe(e.upToTotal);
    if (e.awards) {
      expect(r.awards.map((a) => ({ clause: a.clause, item: a.item, amount: a.amount }))).toEqual(
        e.awards.map((a) => ({ clause: a.clause, item: a.item, amount: a.amount })),
      );
      e.awards.forEach((a, i) => a.basis && expect(r.awards[i]?.basis).toBe(a.basis));
      e.awards.forEach((a, i) => a.range && expect(r.awards[i]?.range).toEqual(a.range));
      e.awards.forEach(
        (a, i) =>
          a.instalments &&
          expect(r.awards[i]?.instalments?.map((p) => ({ amount: p.amount, status: p.status }))).toEqual(a.instalments),
      );
    }
    if (e.zero) expect(r.zeroAwards.map((z) => ({ clause: z.clause, item: z.item }))).toEqual(e.zero);
    if (e.pending) expect(r.pending.map((p) => p.clause)).toEqual(e.pending.map((p) => p.clause));
  });
});
