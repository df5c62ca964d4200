/**
 * The compiled evaluator's reader checks amounts with `isMoney` and reads them later with
 * `rawScalar`: `isMoney` must accept exactly what `parseMoney` accepts (plain digits, signs,
 * exponents, spaces, the precision limits), and `rawScalar` must read what `readScalar` reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readScalar } from "../src/fact-scalars.js";
import { isMoney, rawScalar } from "../src/money-check.js";
import { Dec, parseMoney } from "../src/money.js";

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((xs) => xs.join(""));

/** At and around the precision limits: 20 digits before the point and 20 after, leading and trailing zeros. */
const edges = fc.constantFrom(
  "99999999999999999999",
  "100000000000000000000",
  "99999999999999999999.99999999999999999999",
  "0.00000000000000000001",
  "0.000000000000000000001",
  "1.1000000000000000000000000",
  "0000000000000000000000001.5",
  "-0.00",
  "-0",
  "1e19",
  "1e20",
);

/** Texts near the forms a decimal may take: signs, points, exponents, spaces, up to 24 digits a side. */
const random = fc
  .tuple(
    fc.constantFrom("", "-", "+", " "),
    digits(0, 24),
    fc.constantFrom("", ".", ".", "x"),
    digits(0, 24),
    fc.constantFrom("", "", "e5", "E-3", "e+21", " ", "%"),
  )
  .map((parts) => parts.join(""));
const texts = fc.oneof(edges, random);

describe("isMoney is parseMoney without the decimal", () => {
  it("on texts of every form", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(isMoney(t), JSON.stringify(t)).toBe(parseMoney(t) !== null);
      }),
      { numRuns: 3000 },
    );
  });
  it("on JSON numbers, integers, fractions, tiny, huge and negative", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.constantFrom(-0, 0, 1e19, 1e20, 1e21, 1e-7, 1.5e-15, 1234.5678, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        expect(isMoney(n), String(n)).toBe(parseMoney(n) !== null);
      }),
      { numRuns: 3000 },
    );
  });
  it("on values that are not numbers", () => {
    for (const v of [null, undefined, true, {}, [], new Dec(5)]) expect(isMoney(v)).toBe(false);
  });
});

describe("rawScalar reads a checked JSON value as readScalar does, and leaves decimals", () => {
  it("money, percent, number and integer", () => {
    const money = { kind: "money" } as const;
    expect(rawScalar("1234.50", money)).toEqual(readScalar(money, "1234.50"));
    expect(rawScalar(7, { kind: "integer" })).toEqual(readScalar({ kind: "integer" }, 7));
    expect(rawScalar("30%", { kind: "percent" })).toEqual(new Dec("0.3"));
    const d = new Dec("2.5");
    expect(rawScalar(d, money)).toBe(d);
    expect(rawScalar(undefined, money)).toBeUndefined();
    expect(() => rawScalar("abc", money)).toThrow(/does not read as money/);
  });
});
