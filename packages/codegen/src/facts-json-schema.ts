import { assertNever, type InputField, type InputType, type Policy } from "@subsidia/ir";
import type { Json } from "./literal.js";

type Schema = { [key: string]: Json };

/**
 * The patterns mirror what `@subsidia/runtime` accepts: decimal strings may carry
 * surrounding white space, money is never negative, a percent string may end in `%`.
 */
const DECIMAL = "^\\s*-?\\d+(\\.\\d+)?\\s*$";
const MONEY = "^\\s*\\d+(\\.\\d+)?\\s*$";
const PERCENT = "^\\s*-?\\d+(\\.\\d+)?(\\s*%)?\\s*$";
const INTEGER = "^\\s*-?\\d+\\s*$";
const SAFE = 9007199254740991;

/** The declared range of a number (`integer from 1 to 3`) for its JSON-number form; strings are checked by the runtime. */
function bounds(type: Extract<InputType, { kind: "integer" | "number" }>): Schema {
  return {
    ...(type.min !== undefined ? { minimum: Number(type.min) } : {}),
    ...(type.max !== undefined ? { maximum: Number(type.max) } : {}),
  };
}

function scalarSchema(type: InputType): Schema {
  switch (type.kind) {
    case "money":
      return {
        anyOf: [
          { type: "number", minimum: 0 },
          { type: "string", pattern: MONEY },
        ],
      };
    case "percent":
      return { anyOf: [{ type: "number" }, { type: "string", pattern: PERCENT }] };
    case "number":
      return {
        anyOf: [
          { type: "number", ...bounds(type) },
          { type: "string", pattern: DECIMAL },
        ],
      };
    case "integer":
      return {
        anyOf: [
          { type: "integer", minimum: -SAFE, maximum: SAFE, ...bounds(type) },
          { type: "string", pattern: INTEGER },
        ],
      };
    case "boolean":
      return { type: "boolean" };
    case "date":
      return { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
    case "string":
      return { type: "string" };
    case "enum":
      return { type: "string", enum: [...type.values] };
    case "record":
    case "list":
      return objectSchema(type.fields);
    default:
      return assertNever(type, "input type");
  }
}

function objectSchema(fields: readonly InputField[]): Schema {
  // no prototype: a field called `__proto__` must become a property, not the prototype
  const properties: Schema = Object.create(null) as Schema;
  for (const f of fields) properties[f.name] = fieldSchema(f);
  const required = fields.filter((f) => !f.optional && f.type.kind !== "list").map((f) => f.name);
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

function fieldSchema(f: InputField): Schema {
  const doc: Schema = f.doc !== undefined ? { description: f.doc } : {};
  if (f.type.kind === "list")
    return { ...doc, anyOf: [{ type: "array", items: objectSchema(f.type.fields) }, { type: "null" }] };
  const schema = scalarSchema(f.type);
  if (!f.optional) return { ...doc, ...schema };
  const alternatives = Object.keys(schema).length === 1 && Array.isArray(schema["anyOf"]) ? schema["anyOf"] : [schema];
  return { ...doc, anyOf: [...alternatives, { type: "null" }] };
}

/**
 * The JSON Schema (draft 2020-12) of a policy's facts. It accepts what the runtime's
 * facts validation accepts, except that it cannot check that a date is a real calendar
 * day unless the validator checks `format: "date"`. Unknown facts are allowed, as the
 * runtime ignores them.
 */
export function factsJsonSchema(ir: Policy): Schema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `facts of ${ir.id}`,
    description: ir.title,
    ...objectSchema(ir.inputs),
  };
}
