import fc from "fast-check";
import { expect, test } from "vitest";
import { diffPolicies } from "../src/index.js";
import { policyOf, verifyWitness } from "./helpers.js";

interface Rule {
  threshold: number;
  rate: number;
  cap: number;
  uplift: number;
  before: boolean;
}

const rule: fc.Arbitrary<Rule> = fc.record({
  threshold: fc.integer({ min: 0, max: 1_000_000 }),
  rate: fc.integer({ min: 1, max: 60 }),
  cap: fc.integer({ min: 1_000_000, max: 100_000_000 }),
  uplift: fc.integer({ min: 1, max: 100 }),
  before: fc.boolean(),
});

/** One amount, written as drafters may: `300万元`, `3000000`, `3000000元`. */
const money = (v: number, style: number) =>
  style === 1 && v % 10000 === 0 ? `${v / 10000}万元` : style === 2 ? `${v}元` : String(v);

function source(r: Rule, style = 0): string {
  const when = style === 1 ? `${money(r.threshold, style)} <= x.base` : `x.base >= ${money(r.threshold, style)}`;
  const pad = " ".repeat(2 + style);
  return [
    `policy "prop" {\n${pad}title "p"\n${pad}valid from 2026-01-01 to 2027-12-31 on applicationDate\n}`,
    `input applicationDate: date "d"`,
    `input items: list "i" {\n${pad}id: string "id"\n${pad}base: money "b"\n${pad}flag: boolean "f"\n}`,
    `article 1 "a" {\n${pad}text "t"\n${pad}clause c "c" for each x in items {`,
    `${pad}${pad}when ${when}`,
    `${pad}${pad}award ${r.rate}% of x.base`,
    `${pad}${pad}cap ${money(r.cap, style)}`,
    `${pad}${pad}uplift ${r.uplift}% ${r.before ? "before" : "after"} cap when x.flag`,
    `${pad}}\n}`,
  ].join("\n");
}

test("every change of a threshold, rate, cap or uplift gets a witness that both versions confirm", () => {
  fc.assert(
    fc.property(rule, rule, (a, b) => {
      fc.pre(JSON.stringify(a) !== JSON.stringify(b));
      const [before, after] = [policyOf(source(a)), policyOf(source(b))];
      const diff = diffPolicies(before, after);
      expect(diff.behavioural).toBeGreaterThan(0);
      for (const c of diff.changes) {
        expect(c.behavioural).toBe(true);
        expect(c.witness, `${c.summary}: ${c.note ?? ""}`).toBeTruthy();
        verifyWitness(before, after, c.witness!, { before: "c", after: "c" });
      }
    }),
    { numRuns: 40 },
  );
});

test("the same rule written otherwise is no change at all", () => {
  fc.assert(
    fc.property(rule, fc.integer({ min: 0, max: 2 }), (r, style) => {
      expect(diffPolicies(policyOf(source(r)), policyOf(source(r, style))).changes).toEqual([]);
    }),
    { numRuns: 40 },
  );
});
