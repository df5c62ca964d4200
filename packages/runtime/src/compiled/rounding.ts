import { Decimal } from "decimal.js";
import { Dec, roundTo, type Dec as D, type Rounding } from "../money.js";

const MODES = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;

/** k when `unit` is 10^-k (0.01 → 2, 1 → 0), else null. */
function placesOf(unit: D): number | null {
  for (let k = 0; k <= 20; k++) if (unit.eq(new Dec(10).pow(-k))) return k;
  return null;
}

/**
 * The policy's rounding as one function. For a unit 10^-k it is `toDecimalPlaces(k)`: the
 * same value as `roundTo` (divide, round to an integer, multiply) whenever the amount has at
 * most 56 significant digits, so that dividing by 10^-k is exact under the runtime's
 * precision of 60; longer amounts, and other units, go through `roundTo` itself.
 */
export function rounder(rounding: Rounding): (a: D) => D {
  const { unit, mode } = rounding;
  const k = placesOf(unit);
  if (k === null) return (a) => roundTo(a, unit, mode);
  const rm = MODES[mode];
  return (a) => (a.d !== null && a.d.length <= 8 ? a.toDecimalPlaces(k, rm) : roundTo(a, unit, mode));
}
