import type { Param, Policy } from "@subsidia/ir";
import { type InputDecl, type ParamDecl, type Span, term } from "@subsidia/syntax";
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

/**
 * The inputs and parameters an amendment adds (`new input`, `new param`): names the policy does
 * not declare (R094), each once (N003), a new parameter given a value (R099). They are compiled
 * with the policy, in its scope; the ones that pass are returned.
 */
export function addedDecls(
  ctx: Context,
  inputs: readonly InputDecl[],
  params: readonly ParamDecl[],
  policy: Policy,
): { inputs: InputDecl[]; params: ParamDecl[] } {
  const taken = new Set([...policy.inputs.map((i) => i.name), ...policy.params.map((p) => p.name)]);
  const seen = new Set<string>();
  const fresh = (name: string, span: Span, kind: "input" | "param"): boolean => {
    if (seen.has(name)) ctx.report("N003.declared", span, { name });
    else if (taken.has(name))
      ctx.report(kind === "input" ? "R094.input" : "R094.param", span, { policy: policy.id, name });
    const ok = !seen.has(name) && !taken.has(name);
    seen.add(name);
    return ok;
  };
  const okInputs = inputs.filter((i) => fresh(i.field.name.name, i.field.name.span, "input"));
  const okParams = params.filter((p) => {
    if (!fresh(p.name.name, p.name.span, "param")) return false;
    if (p.pending === undefined) return true;
    ctx.report("R099.pending", p.pending.span, { name: p.name.name, type: p.type.name });
    return false;
  });
  return { inputs: okInputs, params: okParams };
}
