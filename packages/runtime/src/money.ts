import { Dec, type Plan } from "@subsidia/plan";
import { Decimal } from "decimal.js";

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

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export const ZERO: Dec = new Dec(0);

/** A decimal from a plain decimal string (`"12345678.91"`, `"-5"`); null when malformed. */
export function parseDecimalText(text: string): Dec | null {
  return DECIMAL_TEXT.test(text) ? new Dec(text) : null;
}

/** A decimal from a finite JSON number or a decimal string; null otherwise. */
export function parseDecimal(value: unknown): Dec | null {
  if (typeof value === "number") return Number.isFinite(value) ? new Dec(String(value)) : null;
  if (typeof value === "string") return parseDecimalText(value.trim());
  return null;
}

/** A non-negative amount in yuan from a JSON number or a decimal string; null otherwise. */
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
  /** the item rounding itself: `roundTo(amount, unit, mode)` */
  round: (amount: Dec) => Dec;
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
  return (a) => (a.d !== null && a.d.length <= 8 ? a.toDecimalPlaces(places, rm) : roundTo(a, unit, mode));
}

const roundings = new WeakMap<Plan, Rounding>();

/** The plan's rounding with its unit parsed, once per plan. */
export function roundingOf(plan: Plan): Rounding {
  let r = roundings.get(plan);
  if (!r) {
    const { unit, mode, places } = plan.rounding;
    const u = new Dec(unit);
    r = { unit: u, unitText: unit, mode, round: itemRounder(u, mode, places) };
    roundings.set(plan, r);
  }
  return r;
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

/** A value with its source, unless the source already is that value: `1000万元 (10000000)`, `10000000`. */
export function withSource(e: { src: string }, v: Dec): string {
  const text = v.toFixed();
  return e.src.trim() === text ? text : `${e.src} (${text})`;
}
