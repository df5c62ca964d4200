import type { InputField, Policy } from "@subsidia/ir";
import type { Item, PolicyFile } from "@subsidia/syntax";
import { compileHeader } from "../compile-header.js";
import type { Context } from "../context.js";

/** The header of a rule or an amendment: a policy's header without `stacking` and `rounding`, with a window. */
export function libraryHeader(ctx: Context, ast: PolicyFile, inputs: ReadonlyMap<string, InputField>) {
  const head = compileHeader(ctx, ast, inputs);
  for (const e of ast.header?.entries ?? [])
    if (e.kind === "Stacking" || e.kind === "Rounding")
      ctx.report("R003.header", e.span, { keyword: e.kind === "Stacking" ? "stacking" : "rounding" });
  if (head.validity === undefined && ast.header)
    ctx.report("R014.validity", ast.header.id.span, { id: ast.header.id.value }, { expected: ["valid"] });
  const { stacking: _s, rounding: _r, ...rest } = head;
  return rest;
}

/** The keyword an item starts with, for a message that says it is not allowed here. */
export function itemKeyword(item: Item): string {
  const added = "added" in item && item.added !== undefined ? "new " : "";
  return (
    added +
    { Input: "input", Param: "param", Article: "article", Test: "test", Uses: "uses", Remove: "remove" }[item.kind]
  );
}

/** Inputs of a compiled policy by name, for the scope of a rule or amendment compiled against it. */
export function inputsOf(policy: Policy): Map<string, InputField> {
  return new Map(policy.inputs.map((f) => [f.name, f]));
}
