import { Decimal } from "decimal.js";

/**
 * The one decimal type of the runtime: 60 significant digits, half-up by default.
 * Amounts never pass through binary floating point; a JSON number is read through
 * its shortest decimal text (`String(n)`), never through arithmetic.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = Decimal;

export type RoundingMode = "half-up" | "half-even" | "down" | "up";

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** JSON's number syntax: what a decimal string may look like (`"12345678.91"`, `"-5"`, `"2e8"`). */
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

export const ZERO: Dec = new Dec(0);

/**
 * The precision of facts: at most 20 digits before the point and 20 after. Sums of such
 * amounts, their products with a policy's rates, caps and uplifts need at most about 45 of
 * the 60 significant digits of `Dec`: they are exact until the award's own rounding. (A
 * product of two facts, a percent fact times an amount, may need more: it is then correct
 * to 10^-20 yuan.)
 */
export const FACT_DIGITS = { integer: 20, fraction: 20 } as const;

/** True when a decimal lies within the precision of facts (`FACT_DIGITS`). */
export function withinPrecision(d: Dec): boolean {
  if (d.isZero()) return true;
  const integerDigits = d.abs().lt(1) ? 0 : d.e + 1;
  return integerDigits <= FACT_DIGITS.integer && d.decimalPlaces() <= FACT_DIGITS.fraction;
}

/**
 * Any decimal in JSON's number syntax, exponents included, minus zero read as zero; null
 * when malformed. A JSON number and its text as a string give the same decimal.
 */
export function readDecimal(value: unknown): Dec | null {
  let d: Dec;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    d = new Dec(String(value));
  } else if (typeof value === "string") {
    const text = value.trim();
    if (!NUMBER_TEXT.test(text)) return null;
    d = new Dec(text);
  } else return null;
  return d.isZero() ? ZERO : d;
}

/** A decimal from a finite JSON number or a decimal string, within the precision of facts; null otherwise. */
export function parseDecimal(value: unknown): Dec | null {
  const d = readDecimal(value);
  return d !== null && withinPrecision(d) ? d : null;
}

/** A non-negative amount in yuan from a JSON number or a decimal string, within the precision of facts; null otherwise. */
export function parseMoney(value: unknown): Dec | null {
  const d = parseDecimal(value);
  return d !== null && !d.isNegative() ? d : null;
}

/** Rounds to a multiple of `unit` (e.g. 0.01) with the given mode; `down` and `up` are toward and away from zero. */
export function roundTo(value: Dec, unit: Dec, mode: RoundingMode): Dec {
  if (unit.isZero()) return value;
  return value.div(unit).toDecimalPlaces(0, MODES[mode]).times(unit);
}

/** A policy's rounding, parsed once: every award item is rounded to a multiple of `unit`. */
export interface Rounding {
  unit: Dec;
  unitText: string;
  mode: RoundingMode;
}

export function readRounding(rounding: { unit: string; mode: RoundingMode }): Rounding {
  return { unit: new Dec(rounding.unit), unitText: rounding.unit, mode: rounding.mode };
}

/** The human name of a rounding mode: `half up`. */
export function modeText(mode: RoundingMode): string {
  return mode.replace("-", " ");
}

/** Plain decimal text without exponent or trailing zeros: `6000000`, `0.3`. */
export function plain(value: Dec): string {
  return value.toFixed();
}

/** Yuan with two decimals, as in results: `9000000.00` (rounded half up if finer). */
export function formatYuan(value: Dec): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

const WAN = new Dec(10000);
const YI = new Dec(100000000);

/**
 * A readable exact amount as drafters write it: `900万元`, `1.5亿元`, `61728.39元`.
 * 亿 and 万 are used only when they keep the figure short (at most four decimals).
 */
export function formatWan(value: Dec): string {
  const abs = value.abs();
  if (abs.gte(YI) && value.div(YI).decimalPlaces() <= 4) return `${plain(value.div(YI))}亿元`;
  if (abs.gte(WAN) && value.div(WAN).decimalPlaces() <= 4) return `${plain(value.div(WAN))}万元`;
  return `${plain(value)}元`;
}
