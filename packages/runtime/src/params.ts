import type { Expr, Param } from "@subsidia/ir";
import type { Env } from "./env.js";
import { EvaluationError, type Val } from "./values.js";

type ParamExpr = Extract<Expr, { k: "param" }>;

/** The entry of `param.values` that applies on `date`: the last whose `from` is on or before it. */
export function valueOnDate(param: Param, date: string | null): Param["values"][number] | undefined {
  let found: Param["values"][number] | undefined;
  for (const v of param.values) {
    if (v.from === undefined || (date !== null && v.from <= date)) found = v;
  }
  return found;
}

const evaluating = new Set<Param>();

/**
 * A parameter's value: pending parameters are unknown with their reason; a parameter
 * without a value on the date counts as not given.
 */
export function lookupParam(e: ParamExpr, env: Env, evalExpr: (e: Expr, env: Env) => Val): Val {
  const param = env.params.get(e.name);
  if (!param) throw new EvaluationError(`unknown parameter \`${e.name}\``, e.span);
  if (param.pending !== undefined) return { unknown: "pending", param: param.name, reason: param.pending };
  const entry = valueOnDate(param, env.date);
  if (!entry) return { unknown: "absent", ref: `${e.src} (no value on ${env.date ?? "an unknown date"})` };
  if (evaluating.has(param)) throw new EvaluationError(`parameter \`${param.name}\` is defined by itself`, param.span);
  evaluating.add(param);
  try {
    return evalExpr(entry.value, { ...env, item: null });
  } finally {
    evaluating.delete(param);
  }
}
