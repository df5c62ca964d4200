import { walkExpr, type Expr } from "@subsidia/ir";
import type { ParamPlan } from "./types.js";

/** The pending parameters some expressions read, in the order first read, each once. */
export function pendingParams(exprs: readonly Expr[], params: ReadonlyMap<string, ParamPlan>): ParamPlan[] {
  const out = new Map<string, ParamPlan>();
  for (const e of exprs) {
    for (const node of walkExpr(e)) {
      if (node.k !== "param" || out.has(node.name)) continue;
      const p = params.get(node.name);
      if (p?.pending !== null && p !== undefined) out.set(node.name, p);
    }
  }
  return [...out.values()];
}

/** The value of a parameter that applies on `date`: the last whose `from` is on or before it. */
export function paramValueOn(param: ParamPlan, date: string | null): ParamPlan["values"][number] | undefined {
  let found: ParamPlan["values"][number] | undefined;
  for (const v of param.values) if (v.from === null || (date !== null && v.from <= date)) found = v;
  return found;
}
