import type { Expr } from "@subsidia/ir";
import { isIsoDate, shiftDate, unitsBetween, yearOf } from "@subsidia/plan";
import { Dec, type Dec as D, ZERO } from "./money.js";
import { EvaluationError, isDecimal, keyText, pick, Unknown, type Val, type Value } from "./values.js";
import { compareDecimals } from "./dec-fast.js";

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
    if (ld && rd) eq = compareDecimals(l as D, r as D) === 0;
    else if (!ld && !rd && typeof l === typeof r) eq = l === r;
    else throw new EvaluationError(`cannot compare values of different kinds in \`${e.src}\``, e.span);
    return op === "=" ? eq : !eq;
  }
  let c: number;
  if (ld && rd) c = compareDecimals(l as D, r as D);
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

/** `floor(x)`, `ceil(x)`: to a whole number. */
export function rounded(fn: "floor" | "ceil", v: Val, e: Extract<Expr, { k: "call" }>): Val {
  if (v instanceof Unknown) return v;
  const d = decimal(v, e.args[0]!);
  return fn === "floor" ? d.floor() : d.ceil();
}

function dateText(v: Value, e: Expr): string {
  if (typeof v === "string" && isIsoDate(v)) return v;
  throw new EvaluationError(`expected a date in \`${e.src}\`, got \`${String(v)}\``, e.span);
}

function wholeNumber(v: Value, e: Expr): number {
  const d = decimal(v, e);
  if (!d.isInteger() || d.abs().gt(100_000))
    throw new EvaluationError(
      `expected a whole number of years, months or days in \`${e.src}\`, got \`${d.toFixed()}\``,
      e.span,
    );
  return d.toNumber();
}

/** `year(d)`: the calendar year of a date. */
export function year(v: Val, e: Extract<Expr, { k: "call" }>): Val {
  return v instanceof Unknown ? v : new Dec(yearOf(dateText(v, e.args[0]!)));
}

/** `date + n unit`, `date - n unit`. */
export function dateShift(date: Val, count: Val, e: Extract<Expr, { k: "dateShift" }>): Val {
  if (date instanceof Unknown) return count instanceof Unknown ? pick(date, count) : date;
  if (count instanceof Unknown) return count;
  const n = wholeNumber(count, e.count);
  return shiftDate(dateText(date, e.date), e.op === "+" ? n : -n, e.unit);
}

/** `years between a and b`: whole units, by anniversary. */
export function between(from: Val, to: Val, e: Extract<Expr, { k: "between" }>): Val {
  if (from instanceof Unknown) return to instanceof Unknown ? pick(from, to) : from;
  if (to instanceof Unknown) return to;
  return new Dec(unitsBetween(e.unit, dateText(from, e.from), dateText(to, e.to)));
}

/**
 * `amount per step of x`: amount × whole steps of x (0 below one step); with `new since prev`,
 * the whole steps newly reached since prev (at least 0).
 */
export function steps(amount: Val, step: Val, of: Val, since: Val | null, e: Extract<Expr, { k: "steps" }>): Val {
  let u: Unknown | null = null;
  for (const v of [amount, step, of, since]) if (v instanceof Unknown) u = pick(u, v);
  if (u !== null) return u;
  const s = decimal(step as Value, e.step);
  if (!s.gt(0)) throw new EvaluationError(`a step must be above 0 in \`${e.src}\`, got \`${s.toFixed()}\``, e.span);
  let n = decimal(of as Value, e.of)
    .div(s)
    .floor();
  if (since !== null)
    n = n.minus(
      decimal(since as Value, e.since!)
        .div(s)
        .floor(),
    );
  return decimal(amount as Value, e.amount).times(Dec.max(n, 0));
}

/** The case of a lookup expression whose key matches, its `otherwise`, or an error (a lookup is total). */
export function lookupCase(key: Val, e: Extract<Expr, { k: "lookup" }>): Unknown | { value: Expr; label: string } {
  if (key instanceof Unknown) return key;
  const text = keyText(key);
  const hit = e.cases.find((c) => c.match === text);
  if (hit) return { value: hit.value, label: `case ${hit.match}` };
  if (e.otherwise) return { value: e.otherwise, label: "otherwise" };
  throw new EvaluationError(`no case of \`${e.src}\` matches \`${text}\``, e.span);
}

/** The branch of `if cond then a else b` to evaluate, or the unknown condition. */
export function ifBranch(cond: Val, e: Extract<Expr, { k: "if" }>): Unknown | Expr {
  if (cond instanceof Unknown) return cond;
  if (typeof cond !== "boolean") throw notCondition(e.cond);
  return cond ? e.then : e.else;
}

/** Why a cap made an item 0 (its limit is 0 or less), or null. */
export function capZeroBy(limit: { src: string }, value: D): string | null {
  // `value.lte(0)` without the decimal it would make of 0
  return compareDecimals(value, ZERO) <= 0 ? `cap ${limit.src}: nothing left` : null;
}

/** Why first-time tiers pay 0: every tier reached now was reached before. */
export function noNewTier(prev: Value): string {
  return `no tier newly reached (best before: ${keyText(prev)})`;
}
