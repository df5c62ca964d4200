/**
 * The integer representation of the compiled evaluator's fast path against the runtime's
 * decimals: the same rounding in every mode, the same reading of facts, the same text
 * at the edges of the range where integers are exact.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec, roundTo, type RoundingMode } from "../src/money.js";
import { divRound, FACT_MAX, SAFE, unitsOf, unitsOfText, yuanOfCents } from "../src/js-emit/units.js";

const MODES: RoundingMode[] = ["half-up", "half-even", "down", "up"];

describe("divRound rounds as roundTo does, in every mode", () => {
  const ints = fc.oneof(
    fc.integer({ min: -SAFE, max: SAFE }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(SAFE, -SAFE, SAFE - 1, 2 ** 52, 0),
  );
  const divisors = fc.oneof(fc.integer({ min: 1, max: SAFE }), fc.constantFrom(1, 2, 10, 100, 1000, 10 ** 15, SAFE));
  it.each(MODES)("%s", (mode) => {
    fc.assert(
      fc.property(ints, divisors, (n, d) => {
        const want = roundTo(new Dec(n).div(d), new Dec(1), mode);
        expect(divRound(n, d, mode) + 0).toBe(want.toNumber() + 0);
      }),
      { numRuns: 3000 },
    );
  });
  it("at the ties, one either side, and on both signs", () => {
    for (const mode of MODES)
      for (const n of [-251, -250, -249, -150, -50, 49, 50, 51, 150, 250, 251, SAFE, -SAFE])
        expect(divRound(n, 100, mode) + 0, `${n}/100 ${mode}`).toBe(
          roundTo(new Dec(n).div(100), new Dec(1), mode).toNumber() + 0,
        );
  });
});

describe("facts as integers", () => {
  const text = fc
    .tuple(fc.boolean(), fc.stringMatching(/^\d{1,18}$/), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }))
    .map(([minus, whole, fraction]) => `${minus ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`);
  it("a decimal text is the integer of its digits at the scale, or NaN (then decimal.js reads it)", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, scale) => {
        const d = new Dec(t);
        const n = unitsOfText(t, scale);
        const exact = d.times(new Dec(10).pow(scale));
        if (Number.isNaN(n))
          expect(!exact.isInteger() || exact.abs().gt(FACT_MAX) || (d.isZero() && t.startsWith("-"))).toBe(true);
        else expect(n).toBe(exact.toNumber());
      }),
      { numRuns: 3000 },
    );
  });
  it("at FACT_MAX, one either side, and at 2^53 cents", () => {
    expect(unitsOfText("10000000000000", 2)).toBe(FACT_MAX);
    expect(unitsOfText("10000000000000.00", 2)).toBe(FACT_MAX);
    expect(unitsOfText("9999999999999.99", 2)).toBe(FACT_MAX - 1);
    expect(unitsOfText("10000000000000.01", 2)).toBeNaN();
    expect(unitsOfText("90071992547409.91", 2)).toBeNaN(); // 2^53 - 1 cents
    expect(unitsOfText("90071992547409.93", 2)).toBeNaN(); // 2^53 + 1 cents
    expect(unitsOfText("12.3450000", 2)).toBeNaN();
    expect(unitsOfText("12.3400000", 2)).toBe(1234);
  });
  it("JSON numbers through their shortest text, as parseDecimal reads them", () => {
    for (const [v, n] of [
      [1234.5, 123450],
      [0.1, 10],
      [-0, 0],
      [1e13, FACT_MAX],
      [1e21, Number.NaN],
      [5e-324, Number.NaN],
      [0.001, Number.NaN],
    ] as const)
      expect(unitsOf(v, 2)).toBe(n);
    expect(unitsOf(new Dec("12.5"), 2)).toBe(1250);
    expect(unitsOf(true, 2)).toBeNaN();
  });
  it("cents as results write amounts: two decimals", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: SAFE }),
          fc.integer({ min: 0, max: 1000 }),
          // around 2^31 and 2^53, and quotients just below an integer (n / 100 = k − 0.01)
          fc.integer({ min: SAFE - 10_000, max: SAFE }),
          fc.integer({ min: 2 ** 31 - 300, max: 2 ** 31 + 300 }),
          fc.integer({ min: 1, max: 2 ** 46 }).map((k) => k * 100 - 1),
          // yuan with groups of zeros (1000, 1000000.05), written three digits at a time
          fc
            .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 3, max: 10 }), fc.nat({ max: 99 }))
            .map(([k, zeros, cents]) => k * 10 ** zeros * 100 + cents),
        ),
        (n) => {
          expect(yuanOfCents(n)).toBe(new Dec(n).div(100).toFixed(2));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
