import type { InputType } from "@subsidia/ir";
import { readScalar } from "./fact-scalars.js";
import { isPlainWithinPrecision, parseMoney } from "./money.js";

type ScalarType = Exclude<InputType, { kind: "record" } | { kind: "list" }>;

/**
 * Whether `parseMoney` accepts the value, without making the decimal for the common forms
 * (plain digits, safe integers): the compiled evaluator's reader checks amounts this way and
 * leaves reading them to the clauses that reach them. Any other form is asked of `parseMoney`.
 */
export function isMoney(value: unknown): boolean {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return value >= 0;
    if (!(value >= 0) || value === Number.POSITIVE_INFINITY) return false;
    const text = String(value);
    return isPlainWithinPrecision(text) || (text.includes("e") && parseMoney(value) !== null);
  }
  if (typeof value !== "string") return false;
  return isPlainWithinPrecision(value) || parseMoney(value) !== null;
}

/**
 * A fact of a numeric kind as the evaluator reads it: normalised facts hold decimals already;
 * facts the compiled reader only checked hold the JSON value, read here when a clause reaches
 * it. Absent values, booleans, records and lists are returned as they are.
 */
export function rawScalar(value: unknown, type: ScalarType): unknown {
  if (value === undefined || value === null || typeof value === "object" || typeof value === "boolean") return value;
  const read = readScalar(type, value);
  if (read === null) throw new Error(`a fact the reader accepted does not read as ${type.kind}: ${String(value)}`);
  return read;
}
