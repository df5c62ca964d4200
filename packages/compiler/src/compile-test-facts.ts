import type { InputField } from "@subsidia/ir";
import type { ObjectValue, Value } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { term, type Term } from "@subsidia/syntax";
import { unitName } from "./currency.js";
import { closest, didYouMean, ticks } from "./suggest.js";

/**
 * The facts of a test name inputs, and the fields of records and list items.
 * The runtime ignores a key it does not know, so a misspelt one
 * (`aplicationDate`) would silently test something else: it is an error
 * (S008), with the likely intended name.
 */
export function checkTestFacts(ctx: Context, facts: ObjectValue, inputs: readonly InputField[]): void {
  checkObject(ctx, facts, inputs, term("anInputOfPolicy"));
}

/** The fields by name, once per list of fields (the tests of a policy look each key up). */
const byName = new WeakMap<readonly InputField[], Map<string, InputField>>();

function fieldMap(fields: readonly InputField[]): Map<string, InputField> {
  let m = byName.get(fields);
  if (!m) {
    m = new Map();
    for (const f of fields) if (!m.has(f.name)) m.set(f.name, f);
    byName.set(fields, m);
  }
  return m;
}

function checkObject(ctx: Context, o: ObjectValue, fields: readonly InputField[], what: Term): void {
  const lookup = fieldMap(fields);
  for (const e of o.entries) {
    const key = e.key.kind === "Ident" ? e.key.name : e.key.value;
    const field = lookup.get(key);
    if (!field) {
      const names = fields.map((f) => f.name);
      const s = closest(key, names);
      ctx.report(
        "S008.fact",
        e.key.span,
        {
          name: key,
          what,
          names: names.length > 0 ? term("parenthesised", { items: ticks(names) }) : "",
          hint: didYouMean(s),
        },
        { expected: names, suggestion: s },
      );
      continue;
    }
    checkValue(ctx, e.value, field);
  }
}

function checkValue(ctx: Context, v: Value, field: InputField): void {
  const t = field.type;
  // an amount of another currency than the field's (`250万元` for a `money in USD`) would be read as the field's
  if (t.kind === "money" && v.kind === "Money" && v.currency !== t.currency) {
    ctx.report("T099.fact", v.span, {
      src: ctx.src(v.span),
      valueUnit: unitName(v.currency),
      name: field.name,
      unit: unitName(t.currency),
    });
  }
  if (t.kind === "record" && v.kind === "Object") checkObject(ctx, v, t.fields, term("fieldOf", { name: field.name }));
  if (t.kind === "list" && v.kind === "Array") {
    for (const item of v.items)
      if (item.kind === "Object") checkObject(ctx, item, t.fields, term("itemFieldOf", { name: field.name }));
  }
}
