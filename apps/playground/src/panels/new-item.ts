import type { InputField } from "@subsidia/ir";

/** A new list item: an `id` named after the list, `false` for yes/no facts, the first value of each enum. */
export function newItem(fields: InputField[], list: string, index: number): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.optional) continue;
    if (f.name === "id" && f.type.kind === "string") item["id"] = `${list}-${index + 1}`;
    else if (f.type.kind === "boolean") item[f.name] = false;
    else if (f.type.kind === "enum") item[f.name] = f.type.values[0];
  }
  return item;
}
