import { assertNever, type Expr } from "@subsidia/ir";
import { type Env, lookupPath } from "./env.js";
import { literal } from "./literals.js";
import { among, arith, compare, given, logicArg, minMax, negate, not, scalar } from "./operations.js";
import { lookupParam } from "./params.js";
import { absentValue, EvaluationError, type Unknown, type Val } from "./values.js";

/** `and` / `or` in Kleene logic, evaluating arguments only until one decides. */
function logic(e: Extract<Expr, { k: "and" | "or" }>, env: Env): Val {
  const decisive = e.k === "or";
  const u: { unknown: Unknown | null } = { unknown: null };
  for (const arg of e.args) {
    if (logicArg(evalExpr(arg, env), decisive, arg, u) !== null) return decisive;
  }
  return u.unknown ?? !decisive;
}

/**
 * Evaluates an expression with the operations both evaluators share (operations.ts); absent
 * optional facts and pending parameters propagate as unknowns (Kleene logic).
 */
export function evalExpr(e: Expr, env: Env): Val {
  switch (e.k) {
    case "lit":
      return literal(e);
    case "fact":
      return scalar(lookupPath(env.facts, e.path), e, absentValue(e.src));
    case "item":
      if (!env.item || env.item.var !== e.var)
        throw new EvaluationError(`\`${e.var}\` is not the item of this clause`, e.span);
      return scalar(lookupPath(env.item.record, e.path), e, absentValue(e.src));
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
      return minMax(
        e.fn,
        e.args.map((a) => evalExpr(a, env)),
        e,
      );
    default:
      return assertNever(e, "expression");
  }
}
