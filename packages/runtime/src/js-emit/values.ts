import type { Expr } from "@subsidia/ir";
import type { AggregatePlan } from "@subsidia/plan";
import type { Limit } from "../aggregate-caps.js";
import { decimalArith } from "../decimal-arith.js";
import { Dec, type Dec as D } from "../money.js";
import { EvaluationError, keyText, type Value } from "../values.js";

/**
 * The values generated code works with: the interpreter's values (decimals, booleans,
 * text), with an unknown as an `Unk` instead of a plain object so that one `instanceof`
 * tells it apart. Only what decides an outcome is kept: absent or pending, and the reason.
 */
export class Unk {
  constructor(
    readonly absent: boolean,
    readonly reason: string,
  ) {}
}

/** An optional fact that is not given (or a parameter without a value on the date). */
export const ABSENT = new Unk(true, "");

/** A pending parameter: its reason, as the interpreter reports it. */
export const pendingUnk = (reason: string): Unk => new Unk(false, reason);

export type CVal = Value | Unk;

/** Of two unknowns (the first may be null), the one that decides: an absent fact before a pending parameter. */
export function pick(u: Unk | null, v: Unk): Unk {
  return u === null ? v : u.absent ? u : v.absent ? v : u;
}

/** A fact or item field as read from validated facts: null and undefined are absent. */
export function scalar(found: unknown, e: Expr): CVal {
  if (found === undefined || found === null) return ABSENT;
  if (typeof found === "boolean" || typeof found === "string" || found instanceof Dec) return found as Value;
  if (Dec.isDecimal(found)) return found as D;
  throw new EvaluationError(`\`${e.src}\` is a record or a list, not a value`, e.span);
}

/** One step of a path into facts: the field of a record, undefined when `here` is not a record. */
export function field(here: unknown, name: string): unknown {
  if (here === null || here === undefined || typeof here !== "object" || Array.isArray(here) || Dec.isDecimal(here))
    return undefined;
  return (here as Record<string, unknown>)[name];
}

export function decimal(v: Value, e: Expr): D {
  if (v instanceof Dec || Dec.isDecimal(v)) return v as D;
  throw new EvaluationError(`expected a number in \`${e.src}\`, got \`${String(v)}\``, e.span);
}

/** The text of a known value as a lookup key or enum member. */
export const key = (v: Value): string => keyText(v);

export function notCondition(e: Expr): EvaluationError {
  return new EvaluationError(`expected a condition in \`${e.src}\``, e.span);
}

export function failure(message: string, e: { span?: Expr["span"] }): EvaluationError {
  return new EvaluationError(message, e.span);
}

export function arith(op: "+" | "-" | "*" | "/", l: CVal, r: CVal, e: Extract<Expr, { k: "arith" }>): CVal {
  if (l instanceof Unk) return r instanceof Unk ? pick(l, r) : l;
  if (r instanceof Unk) return r;
  const a = decimal(l, e.left);
  const b = decimal(r, e.right);
  return decimalArith(op, a, b, e);
}

/** The interpreter's `compare`: decimals as decimals, dates and text as text. */
export function compare(op: ">=" | ">" | "<=" | "<" | "=" | "!=", l: CVal, r: CVal, e: Expr): CVal {
  if (l instanceof Unk) return r instanceof Unk ? pick(l, r) : l;
  if (r instanceof Unk) return r;
  const ld = l instanceof Dec || Dec.isDecimal(l);
  const rd = r instanceof Dec || Dec.isDecimal(r);
  if (op === "=" || op === "!=") {
    let eq: boolean;
    if (ld && rd) eq = (l as D).eq(r as D);
    else if (!ld && !rd && typeof l === typeof r) eq = l === r;
    else throw new EvaluationError(`cannot compare values of different kinds in \`${e.src}\``, e.span);
    return op === "=" ? eq : !eq;
  }
  let c: number;
  if (ld && rd) c = (l as D).comparedTo(r as D);
  else if (typeof l === "string" && typeof r === "string") c = l < r ? -1 : l > r ? 1 : 0;
  else throw new EvaluationError(`cannot order the values in \`${e.src}\``, e.span);
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c < 0;
}

/** `min(…)` / `max(…)`: any unknown argument decides; otherwise every argument must be a number. */
export function minMax(fn: "min" | "max", vals: readonly CVal[], e: Extract<Expr, { k: "call" }>): CVal {
  let u: Unk | null = null;
  for (const v of vals) if (v instanceof Unk) u = pick(u, v);
  if (u !== null) return u;
  const ds = vals.map((v, i) => decimal(v as Value, e.args[i]!));
  return fn === "min" ? Dec.min(...ds) : Dec.max(...ds);
}

/** An aggregate cap's limit as the shared `applyAggregateCaps` takes it. */
export function limit(v: CVal, agg: AggregatePlan): Limit {
  if (v instanceof Unk) return v.absent ? { kind: "absent" } : { kind: "pending", reason: v.reason };
  return { kind: "value", value: decimal(v, agg.limit) };
}
