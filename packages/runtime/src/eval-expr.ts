import { assertNever, type Expr } from "@subsidia/ir";
import { type Env, lookupPath } from "./env.js";
import { literal } from "./literals.js";
import {
  among,
  arith,
  between,
  compare,
  dateShift,
  given,
  ifBranch,
  logicArg,
  lookupCase,
  minMax,
  negate,
  not,
  rounded,
  scalar,
  steps,
  year,
} from "./operations.js";
import { lookupParam } from "./params.js";
import type { Dec } from "./money.js";
import { absentValue, EvaluationError, isDecimal, Unknown, type Val } from "./values.js";

/** `and` / `or` in Kleene logic, evaluating arguments only until one decides. */
function logic(e: Extract<Expr, { k: "and" | "or" }>, env: Env): Val {
  const decisive = e.k === "or";
  const u: { unknown: Unknown | null } = { unknown: null };
  for (const arg of e.args) {
    if (logicArg(evalExpr(arg, env), decisive, arg, u) !== null) return decisive;
  }
  return u.unknown ?? !decisive;
}

/** A fact or field as found: absent ones are the unknown named by the expression's text. */
function read(found: unknown, e: Expr): Val {
  return scalar(found, e, found === undefined || found === null ? absentValue(e.src) : PRESENT);
}

/** Never returned: `scalar` returns its `absent` argument only for an absent value. */
const PRESENT = absentValue("");

/**
 * Evaluates an expression with the operations both evaluators share (operations.ts); absent
 * optional facts and pending parameters propagate as unknowns (Kleene logic).
 */
export function evalExpr(e: Expr, env: Env): Val {
  switch (e.k) {
    case "lit":
      return literal(e);
    case "fact":
      return read(lookupPath(env.facts, e.path), e);
    case "item":
      if (!env.item || env.item.var !== e.var)
        throw new EvaluationError(`\`${e.var}\` is not the item of this clause`, e.span);
      return read(lookupPath(env.item.record, e.path), e);
    case "param":
      return lookupParam(e, env);
    case "arith":
      return arith(e.op, evalExpr(e.left, env), evalExpr(e.right, env), e);
    case "neg":
      return negate(evalExpr(e.expr, env), e);
    case "cmp":
      return compare(e.op, evalExpr(e.left, env), evalExpr(e.right, env), e);
    case "and":
    case "or":
      return logic(e, env);
    case "not":
      return not(evalExpr(e.expr, env), e);
    case "in":
      return among(evalExpr(e.expr, env), e.values);
    case "given":
      return given(evalExpr(e.expr, env), e.negate);
    case "call":
      switch (e.fn) {
        case "min":
        case "max": {
          const args = e.args.map((a) => evalExpr(a, env));
          const r = minMax(e.fn, args, e);
          if (env.probe && isDecimal(r)) {
            const i = args.findIndex((a) => isDecimal(a) && (a as Dec).eq(r as Dec));
            if (i >= 0) env.probe(e.args[i]!, "chosen");
          }
          return r;
        }
        case "floor":
        case "ceil":
          return rounded(e.fn, evalExpr(e.args[0]!, env), e);
        case "year":
          return year(evalExpr(e.args[0]!, env), e);
        default:
          return assertNever(e.fn, "function");
      }
    case "if": {
      const branch = ifBranch(evalExpr(e.cond, env), e);
      if (branch instanceof Unknown) return branch;
      env.probe?.(e, branch === e.then ? "then" : "else");
      return evalExpr(branch, env);
    }
    case "lookup": {
      const chosen = lookupCase(evalExpr(e.key, env), e);
      if (chosen instanceof Unknown) return chosen;
      if (env.probe) {
        const hit = e.cases.find((c) => c.value === chosen.value);
        env.probe(hit ?? e, hit ? "matched" : "otherwise");
      }
      return evalExpr(chosen.value, env);
    }
    case "steps":
      return steps(
        evalExpr(e.amount, env),
        evalExpr(e.step, env),
        evalExpr(e.of, env),
        e.since ? evalExpr(e.since, env) : null,
        e,
      );
    case "dateShift":
      return dateShift(evalExpr(e.date, env), evalExpr(e.count, env), e);
    case "between":
      return between(evalExpr(e.from, env), evalExpr(e.to, env), e);
    case "awardOf":
      if (!env.clause) throw new EvaluationError(`\`${e.src}\` is read outside a clause`, e.span);
      return env.amounts.read(e, env.clause, env.item?.id);
    default:
      return assertNever(e, "expression");
  }
}
