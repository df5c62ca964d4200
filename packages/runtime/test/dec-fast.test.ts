import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsOf, compareDecimals, yuanText } from "../src/dec-fast.js";
import { Dec } from "../src/index.js";
import { decimals } from "./decimals.js";

/** A decimal text of up to 30 digits with the point anywhere, sometimes negative, zeros at either end. */
const decimalText = decimals(30, 30, ["", "0", "000", "0000000"]);

describe("amounts written from integer cents", () => {
  it("write what decimal.js writes, for small and large decimals alike", () => {
    fc.assert(
      fc.property(decimalText, (d) => {
        if (!d.isNegative()) expect(yuanText(d)).toBe(d.toFixed(2, Dec.ROUND_HALF_UP));
      }),
      { numRuns: 5000 },
    );
  });
  it("compare decimals as decimal.js does, signs, zeros and lengths alike", () => {
    const near = decimalText.chain((d) =>
      fc.tuple(fc.constant(d), fc.oneof(decimalText, fc.constantFrom(d, d.neg(), d.plus("1e-25"), d.times(10)))),
    );
    fc.assert(
      fc.property(near, ([a, b]) => {
        expect(compareDecimals(a, b)).toBe(a.comparedTo(b));
      }),
      { numRuns: 5000 },
    );
    expect(compareDecimals(new Dec(0), new Dec("-0"))).toBe(0);
    expect(compareDecimals(new Dec(Number.NaN), new Dec(1))).toBeNaN();
  });
  it.each([
    ["0", "0.00"],
    ["0.005", "0.01"],
    ["0.0049999", "0.00"],
    ["4844645.445", "4844645.45"],
    ["123456789012345", "123456789012345.00"],
    ["1234567890123456", "1234567890123456.00"],
    ["1e-40", "0.00"],
    ["99999999999999.995", "100000000000000.00"],
  ])("%s is written %s", (text, yuan) => {
    expect(yuanText(new Dec(text))).toBe(yuan);
  });
  it("gives the cents only of a non-negative amount within 2^53", () => {
    expect(centsOf(new Dec("12.345"))).toBe(1235);
    expect(centsOf(new Dec("-1"))).toBe(-1);
    expect(centsOf(new Dec("1e20"))).toBe(-1);
    expect(yuanText(new Dec("-0.001"))).toBe("-0.00");
  });
});
