import type { Span } from "@subsidia/ir";
import { Decimal } from "decimal.js";
import { Dec, plain } from "./money.js";

/** A known value: decimals for money, percent, number and integer; text for dates, enums and strings. */
export type Value = Dec | boolean | string;

/**
 * A value that cannot be known, for both evaluators: an optional fact that is absent (or a
 * parameter with no value on the date), or a parameter the policy leaves to implementing
 * rules (`reason` is its pending text). `ref` names what is unknown, for explanations.
 */
export class Unknown {
  constructor(
    readonly absent: boolean,
    readonly reason: string,
    readonly ref: string,
  ) {}
}

/** An absent fact, named by its source text: `p.totalInvestment`. */
export const absentValue = (ref: string): Unknown => new Unknown(true, "", ref);

/** A pending parameter with its reason. */
export const pendingValue = (param: string, reason: string): Unknown => new Unknown(false, reason, param);

/** The result of evaluating an expression; booleans with Unknown make Kleene's three-valued logic. */
export type Val = Value | Unknown;

export function isUnknown(v: Val): v is Unknown {
  return v instanceof Unknown;
}

/**
 * `Decimal.isDecimal(v)`: the runtime's own decimals by their class first (decimal.js's test
 * looks for a tag on the prototype chain of anything that is not a plain `Decimal`), and only
 * an object other than an unknown may be a decimal of another clone.
 */
export function isDecimal(v: Val): v is Dec {
  return v instanceof Dec || (typeof v === "object" && !(v instanceof Unknown) && Decimal.isDecimal(v));
}

/** Of two unknowns (the first may be null), the one that decides: an absent fact before a pending parameter. */
export function pick(u: Unknown | null, v: Unknown): Unknown {
  return u === null ? v : u.absent ? u : v.absent ? v : u;
}

/** Of several values, the unknown that decides (the first absent, else the first pending), or null. */
export function firstUnknown(vals: readonly Val[]): Unknown | null {
  let u: Unknown | null = null;
  for (const v of vals) if (v instanceof Unknown) u = pick(u, v);
  return u;
}

/** A value as shown in explanations: `20000000`, `0.3`, `true`, `new`; unknowns as `… not given`. */
export function showValue(v: Val): string {
  if (v instanceof Unknown) return v.absent ? `${v.ref} not given` : `${v.ref} pending`;
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
