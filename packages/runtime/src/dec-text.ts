import type { Decimal } from "decimal.js";
import { plainOfSmall } from "./dec-fast.js";

/** Zeros to pad with, sliced: up to 64 at once (decimal.js adds them one by one). */
const ZEROS = "0".repeat(64);

/** The zeros that pad a limb of fewer than seven digits, by its length. */
const PAD = ["", "000000", "00000", "0000", "000", "00", "0", ""];

/**
 * A decimal as plain text, `x.toFixed()`: no exponent, no trailing zeros after the point, `-`
 * before a non-zero negative. decimal.js's own steps (`finiteToString` of `digitsToString`)
 * without its copies and zero loops: the limbs of seven digits (`d`) written out, the last
 * without its trailing zeros, the point placed by the exponent of the first digit (`e`), the
 * sign (`s`), the instance properties decimal.js documents. NaN, infinities and exponents
 * beyond 64 zeros are left to decimal.js.
 */
export function plainText(x: Decimal): string {
  // most amounts are short: written from two integers (dec-fast.ts)
  const small = plainOfSmall(x);
  if (small !== null) return small;
  const d = x.d as number[] | null | undefined;
  if (!d) return x.toFixed();
  const last = d.length - 1;
  let w = d[last]!;
  // decimal.js keeps no zero limb at the end but zero itself: anything else is left to it
  if (w === 0) return x.e === 0 && last === 0 ? "0" : x.toFixed();
  let digits: string;
  if (last === 0) {
    while (w % 10 === 0) w /= 10;
    digits = `${w}`;
  } else {
    digits = `${d[0]}`;
    for (let i = 1; i < last; i++) {
      const limb = `${d[i]}`;
      digits += PAD[limb.length] + limb;
    }
    // the last limb: its leading zeros kept, its trailing zeros dropped
    const limb = `${w}`;
    digits += PAD[limb.length];
    while (w % 10 === 0) w /= 10;
    digits += w;
  }
  const e = x.e;
  const n = digits.length;
  let text: string;
  if (e < 0) {
    if (-e - 1 > ZEROS.length) return x.toFixed();
    text = `0.${ZEROS.slice(0, -e - 1)}${digits}`;
  } else if (e >= n) {
    if (e + 1 - n > ZEROS.length) return x.toFixed();
    text = digits + ZEROS.slice(0, e + 1 - n);
  } else text = e + 1 < n ? `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}` : digits;
  return x.s < 0 ? `-${text}` : text;
}
