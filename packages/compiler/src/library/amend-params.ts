import type { Param, Policy } from "@subsidia/ir";
import { type ParamDecl, term } from "@subsidia/syntax";
import { compileParam } from "../compile-inputs.js";
import type { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { inputsOf } from "./library-header.js";

const SCALARS = ["money", "percent", "number", "integer", "boolean", "date", "string"];

/**
 * The new values an amendment gives parameters of the policy (`param rate: percent = 25% "…"`):
 * each a parameter the policy declares (R099), with its type (R004), given a value (R099), once
 * (N003); the string after the value is the amendment's cited text for it.
 */
export function amendedParams(ctx: Context, items: readonly ParamDecl[], policy: Policy): Param[] {
  const inputs = inputsOf(policy);
  const seen = new Set<string>();
  const out: Param[] = [];
  for (const item of items) {
    const name = item.name.name;
    if (seen.has(name)) {
      ctx.report("N003.declared", item.name.span, { name });
      continue;
    }
    seen.add(name);
    const target = policy.params.find((p) => p.name === name);
    if (target === undefined) {
      const names = policy.params.map((p) => p.name);
      const s = closest(name, names);
      const params = { policy: policy.id, name, expected: ticks(names), hint: didYouMean(s) };
      ctx.report("R099.param", item.name.span, params, { expected: names, suggestion: s });
      continue;
    }
    if (item.type.name !== target.type && SCALARS.includes(item.type.name)) {
      const params = { name, policy: policy.id, declared: term(target.type), type: term(item.type.name) };
      ctx.report("R004.amendment", item.type.span, params, { expected: [target.type] });
      continue;
    }
    if (item.pending !== undefined) {
      ctx.report("R099.pending", item.pending.span, { name, type: target.type });
      continue;
    }
    out.push(compileParam(ctx, item, inputs));
  }
  return out;
}
