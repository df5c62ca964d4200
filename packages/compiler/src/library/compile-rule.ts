import type { ImplementingRule, Param, Policy } from "@subsidia/ir";
import { type Diagnostic, hasErrors, type ParamDecl, type PolicyFile, term } from "@subsidia/syntax";
import { compileParam } from "../compile-inputs.js";
import { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { inputsOf, itemKeyword, libraryHeader } from "./library-header.js";

/**
 * Compiles `rule "id" implements "policy" { … }` against the policy it implements: it fills
 * pending parameters of that policy, and only those, each with the policy's type and a value
 * (dated values allowed); its `doc` string is the rule's cited text for the value.
 */
export function compileRule(
  ast: PolicyFile,
  text: string,
  file: string,
  policy: Policy,
): { rule?: ImplementingRule; diagnostics: Diagnostic[] } {
  const ctx = new Context(text, file);
  const inputs = inputsOf(policy);
  const head = libraryHeader(ctx, ast, inputs);
  const fills: Param[] = [];
  const seen = new Set<string>();
  for (const item of ast.items) {
    if (item.kind !== "Param" || item.added !== undefined) {
      ctx.report("R003.rule", item.span, { found: itemKeyword(item) });
      continue;
    }
    if (seen.has(item.name.name)) {
      ctx.report("N003.declared", item.name.span, { name: item.name.name });
      continue;
    }
    seen.add(item.name.name);
    if (fillable(ctx, item, policy)) fills.push(compileParam(ctx, item, inputs));
  }
  if (hasErrors(ctx.diagnostics) || head.validity === undefined) return { diagnostics: ctx.diagnostics };
  const { span: windowSpan, dateInput: _d, ...window } = head.validity;
  const rule: ImplementingRule = {
    kind: "rule",
    id: head.id,
    title: head.title,
    ...(head.issuer !== undefined ? { issuer: head.issuer } : {}),
    ...(head.issued !== undefined ? { issued: head.issued } : {}),
    ...(head.source !== undefined ? { source: head.source } : {}),
    file,
    implements: policy.id,
    validity: { ...window, span: windowSpan },
    fills,
    span: ctx.span(ast.span),
  };
  return { rule, diagnostics: ctx.diagnostics };
}

const SCALARS = ["money", "percent", "number", "integer", "boolean", "date", "string"];

/** A parameter a rule may fill: pending in the policy, of the same type, given a value here. */
function fillable(ctx: Context, item: ParamDecl, policy: Policy): boolean {
  const name = item.name.name;
  const target = policy.params.find((p) => p.name === name);
  const pending = policy.params.filter((p) => p.pending !== undefined).map((p) => p.name);
  if (target === undefined) {
    const s = closest(name, pending);
    const params = { policy: policy.id, name, expected: ticks(pending), hint: didYouMean(s) };
    ctx.report("R002.unknown", item.name.span, params, { expected: pending, suggestion: s });
    return false;
  }
  if (target.pending === undefined) {
    ctx.report("R002.notPending", item.name.span, { policy: policy.id, name });
    return false;
  }
  if (item.type.name !== target.type && SCALARS.includes(item.type.name)) {
    const params = { name, policy: policy.id, declared: term(target.type), type: term(item.type.name) };
    ctx.report("R004.type", item.type.span, params, { expected: [target.type] });
    return false;
  }
  if (item.pending !== undefined) {
    ctx.report("R002.stillPending", item.pending.span, { name, type: target.type });
    return false;
  }
  return true;
}
