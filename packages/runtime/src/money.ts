import { Dec, type Plan } from "@subsidia/plan";
import { Decimal } from "decimal.js";
import {
  decimalOfPlain,
  decimalOfSafeInteger,
  decimalOfShortPlain,
  productOfSmall,
  roundedSmall,
  yuanText,
} from "./dec-fast.js";
import { plainText } from "./dec-text.js";

/**
 * The one decimal type of every evaluator (defined with the plan): 60 significant digits,
 * half-up by default. Amounts never pass through binary floating point; a JSON number is
 * read through its shortest decimal text (`String(n)`), never through arithmetic.
 */
export { Dec };

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
  // the exponent of a non-zero decimal is negative exactly when |d| < 1 (no `abs()` decimal made)
  const integerDigits = d.e < 0 ? 0 : d.e + 1;
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

/** Digits only, with an optional fraction (no sign, no exponent, no spaces), within the precision of facts. */
export function isPlainWithinPrecision(text: string): boolean {
  const n = text.length;
  let i = 0;
  let leading = true;
  let integerDigits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (leading && c === 48) continue;
    leading = false;
    integerDigits++;
  }
  if (i === 0 || integerDigits > FACT_DIGITS.integer) return false;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46 || i === n - 1) return false;
  let places = 0;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return false;
    if (c !== 48) places = j - i;
  }
  return places <= FACT_DIGITS.fraction;
}

/** A non-negative amount in yuan from a JSON number or a decimal string, within the precision of facts; null otherwise. */
export function parseMoney(value: unknown): Dec | null {
  // the commonest, a short decimal text (`"47298052.08"`), in one pass (see dec-fast.ts)
  if (typeof value === "string") {
    const d = decimalOfShortPlain(value);
    if (d !== null) return d.isZero() ? ZERO : d;
  }
  // the common forms, plain digits and safe integers, without the decimal's syntax check and precision test
  // (their decimal laid out directly, as decimal.js's own parser lays it: see dec-fast.ts)
  if (
    typeof value === "string" ? isPlainWithinPrecision(value) : Number.isSafeInteger(value) && (value as number) >= 0
  ) {
    const d = typeof value === "string" ? decimalOfPlain(value) : decimalOfSafeInteger(value as number);
    return d.isZero() ? ZERO : d;
  }
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
  /** the item rounding itself: `roundTo(amount, unit, mode)` */
  round: (amount: Dec) => Dec;
  /** the head of its explanation step, `rounded to 0.01 half up: `, made once with it */
  stepHead: string;
}

/**
 * The item rounding of a plan as one function. For a unit 10^-k it is `toDecimalPlaces(k)`:
 * the same value as `roundTo` (divide, round to an integer, multiply) whenever the amount has
 * at most 56 significant digits, so that dividing by 10^-k is exact under the precision of 60;
 * longer amounts, and other units, go through `roundTo` itself.
 */
function itemRounder(unit: Dec, mode: RoundingMode, places: number | null): (a: Dec) => Dec {
  if (places === null) return (a) => roundTo(a, unit, mode);
  const rm = MODES[mode];
  return (a) => {
    if (a.d === null || a.d.length > 8) return roundTo(a, unit, mode);
    // short positive amounts in integers (dec-fast.ts), the same decimal without decimal.js's copy
    const fast = roundedSmall(a, places, rm);
    if (fast !== null) return fast as Dec;
    // already a multiple of the unit: the amount itself (decimals are immutable), not a copy of it
    return a.decimalPlaces() <= places && a.e <= Dec.maxE && a.e >= Dec.minE ? a : a.toDecimalPlaces(places, rm);
  };
}

const roundings = new WeakMap<Plan, Rounding>();

/** The plan's rounding with its unit parsed, once per plan. */
export function roundingOf(plan: Plan): Rounding {
  let r = roundings.get(plan);
  if (!r) {
    const { unit, mode, places } = plan.rounding;
    const u = new Dec(unit);
    const stepHead = `rounded to ${unit} ${modeText(mode)}: `;
    r = { unit: u, unitText: unit, mode, round: itemRounder(u, mode, places), stepHead };
    roundings.set(plan, r);
  }
  return r;
}

/** The human name of a rounding mode: `half up`. */
export function modeText(mode: RoundingMode): string {
  return mode.replace("-", " ");
}

/**
 * The decimal written last and its text: an explanation often shows one value twice (a condition
 * on a fact, then the amount computed from it), and decimals are immutable.
 */
let lastPlainOf: Dec | null = null;
let lastPlain = "";

/** Plain decimal text without exponent or trailing zeros: `6000000`, `0.3` (`value.toFixed()`). */
export function plain(value: Dec): string {
  if (value === lastPlainOf) return lastPlain;
  const text = plainText(value);
  lastPlainOf = value;
  lastPlain = text;
  return text;
}

/** `a.times(b)`, without decimal.js's copies when both are short and positive (see dec-fast.ts). */
export function times(a: Dec, b: Dec): Dec {
  return productOfSmall(a, b) ?? a.times(b);
}

/** Yuan with two decimals, as in results: `9000000.00` (rounded half up if finer). */
export function formatYuan(value: Dec): string {
  return yuanText(value);
}

const UNITS = [
  ["亿元", new Dec(100000000)],
  ["万元", new Dec(10000)],
] as const;

/** The units amounts are written in, largest first. */
export type AmountUnit = "亿元" | "万元" | "元";

/**
 * The largest unit in which every one of the amounts reads exactly with at most four decimals, and the largest
 * of them is at least one unit: `[1.5亿, 3000万]` → 万元 (1.5亿 is 15000万), so that amounts shown together
 * (a table, a row, "before → after") are in one unit. For one amount this is the unit `formatWan` chooses.
 */
export function amountUnit(values: readonly Dec[]): AmountUnit {
  const largest = values.reduce((m, v) => (v.abs().gt(m) ? v.abs() : m), new Dec(0));
  for (const [unit, size] of UNITS) {
    if (largest.gte(size) && values.every((v) => v.div(size).decimalPlaces() <= 4)) return unit;
  }
  return "元";
}

/** An exact amount in a unit: `1.5亿元`, `15000万元`, `61728.39元`. */
export function formatIn(value: Dec, unit: AmountUnit): string {
  const size = UNITS.find(([u]) => u === unit)?.[1];
  return `${plain(size ? value.div(size) : value)}${unit}`;
}

/**
 * A readable exact amount as drafters write it: `900万元`, `1.5亿元`, `61728.39元`.
 * 亿 and 万 are used only when they keep the figure short (at most four decimals).
 */
export function formatWan(value: Dec): string {
  return formatIn(value, amountUnit([value]));
}

/**
 * The one formatter of amounts for people. `yuan` (English reports): yuan with two decimals, and the amount in
 * 万元 or 亿元 beside it only when that says it shorter: `10000000.00 元 (1000万元)`, `61728.39 元`. `wan`
 * (Chinese reports): as drafters write it, `1000万元`, `61728.39元`. Both are exact.
 */
export function formatAmount(value: Dec, style: "yuan" | "wan"): string {
  const wan = formatWan(value);
  if (style === "wan") return wan;
  const yuan = `${formatYuan(value)} 元`;
  return /[万亿]/.test(wan) ? `${yuan} (${wan})` : yuan;
}

/** A value with its source, unless the source already is that value: `1000万元 (10000000)`, `10000000`. */
export function withSource(e: { src: string }, v: Dec): string {
  const text = plainText(v);
  return e.src.trim() === text ? text : `${e.src} (${text})`;
}
