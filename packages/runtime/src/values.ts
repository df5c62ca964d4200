import { Decimal } from "decimal.js";
import type { Span } from "@subsidia/ir";
import { plain, type Dec } from "./money.js";

/** A known value: decimals for money, percent, number and integer; text for dates, enums and strings. */
export type Value = Dec | boolean | string;

/**
 * A value that cannot be known: an optional fact that is absent (`ref` names it), or a
 * parameter the policy leaves to implementing rules (`reason` is its pending text).
 */
export type Unknown = { unknown: "absent"; ref: string } | { unknown: "pending"; param: string; reason: string };

/** The result of evaluating an expression; booleans with Unknown make Kleene's three-valued logic. */
export type Val = Value | Unknown;

export function isUnknown(v: Val): v is Unknown {
  return typeof v === "object" && !Decimal.isDecimal(v);
}

export function isDecimal(v: Val): v is Dec {
  return Decimal.isDecimal(v);
}

/** Of several unknowns, the one that decides: an absent fact rules an item out, a pending parameter does not. */
export function firstUnknown(vals: readonly Val[]): Unknown | null {
  let pending: Unknown | null = null;
  for (const v of vals) {
    if (!isUnknown(v)) continue;
    if (v.unknown === "absent") return v;
    pending ??= v;
  }
  return pending;
}

/** A value as shown in explanations: `20000000`, `0.3`, `true`, `new`; unknowns as `… not given`. */
export function showValue(v: Val): string {
  if (isUnknown(v)) return v.unknown === "absent" ? `${v.ref} not given` : `${v.param} pending`;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return v;
  return plain(v);
}

/** The text of a value as a lookup key or enum member: integers as their decimal text. */
export function keyText(v: Value): string {
  return typeof v === "string" ? v : typeof v === "boolean" ? String(v) : plain(v);
}

/** A policy that cannot be evaluated on these facts (a division by zero, a value of the wrong kind). */
export class EvaluationError extends Error {
  /** where in the policy: `art4.construction`, set by the evaluator */
  path = "";

  constructor(
    message: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "EvaluationError";
  }
}
