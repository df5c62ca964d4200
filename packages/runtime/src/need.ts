import type { Expr } from "@subsidia/ir";
import type { Dec } from "./money.js";
import type { Env } from "./env.js";
import { evalExpr } from "./eval-expr.js";
import { EvaluationError, isDecimal, isUnknown, type Unknown, type Val } from "./values.js";

/** Thrown inside one item's computation when a value it needs is unknown; caught per item. */
export class Stop {
  constructor(readonly why: Unknown) {}
}

/** The value of an expression the amount depends on; stops the item when it is unknown. */
export function need(e: Expr, env: Env): Exclude<Val, Unknown> {
  const v = evalExpr(e, env);
  if (isUnknown(v)) throw new Stop(v);
  return v;
}

/** The decimal value of an amount, rate, threshold or cap. */
export function needDecimal(e: Expr, env: Env): Dec {
  const v = need(e, env);
  if (!isDecimal(v)) throw new EvaluationError(`expected a number in \`${e.src}\`, got \`${String(v)}\``, e.span);
  return v;
}

/** A decision of a condition inside the amount pipeline (uplift `when`): pending stops the item. */
export function decide(e: Expr, env: Env): Val {
  const v = evalExpr(e, env);
  if (isUnknown(v) && !v.absent) throw new Stop(v);
  return v;
}
