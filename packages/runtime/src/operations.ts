import type { Expr } from "@subsidia/ir";
import { Dec, type Dec as D } from "./money.js";
import { EvaluationError, isDecimal, keyText, pick, Unknown, type Val, type Value } from "./values.js";

/**
 * The operations on values, in Kleene's three-valued logic, for both evaluators: the
 * interpreter calls them, and the generated JavaScript calls the very same functions.
 * An unknown operand makes the result unknown (an absent fact before a pending parameter).
 */

type Cmp = Extract<Expr, { k: "cmp" }>["op"];

export function decimal(v: Value, e: Expr): D {
  if (isDecimal(v)) return v;
  throw new EvaluationError(`expected a number in \`${e.src}\`, got \`${String(v)}\``, e.span);
}

export function notCondition(e: Expr): EvaluationError {
  return new EvaluationError(`expected a condition in \`${e.src}\``, e.span);
}

export function failure(message: string, e: { span?: Expr["span"] }): EvaluationError {
  return new EvaluationError(message, e.span);
}

/** A fact or item field as read from validated facts: null and undefined are absent (`absent` names it). */
export function scalar(found: unknown, e: Expr, absent: Unknown): Val {
  if (found === undefined || found === null) return absent;
  if (typeof found === "boolean" || typeof found === "string" || isDecimal(found as Val)) return found as Value;
  throw new EvaluationError(`\`${e.src}\` is a record or a list, not a value`, e.span);
}

/** `l op r` in exact decimals. */
export function arith(op: "+" | "-" | "*" | "/", l: Val, r: Val, e: Extract<Expr, { k: "arith" }>): Val {
  if (l instanceof Unknown) return r instanceof Unknown ? pick(l, r) : l;
  if (r instanceof Unknown) return r;
  const a = decimal(l, e.left);
  const b = decimal(r, e.right);
  switch (op) {
    case "+":
      return a.plus(b);
    case "-":
      return a.minus(b);
    case "*":
      return a.times(b);
    case "/":
      if (b.isZero()) throw new EvaluationError(`division by zero in \`${e.src}\``, e.span);
      return a.div(b);
  }
}

/** Compares two known values: decimals as decimals, dates and text as text. */
export function compareKnown(op: Cmp, l: Value, r: Value, e: Expr): boolean {
  const ld = isDecimal(l);
  const rd = isDecimal(r);
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

export function compare(op: Cmp, l: Val, r: Val, e: Expr): Val {
  if (l instanceof Unknown) return r instanceof Unknown ? pick(l, r) : l;
  if (r instanceof Unknown) return r;
  return compareKnown(op, l, r, e);
}

/** `min(…)` / `max(…)`: any unknown argument decides; otherwise every argument must be a number. */
export function minMax(fn: "min" | "max", vals: readonly Val[], e: Extract<Expr, { k: "call" }>): Val {
  let u: Unknown | null = null;
  for (const v of vals) if (v instanceof Unknown) u = pick(u, v);
  if (u !== null) return u;
  const ds = vals.map((v, i) => decimal(v as Value, e.args[i]!));
  return fn === "min" ? Dec.min(...ds) : Dec.max(...ds);
}

/** `-x`: unknown stays unknown. */
export function negate(v: Val, e: Extract<Expr, { k: "neg" }>): Val {
  return v instanceof Unknown ? v : decimal(v, e.expr).neg();
}

/** `not x`: unknown stays unknown. */
export function not(v: Val, e: Extract<Expr, { k: "not" }>): Val {
  if (v instanceof Unknown) return v;
  if (typeof v !== "boolean") throw notCondition(e.expr);
  return !v;
}

/** `x in [...]`: the value's key text among the listed members. */
export function among(v: Val, values: readonly string[]): Val {
  return v instanceof Unknown ? v : values.includes(keyText(v));
}

/** `x is given` / `x is not given`: a pending parameter stays pending. */
export function given(v: Val, negate: boolean): Val {
  if (v instanceof Unknown) return v.absent ? negate : v;
  return !negate;
}

/**
 * One argument of `and` (decisive false) or `or` (decisive true), in order: returns the
 * decisive value when the argument decides, else null, after folding an unknown into `u`.
 */
export function logicArg(v: Val, decisive: boolean, arg: Expr, u: { unknown: Unknown | null }): boolean | null {
  if (v instanceof Unknown) u.unknown = pick(u.unknown, v);
  else if (typeof v !== "boolean") throw notCondition(arg);
  else if (v === decisive) return decisive;
  return null;
}
