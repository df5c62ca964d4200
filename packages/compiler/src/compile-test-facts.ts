import type { InputField } from "@subsidia/ir";
import type { ObjectValue, Value } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { closest, didYouMean, listOf } from "./suggest.js";

/**
 * The facts of a test name inputs, and the fields of records and list items.
 * The runtime ignores a key it does not know, so a misspelt one
 * (`aplicationDate`) would silently test something else: it is an error
 * (S008), with the likely intended name.
 */
export function checkTestFacts(ctx: Context, facts: ObjectValue, inputs: readonly InputField[]): void {
  checkObject(ctx, facts, inputs, "an input of this policy");
}

function checkObject(ctx: Context, o: ObjectValue, fields: readonly InputField[], what: string): void {
  const names = fields.map((f) => f.name);
  for (const e of o.entries) {
    const key = e.key.kind === "Ident" ? e.key.name : e.key.value;
    const field = fields.find((f) => f.name === key);
    if (!field) {
      const s = closest(key, names);
      ctx.report(
        "S008",
        e.key.span,
        `unknown fact \`${key}\` in the test's facts; expected ${what}${names.length > 0 ? ` (${listOf(names)})` : ""}${didYouMean(s)}`,
        {
          expected: names,
          ...(s ? { suggestion: s } : {}),
        },
      );
      continue;
    }
    checkValue(ctx, e.value, field);
  }
}

function checkValue(ctx: Context, v: Value, field: InputField): void {
  const t = field.type;
  if (t.kind === "record" && v.kind === "Object") checkObject(ctx, v, t.fields, `a field of \`${field.name}\``);
  if (t.kind === "list" && v.kind === "Array") {
    for (const item of v.items)
      if (item.kind === "Object") checkObject(ctx, item, t.fields, `a field of the items of \`${field.name}\``);
  }
}
