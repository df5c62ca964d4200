import type { AggregatePlan } from "@subsidia/plan";
import type { Limit } from "../aggregate-caps.js";
import { Dec } from "../money.js";
import { decimal } from "../operations.js";
import { absentValue, Unknown, type Val } from "../values.js";

/**
 * What generated code needs besides the shared operations (operations.ts): a parameter
 * without a value on the date, a pending amount, a step into a record, an aggregate limit.
 */

/** A parameter without a value on the date (an absent value). */
export const ABSENT = absentValue("");

/** Eligible, but the amount needs a pending parameter: the reason, as the interpreter reports it. */
export const pendingUnk = (reason: string): Unknown => new Unknown(false, reason, "");

/** One step of a path into facts: the field of a record, undefined when `here` is not a record. */
export function field(here: unknown, name: string): unknown {
  if (here === null || here === undefined || typeof here !== "object" || Array.isArray(here) || Dec.isDecimal(here))
    return undefined;
  return (here as Record<string, unknown>)[name];
}

/** An aggregate cap's limit as the shared `applyAggregateCaps` takes it. */
export function limit(v: Val, agg: AggregatePlan): Limit {
  if (v instanceof Unknown) return v.absent ? { kind: "absent" } : { kind: "pending", reason: v.reason };
  return { kind: "value", value: decimal(v, agg.limit) };
}
