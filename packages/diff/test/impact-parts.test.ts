import { readFileSync } from "node:fs";
import { Dec, evaluate, type Result } from "@subsidia/runtime";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { centsOfText, ExactSum } from "../src/exact-sum.js";
import { Impact, samplePopulation } from "../src/index.js";
import { changedPath, flagshipPath } from "./fixtures/flagship/copies.js";
import { policyOf } from "./helpers.js";

const before = policyOf(readFileSync(flagshipPath, "utf8"), "flagship.subsidia");
const after = policyOf(readFileSync(changedPath, "utf8"), "changed.subsidia");
const population = [...samplePopulation(before, { seed: "impact-parts", count: 300 })];
const results = population.map((facts): [Result, Result] | null => {
  const [b, a] = [evaluate(before, facts), evaluate(after, facts)];
  return b.ok && a.ok ? [b.result, a.result] : null;
});

/** The population added one applicant at a time; every 7th line skipped, and each line's result doubled. */
function add(impact: Impact, from: number, to: number): Impact {
  for (let i = from; i < to; i++) {
    const r = results[i % results.length]!;
    if (i % 7 === 3 || !r) impact.skip({ line: i + 1 }, `line ${i + 1} left out`);
    else impact.addResults(r[0], r[1], { line: i + 1 });
  }
  return impact;
}

describe("an impact added up in parts (the workers of `diff --population`) and merged in input order", () => {
  const lines = 2 * results.length;
  const whole = add(new Impact(before, after, { top: 6, keepSkipped: 5 }), 0, lines).summary();

  test("gives the summary of the whole, for any cut into pieces", () => {
    // the population is its results twice over: equal changes tie, and the earliest line must win
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: lines - 1 }), { maxLength: 12 }), (cuts) => {
        const bounds = [0, ...cuts.sort((x, y) => x - y), lines];
        const merged = new Impact(before, after, { top: 6, keepSkipped: 5 });
        for (let k = 0; k + 1 < bounds.length; k++)
          merged.merge(add(new Impact(before, after, { top: 6 }), bounds[k]!, bounds[k + 1]!).part());
        expect(merged.summary()).toEqual(whole);
      }),
      { numRuns: 25 },
    );
    expect(whole.largest.length).toBe(6);
    expect(whole.skipped.count).toBeGreaterThan(5);
    expect(whole.gain).toBeGreaterThan(0);
  });

  test("a part is plain data: it survives a structured clone", () => {
    const part = add(new Impact(before, after, { top: 6 }), 0, lines).part();
    const merged = new Impact(before, after, { top: 6, keepSkipped: 5 });
    merged.merge(structuredClone(part));
    expect(merged.summary()).toEqual(whole);
  });
});

describe("exact sums in cents", () => {
  test("amounts as results write them are read as cents; anything else is not", () => {
    expect(centsOfText("1234.56")).toBe(123456);
    expect(centsOfText("0.00")).toBe(0);
    expect(centsOfText("9999999999999.99")).toBe(999999999999999);
    for (const t of ["-1.00", "1.5", "1.000", "1e3", "12", "", "99999999999999.99", "1,00.00", "１.00"])
      expect(centsOfText(t)).toBe(-1);
  });

  test("the sum is decimal.js's sum, past 2^53 cents and for any text", () => {
    const amount = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 14n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`),
      fc.bigInt({ min: 0n, max: 10n ** 20n }).map((c) => `${c / 1000n}.${String(c % 1000n).padStart(3, "0")}`),
      fc.constantFrom("0", "-5.25", "90071992547409.93", "0.5"),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (texts) => {
        const sum = new ExactSum();
        for (const t of texts) sum.add(t);
        const want = texts.reduce((s, t) => s.plus(t), new Dec(0));
        expect(sum.value().eq(want)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
