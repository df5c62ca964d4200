import fc from "fast-check";
import { Dec } from "../src/index.js";

/**
 * Decimals of up to `digits` digits with the point anywhere, sometimes negative, zeros at either end,
 * times 10 to an exponent within ±`exponent`.
 */
export function decimals(digits: number, exponent: number, zeros: readonly string[]): fc.Arbitrary<Dec> {
  return fc
    .tuple(
      fc.boolean(),
      fc.stringMatching(new RegExp(`^[0-9]{1,${digits}}$`)),
      fc.nat({ max: digits + 2 }),
      fc.constantFrom(...zeros),
      fc.integer({ min: -exponent, max: exponent }),
    )
    .map(([negative, digitText, at, zeroText, e]) => {
      const all = `${digitText}${zeroText}`;
      const point = Math.min(at, all.length);
      const text = point < all.length ? `${all.slice(0, point) || "0"}.${all.slice(point)}` : all;
      return new Dec(`${negative ? "-" : ""}${text}`).times(new Dec(10).pow(e));
    });
}
