/**
 * `decimalOfPlain` and `decimalOfSafeInteger` lay out a decimal without decimal.js's text parser:
 * the decimal must be the one `new Dec(x)` makes, in everything a reader of it can see.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decimalOfPlain,
  decimalOfSafeInteger,
  decimalOfShortPlain,
  productOfSmall,
  roundedSmall,
} from "../src/dec-fast.js";
import { Dec } from "../src/index.js";

/** Everything of a decimal that code reads: its own properties, their order, its class, its value and arithmetic. */
function sameDecimal(made: Dec, expected: Dec): void {
  expect(Object.keys(made)).toEqual(Object.keys(expected));
  expect({ s: made.s, e: made.e, d: made.d }).toEqual({ s: expected.s, e: expected.e, d: expected.d });
  expect(made.constructor).toBe(Dec);
  expect(Object.getPrototypeOf(made)).toBe(Object.getPrototypeOf(expected));
  expect(Dec.isDecimal(made)).toBe(true);
  expect(made instanceof Dec).toBe(true);
  expect(new Dec(made).eq(expected)).toBe(true);
  expect(made.eq(expected)).toBe(true);
  expect(made.toFixed()).toBe(expected.toFixed());
  expect(made.toString()).toBe(expected.toString());
  expect(made.times("1.07").plus(made).toFixed()).toBe(expected.times("1.07").plus(expected).toFixed());
  expect(made.div(3).toFixed()).toBe(expected.div(3).toFixed());
  expect(made.toDecimalPlaces(2).toFixed()).toBe(expected.toDecimalPlaces(2).toFixed());
}

/** Plain decimal texts as facts write them: leading zeros, zeros, fractions, up to 20 digits on each side. */
const plainText = fc
  .tuple(
    fc.constantFrom("", "0", "00", "0000000"),
    fc.stringMatching(/^[0-9]{1,20}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: undefined }),
    fc.constantFrom("", "0", "000", "00000000000"),
  )
  .map(([lead, whole, fraction, trail]) => `${lead}${whole}${fraction === undefined ? "" : `.${fraction}${trail}`}`);

describe("decimals laid out without decimal.js's text parser", () => {
  it("are the decimals of plain digit texts", () => {
    fc.assert(
      fc.property(plainText, (text) => sameDecimal(decimalOfPlain(text), new Dec(text))),
      { numRuns: 5000 },
    );
  });
  it.each([
    "0",
    "000",
    "0.0",
    "0.00000",
    "1",
    "10000000",
    "1000000",
    "9999999",
    "12345678.91",
    "0.1",
    "0.0000001",
    "0.00000001",
    "00012.3400",
    "99999999999999999999.99999999999999999999",
    "10000000000000000000",
    "0.00000000000000000001",
    "1234567.1234567",
  ])("`%s` reads as decimal.js reads it", (text) => {
    sameDecimal(decimalOfPlain(text), new Dec(text));
  });
  it("are the decimals of short plain digit texts, in one pass", () => {
    let short = 0;
    fc.assert(
      fc.property(plainText, (text) => {
        const d = decimalOfShortPlain(text);
        if (d === null) {
          expect(text.replace(".", "").length).toBeGreaterThan(15);
          return;
        }
        short++;
        if (d.isZero()) expect(new Dec(text).isZero()).toBe(true);
        else sameDecimal(d, new Dec(text));
      }),
      { numRuns: 5000 },
    );
    expect(short).toBeGreaterThan(500);
    sameDecimal(decimalOfShortPlain("47298052.08")!, new Dec("47298052.08"));
    sameDecimal(decimalOfShortPlain("00012.3400")!, new Dec("12.34"));
    sameDecimal(decimalOfShortPlain("999999999999999")!, new Dec("999999999999999"));
  });
  it.each(["", "1.", ".5", "1.2.3", "-1", "+1", " 1", "1e5", "1,5", "1234567890123456", "0.000000000000001"])(
    "leave `%s` to the full reader",
    (text) => {
      expect(decimalOfShortPlain(text)).toBeNull();
    },
  );
  it("are the decimals of safe integers", () => {
    const integers = fc.oneof(
      fc.nat({ max: 20_000_000 }),
      fc.maxSafeInteger().filter((n) => n >= 0),
      fc.tuple(fc.nat({ max: 999 }), fc.integer({ min: 0, max: 13 })).map(([n, k]) => n * 10 ** k),
    );
    fc.assert(
      fc.property(integers, (n) => sameDecimal(decimalOfSafeInteger(n), new Dec(n))),
      { numRuns: 5000 },
    );
    for (const n of [0, 1, 9999999, 1e7, 1e14, 1e15, 2 ** 53 - 1, 10000000000000, 12340000000000, 7e15])
      sameDecimal(decimalOfSafeInteger(n), new Dec(n));
  });
  it("are the products `times` makes, when both factors are short and positive", () => {
    // rates and uplift factors as policies write them, times amounts of up to 16 digits at any scale
    const rate = fc.constantFrom("0.3", "0.2", "0.05", "1.5", "0.125", "1", "2", "0.0001");
    const amount = fc
      .tuple(fc.stringMatching(/^[1-9][0-9]{0,15}$/), fc.integer({ min: -22, max: 12 }))
      .map(([digits, k]) => new Dec(`${digits}e${k}`));
    let fast = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          rate.map((r) => new Dec(r)),
          amount,
        ),
        amount,
        (a, b) => {
          const made = productOfSmall(a, b);
          if (made === null) return;
          fast++;
          sameDecimal(made, a.times(b));
        },
      ),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(1000);
    sameDecimal(productOfSmall(new Dec("0.3"), new Dec("12345678.91"))!, new Dec("3703703.673"));
    sameDecimal(productOfSmall(new Dec("0.2"), new Dec("5"))!, new Dec("1"));
    sameDecimal(productOfSmall(new Dec("1.5"), new Dec("6666666.67"))!, new Dec("10000000.005"));
  });
  it("leave zeros, negatives and long products to decimal.js", () => {
    expect(productOfSmall(new Dec(0), new Dec(5))).toBeNull();
    expect(productOfSmall(new Dec("-0.3"), new Dec(5))).toBeNull();
    expect(productOfSmall(new Dec("1234567890123"), new Dec("1234567.89"))).toBeNull();
    expect(productOfSmall(new Dec("1234567890123456789"), new Dec("2"))).toBeNull();
  });
  it("are the roundings `toDecimalPlaces` makes, in each mode of a policy's rounding", () => {
    // amounts as items come to: up to 15 digits at any scale, on and beside the half
    const amount = fc
      .tuple(
        fc.stringMatching(/^[1-9][0-9]{0,14}$/),
        fc.constantFrom("", "5", "49", "50", "51"),
        fc.integer({ min: -20, max: 8 }),
      )
      .map(([digits, tail, k]) => new Dec(`${digits}${tail}e${k}`));
    const modes = [Dec.ROUND_HALF_UP, Dec.ROUND_HALF_EVEN, Dec.ROUND_DOWN, Dec.ROUND_UP];
    let fast = 0;
    fc.assert(
      fc.property(amount, fc.constantFrom(...modes), fc.integer({ min: 0, max: 4 }), (a, rm, places) => {
        const made = roundedSmall(a, places, rm);
        if (made === null) return;
        fast++;
        // the amount itself when it has no more decimals, as the item rounding returns it
        if (a.decimalPlaces() <= places) expect(made).toBe(a);
        else sameDecimal(made as Dec, a.toDecimalPlaces(places, rm));
      }),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(1000);
    sameDecimal(roundedSmall(new Dec("1234567.705"), 2, Dec.ROUND_HALF_UP) as Dec, new Dec("1234567.71"));
    sameDecimal(roundedSmall(new Dec("0.125"), 2, Dec.ROUND_HALF_EVEN) as Dec, new Dec("0.12"));
    sameDecimal(roundedSmall(new Dec("10000000.005"), 2, Dec.ROUND_DOWN) as Dec, new Dec("10000000"));
    sameDecimal(roundedSmall(new Dec("3703703.673"), 0, Dec.ROUND_UP) as Dec, new Dec("3703704"));
  });
  it("leave negatives, zero, long amounts, other modes and roundings to 0 to decimal.js", () => {
    expect(roundedSmall(new Dec("-0.125"), 2, Dec.ROUND_HALF_UP)).toBeNull();
    expect(roundedSmall(new Dec(0), 2, Dec.ROUND_HALF_UP)).toBeNull();
    expect(roundedSmall(new Dec("1234567890123456.5"), 0, Dec.ROUND_HALF_UP)).toBeNull();
    expect(roundedSmall(new Dec("0.125"), 2, Dec.ROUND_CEIL)).toBeNull();
    expect(roundedSmall(new Dec("0.004"), 2, Dec.ROUND_HALF_UP)).toBeNull();
  });
});
