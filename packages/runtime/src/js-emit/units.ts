import type { Plan } from "@subsidia/plan";
import type { Decimal as Dec } from "decimal.js";

// the types by their sources, not through money.ts, which writes amounts with these helpers (dec-fast.ts)
type RoundingMode = Plan["rounding"]["mode"];

/**
 * Exact decimals as integers: a value `n` at scale `s` stands for n × 10^-s (12345 at scale 2
 * is 123.45). The compiled evaluator's fast path computes in these while every integer stays
 * within ±(2^53 − 1), where a double holds each integer exactly and `+`, `-`, `*` and `%` on
 * such integers are exact whenever the result is too. It is another representation of the
 * runtime's decimals, not other rules: the rounding below is `roundTo`'s, in integers.
 */

/** The largest integer every operation of the fast path may produce: 2^53 − 1. */
export const SAFE = Number.MAX_SAFE_INTEGER;

/** The largest fact, in units of its scale, the fast path reads: 10^15 (10^13 yuan in cents). */
export const FACT_MAX = 1e15;

/** 10^k for k from 0 to 22, each exact as a double. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * n / d rounded to an integer in the given mode (`down` and `up` toward and away from zero),
 * for integers with |n| ≤ SAFE and 0 < d ≤ SAFE: `%` and the division of a multiple are exact.
 */
export function divRound(n: number, d: number, mode: RoundingMode): number {
  const r = n % d; // exact, with the sign of n
  const q = (n - r) / d; // exact: n - r is a multiple of d
  if (r === 0) return q;
  const away = n < 0 ? q - 1 : q + 1;
  const twice = 2 * Math.abs(r);
  switch (mode) {
    case "down":
      return q;
    case "up":
      return away;
    case "half-up":
      return twice >= d ? away : q;
    case "half-even":
      return twice > d || (twice === d && q % 2 !== 0) ? away : q;
  }
}

/**
 * The integer of a plain decimal text at `scale` (`"123.45"` at 2 → 12345); NaN when the text
 * is not plain (`-` is allowed, no spaces, no exponent), has more decimals than `scale` (but
 * trailing zeros), is `-0`, or is beyond FACT_MAX. NaN means: leave the value to decimal.js.
 */
export function unitsOfText(text: string, scale: number): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let value = 0;
  const start = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  if (i === start || i - start > 16) return Number.NaN;
  let places = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i === n - 1) return Number.NaN;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return Number.NaN;
      if (places < scale) {
        value = value * 10 + c;
        places++;
      } else if (c !== 0) return Number.NaN;
    }
  }
  if (value > FACT_MAX / POW10[scale - places]!) return Number.NaN;
  value *= POW10[scale - places]!;
  if (negative && value === 0) return Number.NaN;
  return negative ? -value : value;
}

/**
 * A fact's value at `scale`: a JSON number (through its shortest text, as `parseDecimal`
 * reads it), a decimal string or a decimal (normalised facts); NaN for anything else or a
 * value that does not fit (see `unitsOfText`).
 */
export function unitsOf(v: unknown, scale: number): number {
  if (typeof v === "string") return unitsOfText(v, scale);
  if (typeof v === "number") {
    if (Number.isInteger(v) && Math.abs(v) <= FACT_MAX / POW10[scale]! && !Object.is(v, -0)) return v * POW10[scale]!;
    return unitsOfText(String(v), scale);
  }
  if (v !== null && typeof v === "object" && (v as Dec).toFixed !== undefined) return unitsOfDecimal(v as Dec, scale);
  return Number.NaN;
}

function unitsOfDecimal(d: Dec, scale: number): number {
  return d.isNegative() && d.isZero() ? Number.NaN : unitsOfText(d.toFixed(), scale);
}

/** `00` to `99`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * n ≥ 0 at scale 2 with exactly two decimals, as results write amounts: `9000000.00`. The
 * yuan by a division of doubles (`%` on a double past 2^31 is a slow call): below 2^53, n / 100
 * is below 2^47, where a double's spacing is at most 2^-6, so a quotient with a fraction of at
 * most .99 never rounds up to the next integer (checked anyway); the cents from a table.
 */
export function yuanOfCents(n: number): string {
  let yuan = Math.floor(n / 100);
  if (yuan * 100 > n) yuan--;
  return `${digitsOf(yuan)}.${TWO_DIGITS[n - yuan * 100]}`;
}

/** `0` to `999`, and `000` to `999`. */
const HEADS: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i));
const GROUPS: readonly string[] = HEADS.map((t) => t.padStart(3, "0"));

/**
 * The decimal digits of an integer 0 ≤ v < 10^15, three at a time from tables: a number that
 * JavaScript converts to text is, past a small cache, a call into the runtime. The quotient by
 * 1000 is exact: v / 1000 is below 2^40, and a fraction of at least .001 or exactly 0.
 */
export function digitsOf(v: number): string {
  if (v < 1000) return HEADS[v]!;
  let text = "";
  while (v >= 1000) {
    const q = Math.floor(v / 1000);
    text = GROUPS[v - q * 1000]! + text;
    v = q;
  }
  return HEADS[v]! + text;
}
