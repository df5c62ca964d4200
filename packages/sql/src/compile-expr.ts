import { unsupported } from "./supported.js";
import { assertNever, type Expr } from "@subsidia/ir";
import { constantValues, Dec, literalValue, paramValueOn } from "@subsidia/plan";
import { bin, bool, caseWhen, int, NULL, str, type Sql } from "./ast.js";
import { addSub, common, literal, negate, reciprocal, SqlCompileError, times } from "./numeric.js";
import { among, compare, given, logic, minMax, notOf } from "./compile-ops.js";
import { betweenValue } from "./compile-between.js";
import { truncatedQuotient } from "./compile-quotient.js";
import { ifValue, lookupValue } from "./compile-choice.js";
import { dateShiftValue, stepsValue, wholeValue, yearValue } from "./compile-whole.js";
import { type ColumnRef, fromNum, numOf, type Scope } from "./scope.js";

import { codeOf, codeTest, KNOWN, NULLABLE, stateOf, type Val, type VType } from "./value.js";

export { type ColumnRef, type Ctx, fromNum, numOf, OVERFLOW, type Scope } from "./scope.js";

function lit(e: Extract<Expr, { k: "lit" }>): Val {
  const v = literalValue(e);
  if (typeof v === "boolean") return { v: bool(v), t: { k: "bool" }, st: KNOWN };
  if (typeof v === "string")
    return e.type === "date"
      ? { v: { k: "date", value: v }, t: { k: "date" }, st: KNOWN }
      : { v: str(v), t: { k: "text" }, st: KNOWN };
  const n = literal(v);
  return { v: n.sql, t: { k: "num", t: n.t }, st: KNOWN };
}

function column(found: ColumnRef | null, e: Expr, s: Scope): Val {
  if (!found) throw new SqlCompileError(`\`${e.src}\` is not a column of the table layout`, s.path);
  return { v: found.sql, t: found.t, st: found.optional ? NULLABLE : KNOWN };
}

/** A parameter: pending (a code), or its value on the date (the last entry from on or before it). */
function param(e: Extract<Expr, { k: "param" }>, s: Scope, map: (v: Val) => Val = (v) => v): Val {
  const p = s.ctx.plan.params.get(e.name);
  if (!p) throw new SqlCompileError(`unknown parameter \`${e.name}\``, s.path);
  if (p.pending !== null) return { v: NULL, t: kindType(e.type), st: pendingState(p.pending, s) };
  if (p.values.length === 0) return { v: NULL, t: kindType(e.type), st: NULLABLE };
  if (s.date === null) {
    const v = paramValueOn(p, null);
    return v ? map(lit(v.value)) : { v: NULL, t: map(lit(p.values[0]!.value)).t, st: NULLABLE };
  }
  let values = p.values.map((v) => map(lit(v.value)));
  if (values.every((v) => v.t.k === "num")) {
    const typed = common(
      values.map((v) => numOf(v, e, s)),
      s.path,
    );
    values = typed.map((n) => ({ v: n.sql, t: { k: "num", t: n.t }, st: KNOWN }));
  }
  const whens: [Sql, Sql][] = [];
  for (let i = p.values.length - 1; i >= 0; i--) {
    const from = p.values[i]!.from;
    whens.push([from === null ? bool(true) : bin(">=", s.date, { k: "date", value: from }), values[i]!.v]);
  }
  const always = p.values.some((v) => v.from === null);
  return { v: caseWhen(whens, null), t: values[0]!.t, st: always ? KNOWN : NULLABLE };
}

/** The value type of an expression of this kind that has no value (a pending parameter). */
function kindType(kind: Expr["type"]): VType {
  if (kind === "boolean") return { k: "bool" };
  if (kind === "date") return { k: "date" };
  if (kind === "string" || kind === "enum") return { k: "text" };
  return { k: "num", t: { int: 1, scale: 0 } };
}

function pendingState(reason: string, s: Scope): Val["st"] {
  return { k: "fixed", code: s.ctx.codes.pending(reason) };
}

/** `1 / x` of a constant, or 0 standing for a division by zero; null when it is not a finite decimal. */
function inverseOf(v: Val): Val | null {
  if (v.v.k !== "num") return null;
  const d = new Dec(v.v.text);
  if (d.isZero()) return v;
  const r = reciprocal(d);
  return r ? { v: literal(r).sql, t: { k: "num", t: literal(r).t }, st: KNOWN } : null;
}

/**
 * `a / b`: only by a constant (a literal expression, or a parameter, by date) whose
 * reciprocal is a finite decimal, which is then a product; dividing by zero fails the
 * applicant when `a` is known (`arith`). Anything else cannot be computed exactly in SQL.
 */
function divide(e: Extract<Expr, { k: "arith" }>, l: Val, r: Val, s: Scope): Val {
  let inverse: Val | null = null;
  if (e.right.k === "param" && r.st.k !== "fixed") {
    const p = s.ctx.plan.params.get(e.right.name)!;
    const all = p.values.map((v) => inverseOf(lit(v.value)));
    if (all.every((x) => x !== null)) inverse = param(e.right, s, (v) => inverseOf(v)!);
  } else {
    const values = constantValues(e.right, s.ctx.plan.params);
    if (values && values.length === 1) inverse = inverseOf(lit({ ...litOf(e.right), value: values[0]!.toFixed() }));
  }
  const truncated = !inverse && s.quotient?.e === e ? truncatedQuotient(e, l, s.quotient.places, s) : null;
  if (truncated) return truncated;
  if (!inverse)
    throw new SqlCompileError(
      `\`${e.src}\` cannot be computed exactly in SQL: divide by a constant whose reciprocal is a finite decimal (2, 4, 5, 8, 10, …)`,
      s.path,
    );
  const zero = literal(new Dec(0)).sql;
  const byZero =
    inverse.v.k === "num" ? (new Dec(inverse.v.text).isZero() ? bool(true) : null) : bin("=", inverse.v, zero);
  const product = times(numOf(l, e.left, s), numOf(inverse, e.right, s), s.path);
  const failed = s.ctx.codes.error(`division by zero in \`${e.src}\``);
  const v = fromNum(product, [l, inverse], s);
  if (!byZero) return v;
  const code = caseWhen(
    [
      [codeTest(codeOf(v), "<>", 0), codeOf(v)],
      [byZero, int(failed)],
    ],
    int(0),
  );
  return { ...v, st: stateOf(code) };
}

const litOf = (e: Expr): Extract<Expr, { k: "lit" }> => ({
  k: "lit",
  type: e.type,
  value: "0",
  src: e.src,
  span: e.span,
});

function arith(e: Extract<Expr, { k: "arith" }>, s: Scope): Val {
  const l = compileExpr(e.left, s);
  const r = compileExpr(e.right, s);
  if (e.op === "/") return divide(e, l, r, s);
  const a = numOf(l, e.left, s);
  const b = numOf(r, e.right, s);
  const n = e.op === "*" ? times(a, b, s.path) : addSub(e.op, a, b, s.path);
  return fromNum(n, [l, r], s);
}

function call(e: Extract<Expr, { k: "call" }>, s: Scope): Val {
  const args = e.args.map((a) => compileExpr(a, s));
  if (e.fn === "floor" || e.fn === "ceil") return wholeValue(e.fn, args[0]!, e, s);
  if (e.fn === "year") return yearValue(args[0]!, e, s);
  return minMax(e, args, s);
}

/** Compiles an expression to its SQL value and state (`runtime/src/eval-expr.ts`, case by case). */
export function compileExpr(e: Expr, s: Scope): Val {
  switch (e.k) {
    case "lit":
      return lit(e);
    case "fact":
      return column(s.fact(e.path), e, s);
    case "item":
      if (!s.item || s.item.var !== e.var)
        throw new SqlCompileError(`\`${e.var}\` is not the item of this clause`, s.path);
      return column(s.item.column(e.path), e, s);
    case "param":
      return param(e, s);
    case "arith":
      return arith(e, s);
    case "neg": {
      const v = compileExpr(e.expr, s);
      return fromNum(negate(numOf(v, e.expr, s)), [v], s);
    }
    case "cmp":
      return compare(e, compileExpr(e.left, s), compileExpr(e.right, s), s);
    case "and":
    case "or":
      return logic(
        e.k === "or",
        e.args.map((a) => compileExpr(a, s)),
      );
    case "not":
      return notOf(compileExpr(e.expr, s));
    case "in":
      return among(compileExpr(e.expr, s), e.values);
    case "given":
      return given(compileExpr(e.expr, s), e.negate);
    case "call":
      return call(e, s);
    case "if":
      return ifValue(e, (x) => compileExpr(x, s), s);
    case "lookup":
      return lookupValue(e, (x) => compileExpr(x, s), s);
    case "steps":
      return stepsValue(e, (x) => compileExpr(x, s), s);
    case "dateShift":
      return dateShiftValue(e, (x) => compileExpr(x, s), s);
    case "between":
      return betweenValue(e, (x) => compileExpr(x, s), s);
    case "awardOf":
      if (!s.awardOf) throw unsupported(`\`${e.src}\``, s.path);
      return s.awardOf(e);
    default:
      return assertNever(e, "expression");
  }
}
