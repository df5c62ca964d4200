import type { Expr } from "@subsidia/ir";
import { constantValues } from "@subsidia/plan";
import { bin, caseWhen, cast, fn, int, type Sql } from "./ast.js";
import {
  addSub,
  literal,
  MAX_PRECISION,
  type Num,
  precision,
  reciprocal,
  SqlCompileError,
  sqlType,
  times,
} from "./numeric.js";
import { fromNum, numOf, type Scope } from "./scope.js";
import { strictState, type Val } from "./value.js";

/** `floor(x)`: exact, one more digit before the point (−9.5 → −10). */
export function floorOf(x: Num, path: string): Num {
  if (x.t.scale === 0) return x;
  const t = { int: x.t.int + 1, scale: 0 };
  if (t.int > MAX_PRECISION) throw new SqlCompileError(`more than ${MAX_PRECISION} digits in a whole number`, path);
  return { sql: cast(fn("FLOOR", x.sql), sqlType(t)), t, overflow: x.overflow };
}

const neg = (x: Num): Num => ({ sql: { k: "neg", e: x.sql }, t: x.t, overflow: x.overflow });

/** `floor(x)`, `ceil(x)` (= −floor(−x)): to a whole number (`rounded`). */
export function wholeValue(fnName: "floor" | "ceil", v: Val, e: Extract<Expr, { k: "call" }>, s: Scope): Val {
  const x = numOf(v, e.args[0]!, s);
  const n = fnName === "floor" ? floorOf(x, s.path) : neg(floorOf(neg(x), s.path));
  return fromNum(n, [v], s);
}

/** `year(d)`: the calendar year, a whole number of four digits (ISO dates). */
export function yearValue(v: Val, e: Extract<Expr, { k: "call" }>, s: Scope): Val {
  if (v.t.k !== "date") throw new SqlCompileError(`expected a date in \`${e.args[0]!.src}\``, s.path);
  const t = { int: 4, scale: 0 };
  return { v: cast({ k: "datePart", part: "YEAR", e: v.v }, sqlType(t)), t: { k: "num", t }, st: v.st };
}

/**
 * `amount per step of x` (`new since prev`): amount × max(floor(x / step) − floor(prev / step), 0)
 * (`steps`). The step must be one constant above 0 with a finite reciprocal (the division is a
 * product by it); other steps are refused.
 */
export function stepsValue(e: Extract<Expr, { k: "steps" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const values = constantValues(e.step, s.ctx.plan.params);
  const step = values && values.length === 1 ? values[0]! : null;
  const inverse = step?.gt(0) ? reciprocal(step) : null;
  if (!inverse)
    throw new SqlCompileError(
      `the step of \`${e.src}\` must be one constant above 0 whose reciprocal is a finite decimal to be computed in SQL`,
      s.path,
    );
  const amount = compile(e.amount);
  const of = compile(e.of);
  const since = e.since ? compile(e.since) : null;
  const whole = (v: Val, x: Expr) => floorOf(times(numOf(v, x, s), literal(inverse), s.path), s.path);
  let n = whole(of, e.of);
  if (since) n = addSub("-", n, whole(since, e.since!), s.path);
  const zero: Sql = { k: "num", text: "0", p: precision(n.t), s: 0 };
  const counted: Num = { ...n, sql: caseWhen([[bin("<", n.sql, zero), zero]], n.sql) };
  const product = times(numOf(amount, e.amount, s), counted, s.path);
  return fromNum(product, since ? [amount, of, since] : [amount, of], s);
}

/**
 * `date + n years`, `date - n days` (`dateShift`): by a constant whole number of units (at most
 * 100,000, as the runtime checks); years are 12 months, ending on the month's last day when it
 * is shorter (2024-02-29 + 1 year = 2025-02-28), as every engine's month arithmetic does.
 */
export function dateShiftValue(e: Extract<Expr, { k: "dateShift" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const values = constantValues(e.count, s.ctx.plan.params);
  const count = values && values.length === 1 ? values[0]! : null;
  if (count === null) return dateShiftBy(e, compile, s);
  if (!count.isInteger() || count.abs().gt(100_000))
    throw new SqlCompileError(
      `the count of \`${e.src}\` must be one constant whole number (at most 100000) to be computed in SQL`,
      s.path,
    );
  const date = compile(e.date);
  if (date.t.k !== "date") throw new SqlCompileError(`expected a date in \`${e.date.src}\``, s.path);
  const n = (e.op === "+" ? 1 : -1) * count.toNumber() * (e.unit === "years" ? 12 : 1);
  if (n === 0) return date;
  return { v: { k: "dateAdd", e: date.v, n, unit: e.unit === "days" ? "days" : "months" }, t: date.t, st: date.st };
}

/**
 * A date shifted by a count that is not one constant (`registered + k.years years`): the count
 * must be whole and within the runtime's 100,000 by its type (an integer of at most 5 digits,
 * `integer from 0 to 50`), so that it never fails where the runtime would name its value.
 */
function dateShiftBy(e: Extract<Expr, { k: "dateShift" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const count = compile(e.count);
  if (count.t.k !== "num" || count.t.t.scale > 0 || count.t.t.int > 5)
    throw new SqlCompileError(
      `the count of \`${e.src}\` must be a constant or a whole number of at most 5 digits by its type ` +
        "(`integer from 0 to 100`) to be computed in SQL",
      s.path,
    );
  const date = compile(e.date);
  if (date.t.k !== "date") throw new SqlCompileError(`expected a date in \`${e.date.src}\``, s.path);
  const factor = (e.op === "+" ? 1 : -1) * (e.unit === "years" ? 12 : 1);
  const n = bin("*", cast(count.v, { k: "integer" }), int(factor));
  const v: Sql = { k: "dateAddBy", e: date.v, n, unit: e.unit === "days" ? "days" : "months" };
  return { v, t: date.t, st: strictState([date, count], null, 0) };
}
