import type { Decimal } from "decimal.js";
import { POW10, SAFE, yuanOfCents } from "./js-emit/units.js";

/**
 * Decimal work the interpreter does on every applicant, without the copies decimal.js makes.
 * Amounts in yuan written from integer cents, as the compiled evaluator writes them: the same
 * text as decimal.js's `toFixed(2, ROUND_HALF_UP)` (which copies and rounds a decimal first, ten
 * times slower) whenever the decimal's digits make an integer below 10^15, where every operation
 * below is exact on doubles; decimal.js's own otherwise. A decimal holds its digits in limbs of
 * seven (`d`), the exponent of its first digit (`e`) and its sign (`s`), the instance properties
 * decimal.js documents.
 */

/** The digits of `x` as an integer `n` with x = ±n × 10^`p`, left here by `split` (no object made). */
let n = 0;
let p = 0;

/** Splits a finite decimal of at most 15 digits into `n` and `p`; false otherwise. */
function split(x: Decimal): boolean {
  const d = x.d as number[] | null | undefined;
  if (!d || d.length > 3) return false;
  let v = d[0]!;
  const first = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 1e4 ? 4 : v < 1e5 ? 5 : v < 1e6 ? 6 : 7;
  const digits = first + 7 * (d.length - 1);
  if (digits > 15) return false;
  for (let i = 1; i < d.length; i++) v = v * 1e7 + d[i]!;
  n = v;
  p = x.e + 1 - digits;
  return true;
}

/** A non-negative decimal with two decimals, rounded half up: `x.toFixed(2, ROUND_HALF_UP)`. */
export function yuanText(x: Decimal): string {
  const cents = centsOf(x);
  return cents === -1 ? x.toFixed(2, 4) : yuanOfCents(cents);
}

/**
 * A non-negative decimal in cents rounded half up (as `yuanText` writes it), when that is an
 * integer within 2^53; -1 otherwise (a negative decimal, or too many digits).
 */
export function centsOf(x: Decimal): number {
  if (x.s < 0 || !split(x)) return -1;
  if (p >= -2) {
    const k = p + 2;
    const v = k < POW10.length ? n * POW10[k]! : Number.POSITIVE_INFINITY;
    return v > SAFE ? -1 : v;
  }
  // more than two decimals: n < 10^15, so the quotient and remainder are exact
  const unit = POW10[-2 - p];
  if (unit === undefined) return 0;
  const r = n % unit;
  const q = (n - r) / unit;
  return 2 * r >= unit ? q + 1 : q;
}

/**
 * `a.comparedTo(b)` for two decimals without the copy of `b` that decimal.js makes on every
 * comparison: its own steps (sign, zero, exponent, then limb by limb) on the two as they are.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d as number[] | null;
  const bd = b.d as number[] | null;
  if (!ad || !bd) return a.comparedTo(b);
  const as = a.s;
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  const below = as < 0;
  if (a.e !== b.e) return a.e > b.e !== below ? 1 : -1;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! !== below ? 1 : -1;
  return ad.length === bd.length ? 0 : ad.length > bd.length !== below ? 1 : -1;
}
