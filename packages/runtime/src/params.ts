import type { Expr } from "@subsidia/ir";
import { paramValueOn } from "@subsidia/plan";
import type { Env } from "./env.js";
import { literal } from "./literals.js";
import { absentValue, EvaluationError, pendingValue, type Val } from "./values.js";

type ParamExpr = Extract<Expr, { k: "param" }>;

/**
 * A parameter's value on the evaluation date: pending parameters are unknown with their
 * reason; a parameter without a value on the date counts as not given.
 */
export function lookupParam(e: ParamExpr, env: Env): Val {
  const param = env.plan.params.get(e.name);
  if (!param) throw new EvaluationError(`unknown parameter \`${e.name}\``, e.span);
  if (param.pending !== null) return pendingValue(param.name, param.pending);
  const entry = paramValueOn(param, env.date);
  if (!entry) return absentValue(`${e.src} (no value on ${env.date ?? "an unknown date"})`);
  return literal(entry.value);
}
