import type { Expr } from "@subsidia/ir";
import type { Env } from "./env.js";
import { evalExpr } from "./eval-expr.js";
import { comparisonStep, conditionStep, operandStep } from "./explain-condition.js";
import { among, compare, given } from "./operations.js";
import type { Step } from "./result.js";
import { EvaluationError, isUnknown, pick, type Unknown, type Val } from "./values.js";

/**
 * All `when` lines together, in Kleene logic: any false → "no"; an absent optional
 * fact → "no" (not given); otherwise a pending parameter → its reason; else "yes" (then
 * every line was true).
 */
export function conditionsHold(conditions: readonly Expr[], env: Env): "yes" | "no" | { pending: string } {
  let u: Unknown | null = null;
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i]!;
    const v = env.probe ? evalExpr(c, env) : evalSeen(c, env, i);
    if (v === true || v === false || (isUnknown(v) && v.absent)) env.probe?.(c, v === true ? "true" : "false");
    if (v === false) return "no";
    if (v === true) continue;
    if (!isUnknown(v)) throw new EvaluationError(`expected a condition in \`${c.src}\``, c.span);
    // the unknown that decides, as `firstUnknown` picks it: the first absent, else the first pending
    u = pick(u, v);
  }
  if (u === null) return "yes";
  return u.absent ? "no" : { pending: u.reason };
}

/**
 * The operands the conditions of `conditionsHold` read last, by position: a comparison's two sides, the
 * value `is given` or `in` tests (else undefined). The explanation of conditions that all held shows them
 * (`seenStep`), right after, instead of evaluating them again.
 */
const seenLeft: (Val | undefined)[] = [];
const seenRight: (Val | undefined)[] = [];

/** `evalExpr(c, env)` for a condition, as evalExpr computes it, its operands kept in `seenLeft` / `seenRight`. */
function evalSeen(c: Expr, env: Env, i: number): Val {
  switch (c.k) {
    case "cmp": {
      const l = evalExpr(c.left, env);
      const r = evalExpr(c.right, env);
      seenLeft[i] = l;
      seenRight[i] = r;
      return compare(c.op, l, r, c);
    }
    case "given": {
      const v = evalExpr(c.expr, env);
      seenLeft[i] = v;
      return given(v, c.negate);
    }
    case "in": {
      const v = evalExpr(c.expr, env);
      seenLeft[i] = v;
      return among(v, c.values);
    }
    default:
      seenLeft[i] = undefined;
      return evalExpr(c, env);
  }
}

/** `conditionStep(c, env, true)` of the `i`th condition, from the operands `conditionsHold` kept (no probe). */
export function seenStep(c: Expr, env: Env, i: number): Step {
  const l = seenLeft[i];
  if (l === undefined || (c.k !== "cmp" && c.k !== "given" && c.k !== "in")) return conditionStep(c, env, true);
  return c.k === "cmp" ? comparisonStep(c, l, seenRight[i]!) : operandStep(c, l);
}
