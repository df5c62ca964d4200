import { Decimal } from "decimal.js";

/**
 * The one decimal type of every evaluator: 60 significant digits, half-up by default.
 * Amounts never pass through binary floating point.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = Decimal;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A plain decimal string: `12345678.91`, `-5`, `0.3`. */
export const isDecimalText = (text: string): boolean => DECIMAL_TEXT.test(text);

/** The scalar kinds whose values are decimals. */
export const NUMERIC_KINDS: ReadonlySet<string> = new Set(["money", "percent", "number", "integer"]);
