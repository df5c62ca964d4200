import { assertNever, type Expr } from "@subsidia/ir";
import { decimalArith } from "./decimal-arith.js";
import { literal } from "./literals.js";
import { Dec, type Dec as D } from "./money.js";
import { lookupPath, type Env } from "./env.js";
import { lookupParam } from "./params.js";
import {
  EvaluationError,
  firstUnknown,
  isDecimal,
  isUnknown,
  keyText,
  type Unknown,
  type Val,
  type Value,
} from "./values.js";

type ExprOf<K extends Expr["k"]> = Extract<Expr, { k: K }>;

function decimal(v: Value, e: Expr): D {
  if (isDecimal(v)) return v;
  throw new EvaluationError(`expected a number in \`${e.src}\`, got \`${String(v)}\``, e.span);
}

function factValue(found: unknown, e: Expr): Val {
  if (found === undefined || found === null) return { unknown: "absent", ref: e.src };
  if (typeof found === "boolean" || typeof found === "string" || isDecimal(found as Val)) return found as Value;
  throw new EvaluationError(`\`${e.src}\` is a record or a list, not a value`, e.span);
}

function arith(e: ExprOf<"arith">, env: Env): Val {
  const l = evalExpr(e.left, env);
  const r = evalExpr(e.right, env);
  const u = firstUnknown([l, r]);
  if (u) return u;
  const a = decimal(l as Value, e.left);
  const b = decimal(r as Value, e.right);
  return decimalArith(e.op, a, b, e);
}

/** Compares two known values: decimals as decimals, dates and text as text. */
export function compare(op: ExprOf<"cmp">["op"], l: Value, r: Value, e: Expr): boolean {
  if (op === "=" || op === "!=") {
    let eq: boolean;
    if (isDecimal(l) && isDecimal(r)) eq = l.eq(r);
    else if (!isDecimal(l) && !isDecimal(r) && typeof l === typeof r) eq = l === r;
    else throw new EvaluationError(`cannot compare values of different kinds in \`${e.src}\``, e.span);
    return op === "=" ? eq : !eq;
  }
  let c: number;
  if (isDecimal(l) && isDecimal(r)) c = l.comparedTo(r);
  else if (typeof l === "string" && typeof r === "string") c = l < r ? -1 : l > r ? 1 : 0;
  else throw new EvaluationError(`cannot order the values in \`${e.src}\``, e.span);
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c < 0;
}

function logic(e: ExprOf<"and" | "or">, env: Env): Val {
  const decisive = e.k === "or";
  const unknowns: Unknown[] = [];
  for (const arg of e.args) {
    const v = evalExpr(arg, env);
    if (isUnknown(v)) unknowns.push(v);
    else if (typeof v !== "boolean") throw new EvaluationError(`expected a condition in \`${arg.src}\``, arg.span);
    else if (v === decisive) return decisive;
  }
  return firstUnknown(unknowns) ?? !decisive;
}

/** Evaluates an expression; absent optional facts and pending parameters propagate as unknowns (Kleene logic). */
export function evalExpr(e: Expr, env: Env): Val {
  switch (e.k) {
    case "lit":
      return literal(e);
    case "fact":
      return factValue(lookupPath(env.facts, e.path), e);
    case "item": {
      if (!env.item || env.item.var !== e.var)
        throw new EvaluationError(`\`${e.var}\` is not the item of this clause`, e.span);
      return factValue(lookupPath(env.item.record, e.path), e);
    }
    case "param":
      return lookupParam(e, env);
    case "arith":
      return arith(e, env);
    case "neg": {
      const v = evalExpr(e.expr, env);
      return isUnknown(v) ? v : decimal(v, e.expr).neg();
    }
    case "cmp": {
      const l = evalExpr(e.left, env);
      const r = evalExpr(e.right, env);
      return firstUnknown([l, r]) ?? compare(e.op, l as Value, r as Value, e);
    }
    case "and":
    case "or":
      return logic(e, env);
    case "not": {
      const v = evalExpr(e.expr, env);
      if (isUnknown(v)) return v;
      if (typeof v !== "boolean") throw new EvaluationError(`expected a condition in \`${e.expr.src}\``, e.expr.span);
      return !v;
    }
    case "in": {
      const v = evalExpr(e.expr, env);
      return isUnknown(v) ? v : e.values.includes(keyText(v));
    }
    case "given": {
      const v = evalExpr(e.expr, env);
      if (isUnknown(v) && v.unknown === "pending") return v;
      return isUnknown(v) === e.negate;
    }
    case "call": {
      const vals = e.args.map((a) => evalExpr(a, env));
      const u = firstUnknown(vals);
      if (u) return u;
      const ds = vals.map((v, i) => decimal(v as Value, e.args[i]!));
      return e.fn === "min" ? Dec.min(...ds) : Dec.max(...ds);
    }
    default:
      return assertNever(e, "expression");
  }
}
