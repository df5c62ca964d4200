import { Dec } from "@subsidia/plan";
import type { Decimal } from "decimal.js";
import { digitsOf, POW10, SAFE, yuanOfCents } from "./js-emit/units.js";

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

/**
 * Splits a finite decimal of at most 15 digits into `n` and `p`, `n` without trailing zeros
 * (0.3 is 3 × 10^-1, not its limb's 3000000 × 10^-7); false otherwise. The zeros come off the
 * last limb, a small integer: `%` on a double above 2^31 is a call (fmod), on a small integer
 * one instruction.
 */
function split(x: Decimal): boolean {
  const d = x.d as number[] | null | undefined;
  if (!d || d.length > 3) return false;
  const len = d.length;
  const h = d[0]!;
  const first = h < 10 ? 1 : h < 100 ? 2 : h < 1000 ? 3 : h < 1e4 ? 4 : h < 1e5 ? 5 : h < 1e6 ? 6 : 7;
  const digits = first + 7 * (len - 1);
  if (digits > 15) return false;
  let last = d[len - 1]!;
  let zeros = 0;
  if (last !== 0)
    while (last % 10 === 0) {
      last /= 10;
      zeros++;
    }
  let v = len === 1 ? last : h;
  for (let i = 1; i < len - 1; i++) v = v * 1e7 + d[i]!;
  if (len > 1) v = v * POW10[7 - zeros]! + last;
  n = v;
  p = x.e + 1 - digits + zeros;
  return true;
}

/** Zeros to pad with, sliced. */
const ZEROS = "0".repeat(22);

/**
 * `x.toFixed()` for a non-zero decimal of at most 15 digits, at most 21 zeros before or after
 * them: written from two integers, the integer part and the fraction (`split`), where its limbs of
 * seven digits would be written one by one, joined and cut at the point; null otherwise. Integers
 * below 10^21 are written by JavaScript in plain digits.
 */
export function plainOfSmall(x: Decimal): string | null {
  if (!split(x) || n === 0) return null;
  const sign = x.s < 0 ? "-" : "";
  if (p >= 0) return p < ZEROS.length ? `${sign}${digitsOf(n)}${ZEROS.slice(0, p)}` : null;
  const k = -p;
  if (k >= ZEROS.length) return null;
  const r = remainder(n, POW10[k]!);
  const whole = digitsOf(quotient);
  const fraction = digitsOf(r);
  return `${sign}${whole}.${ZEROS.slice(0, k - fraction.length)}${fraction}`;
}

/** The quotient of the last `remainder` call. */
let quotient = 0;

/**
 * `a % b` for integers 0 ≤ a ≤ 2^53 − 1 and 0 < b, its quotient left in `quotient`: `%` on
 * doubles is a call to fmod, this is a division and a multiplication. The rounded quotient is
 * within one of the true one (its error is below a × 2^-53 < 1), so one correction makes it
 * exact; every product is within 2^53, exact.
 */
function remainder(a: number, b: number): number {
  let q = Math.floor(a / b);
  let r = a - q * b;
  if (r < 0) {
    q--;
    r += b;
  } else if (r >= b) {
    q++;
    r -= b;
  }
  quotient = q;
  return r;
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
  const r = remainder(n, unit);
  return 2 * r >= unit ? quotient + 1 : quotient;
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

/** 10^k for the padding of a decimal's last limb of seven digits. */
const PAD = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7];

/** The limbs being read, reused (the decimal gets a copy of its own, of its exact length). */
const limbs: number[] = [];

/**
 * A decimal's limbs from a digit string: the digits from `first` to `last` (inclusive, a `.`
 * among them skipped, neither end a zero), the first limb holding `head` digits, the others
 * seven, the last padded with zeros on the right, as decimal.js's own text parser lays them.
 */
function limbsOf(text: string, first: number, last: number, head: number): number[] {
  let k = 0;
  let v = 0;
  let c = 0;
  let room = head;
  for (let i = first; i <= last; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0) continue; // the point
    v = v * 10 + digit;
    if (++c === room) {
      limbs[k++] = v;
      v = 0;
      c = 0;
      room = 7;
    }
  }
  if (c > 0) limbs[k++] = v * PAD[room - c]!;
  // most amounts have one to three limbs: an array literal of their exact length is the cheapest copy
  return k === 1
    ? [limbs[0]!]
    : k === 2
      ? [limbs[0]!, limbs[1]!]
      : k === 3
        ? [limbs[0]!, limbs[1]!, limbs[2]!]
        : limbs.slice(0, k);
}

/**
 * A decimal as `new Dec(…)` makes it (own `constructor`, `s`, `e`, `d` in that order, `Dec`'s
 * prototype), with its exponent and limbs given: non-negative, at most 60 significant digits.
 */
const Made = function (this: { constructor: unknown; s: number; e: number; d: number[] }, e: number, d: number[]) {
  this.constructor = Dec;
  this.s = 1;
  this.e = e;
  this.d = d;
} as unknown as new (
  e: number,
  d: number[],
) => Dec;
Made.prototype = Dec.prototype;

/**
 * `new Dec(text)` for a non-negative decimal text of plain digits with an optional fraction
 * (`/^\d+(\.\d+)?$/`, checked by the caller, at most 20 significant digits on either side of
 * the point), without decimal.js's text parsing: the same sign, exponent and limbs.
 */
export function decimalOfPlain(text: string): Dec {
  const n = text.length;
  let dot = text.indexOf(".");
  if (dot < 0) dot = n;
  let first = 0;
  for (let c = text.charCodeAt(first); first < n && (c === 48 || c === 46); c = text.charCodeAt(++first));
  if (first === n) return new Dec(0);
  let last = n - 1;
  for (let c = text.charCodeAt(last); c === 48 || c === 46; c = text.charCodeAt(--last));
  // the exponent of the first significant digit, and how many digits its limb holds
  const e = first < dot ? dot - first - 1 : dot - first;
  const head = (((e + 1) % 7) + 7) % 7 || 7;
  return new Made(e, limbsOf(text, first, last, head));
}

/**
 * `new Dec(text)` for a short plain decimal text, `/^\d+(\.\d+)?$/` with at most 15 digits (an amount
 * as facts give it, `"47298052.08"`), read in one pass into an integer and its decimals and laid out
 * by `decimalOfScaled`; zero for a text of zeros; null for any other text. Within the precision of
 * facts by its length.
 */
export function decimalOfShortPlain(text: string): Dec | null {
  const len = text.length;
  if (len === 0 || len > 16) return null;
  // the digits up to the last non-zero one as an integer, and how many zeros follow it: no zero to take off after
  let v = 0;
  let digits = 0;
  let zeros = 0;
  let dot = -1;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 48) {
      zeros++;
      digits++;
    } else if (c > 48 && c <= 57) {
      v = v * POW10[zeros + 1]! + (c - 48);
      zeros = 0;
      digits++;
    } else if (c === 46 && dot < 0 && i > 0 && i < len - 1) dot = i;
    else return null;
  }
  if (digits > 15) return null;
  if (v === 0) return ZERO_DEC;
  return layOut(v, zeros - (dot < 0 ? 0 : len - 1 - dot));
}

/** Zero as `new Dec(0)` makes it, for `decimalOfShortPlain`. */
const ZERO_DEC = new Dec(0);

/** `new Dec(value)` for a safe non-negative integer, without decimal.js's text parsing beyond 10^7. */
export function decimalOfSafeInteger(value: number): Dec {
  if (value < 1e7) return new Dec(value);
  // at most three limbs below 2^53 < 10^16, each remainder exact on doubles
  const low = value % 1e7;
  const rest = (value - low) / 1e7;
  const mid = rest % 1e7;
  const top = (rest - mid) / 1e7;
  const d = top > 0 ? [top, mid, low] : [mid, low];
  while (d[d.length - 1] === 0) d.pop();
  const h = d[0]!;
  const digits = h < 10 ? 1 : h < 100 ? 2 : h < 1000 ? 3 : h < 1e4 ? 4 : h < 1e5 ? 5 : h < 1e6 ? 6 : 7;
  return new Made(7 * (top > 0 ? 2 : 1) + digits - 1, d);
}

/**
 * `a.times(b)` for two positive decimals of at most 15 digits each whose digits multiply to an
 * integer within 2^53, exact on doubles; null otherwise (zero, a negative, more digits). The
 * product's limbs are cut from that integer as decimal.js lays a value out (the first limb
 * holding the digits up to a multiple of seven from the exponent, no zero limb at the end):
 * a decimal's sign, exponent and limbs are determined by its value, so it is the decimal
 * `times` makes (exact, far below its 60 digits of precision).
 */
export function productOfSmall(a: Decimal, b: Decimal): Dec | null {
  if (a.s < 0 || b.s < 0 || !split(a)) return null;
  const na = n;
  const e = p;
  if (!split(b) || na === 0 || n === 0) return null;
  // both without trailing zeros (`split`): their product stays small
  const v = na * n;
  // a product of integers above 2^53 − 1 is at least 2^53 as a double too
  if (v > SAFE) return null;
  return decimalOfScaled(v, e + p);
}

/**
 * The decimal v × 10^e for an integer 0 < v ≤ 2^53 − 1, laid out as decimal.js lays a value out
 * (the first limb holding the digits up to a multiple of seven from the exponent, no zero limb at
 * the end): a decimal's sign, exponent and limbs are determined by its value.
 */
function decimalOfScaled(v: number, e: number): Dec {
  // an integer ending in a non-zero digit may have been made from ones that did not (2 × 5)
  while (remainder(v, 10) === 0) {
    v = quotient;
    e++;
  }
  return layOut(v, e);
}

/** `decimalOfScaled` of an integer v that does not end in 0. */
function layOut(v: number, e: number): Dec {
  let k = 1;
  while (k < 16 && v >= POW10[k]!) k++;
  const top = e + k - 1;
  const head = (((top % 7) + 7) % 7) + 1;
  // each limb is below 10^7: `| 0` keeps it a small integer, as decimal.js's own limbs are (not a double)
  if (k <= head) return new Made(top, [(v * POW10[head - k]!) | 0]);
  let rest = k - head;
  let low = remainder(v, POW10[rest]!);
  const d = [quotient | 0];
  while (rest > 7) {
    rest -= 7;
    const below = remainder(low, POW10[rest]!);
    d.push(quotient | 0);
    low = below;
  }
  d.push((low * POW10[7 - rest]!) | 0);
  return new Made(top, d);
}

/** Rounding modes of decimal.js (`Decimal.ROUND_UP` …) as the integers `toDecimalPlaces` takes. */
const ROUND_UP = 0;
const ROUND_DOWN = 1;
const ROUND_HALF_UP = 4;
const ROUND_HALF_EVEN = 6;

/**
 * `x.toDecimalPlaces(places, rm)` for a positive decimal of at most 15 digits and the modes of a
 * policy's rounding (up, down, half up, half even), in integers exact on doubles; null otherwise
 * (a negative, zero or longer decimal, another mode, or a result of 0). `x` itself when it has at
 * most `places` decimals, as the item rounding returns it. The rounded decimal is laid out from its
 * digits as decimal.js lays it (`decimalOfScaled`): the same decimal, without the copy and the
 * rounding decimal.js makes.
 */
export function roundedSmall(x: Decimal, places: number, rm: number): Decimal | null {
  if (x.s < 0 || !split(x) || n === 0) return null;
  // n without trailing zeros (`split`): x has at most `places` decimals exactly when p ≥ −places
  if (p >= -places) return x;
  const k = -places - p;
  if (k >= POW10.length) return null;
  const unit = POW10[k]!;
  const r = remainder(n, unit);
  let q = quotient;
  if (rm === ROUND_HALF_UP) q += 2 * r >= unit ? 1 : 0;
  else if (rm === ROUND_HALF_EVEN) q += 2 * r > unit || (2 * r === unit && q % 2 === 1) ? 1 : 0;
  else if (rm === ROUND_UP) q += r > 0 ? 1 : 0;
  else if (rm !== ROUND_DOWN) return null;
  return q === 0 ? null : decimalOfScaled(q, -places);
}
