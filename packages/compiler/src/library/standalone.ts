import type { PolicyFile } from "@subsidia/syntax";
import type { Context } from "../context.js";

/**
 * What `compile` says of a file that needs its library: a rule, an amendment or a vocabulary
 * (R013), a `uses` whose vocabulary was not read in (R011), and a `new article`, which only an amendment
 * writes (R097), and `remove`, `new input`, `new param`, which too only an amendment writes (R093). True when
 * the file is not a policy.
 */
export function standalone(ctx: Context, ast: PolicyFile): boolean {
  const h = ast.header;
  if (h?.library) {
    const params = { id: h.id.value, target: h.library.target?.value ?? "" };
    if (h.library.role === "rule") ctx.report("R013.rule", h.library.span, params);
    else if (h.library.role === "amendment") ctx.report("R013.amendment", h.library.span, params);
    else ctx.report("R013.vocabulary", h.library.span, { id: h.id.value });
    return true;
  }
  for (const item of ast.items)
    if (item.kind === "Article" && item.added !== undefined)
      ctx.report("R097.policy", item.added, { number: item.number.text });
    else if (item.kind === "Remove") ctx.report("R093.remove", item.span, {});
    else if (item.kind === "Input" && item.added !== undefined)
      ctx.report("R093.input", item.added, { name: item.field.name.name });
    else if (item.kind === "Param" && item.added !== undefined)
      ctx.report("R093.param", item.added, { name: item.name.name });
  for (const item of ast.items)
    if (item.kind === "Uses") ctx.report("R011.noneRead", item.vocabulary.span, { id: item.vocabulary.value });
  return false;
}
