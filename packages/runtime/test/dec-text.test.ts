import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText } from "../src/dec-text.js";
import { Dec } from "../src/index.js";
import { decimals } from "./decimals.js";

/** A decimal of up to 40 digits with the point anywhere, sometimes negative, zeros at either end, any exponent. */
const decimal = decimals(40, 90, ["", "0", "000", "0000000", "00000000000000"]);

describe("decimals written as plain text", () => {
  it("write what decimal.js's toFixed() writes, for any digits, point and exponent", () => {
    fc.assert(
      fc.property(decimal, (d) => {
        expect(plainText(d)).toBe(d.toFixed());
      }),
      { numRuns: 20000 },
    );
  });
  it("write the results of arithmetic as decimal.js does", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        for (const d of [a.plus(b), a.minus(b), a.times(b), b.isZero() ? a : a.div(b)])
          expect(plainText(d)).toBe(d.toFixed());
      }),
      { numRuns: 5000 },
    );
  });
  it.each([
    ["0", "0"],
    ["-0", "0"],
    ["6000000", "6000000"],
    ["0.3", "0.3"],
    ["-0.05", "-0.05"],
    ["1.50", "1.5"],
    ["10000000.000000", "10000000"],
    ["12345678.9100000", "12345678.91"],
    ["1e-70", `0.${"0".repeat(69)}1`],
    ["-1e70", `-1${"0".repeat(70)}`],
    ["1234567.0000001", "1234567.0000001"],
    ["47298052.08", "47298052.08"],
    ["-0.000000000000000000001", "-0.000000000000000000001"],
    ["123456789012345e6", "123456789012345000000"],
    ["123456789012345e7", "1234567890123450000000"],
    ["0.123456789012345", "0.123456789012345"],
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-Infinity", "-Infinity"],
  ])("%s is written %s", (text, plain) => {
    expect(plainText(new Dec(text))).toBe(plain);
    expect(plainText(new Dec(text))).toBe(new Dec(text).toFixed());
  });
});
