import { assertNever, type InputField, type InputType, type Policy } from "@subsidia/ir";
import type { Json } from "./literal.js";

type Schema = { [key: string]: Json };

/**
 * The patterns mirror what `@subsidia/runtime` accepts: JSON's number syntax (exponents
 * included) with surrounding white space, money never negative (minus zero is zero), a
 * percent string may end in `%`, at most 20 digits before the point and 20 after (18 in a
 * percent written with `%`). Written with an exponent, the precision is left to the runtime.
 */
const EXP = "\\d+(\\.\\d+)?[eE][+-]?\\d+";
const PLAIN = "\\d{1,20}(\\.\\d{1,20}0*)?";
const DECIMAL = `^\\s*-?(${PLAIN}|${EXP})\\s*$`;
const MONEY = `^\\s*(-?0+(\\.0+)?|${PLAIN}|${EXP})\\s*$`;
const PERCENT = `^\\s*-?(${PLAIN}|${EXP}|(\\d{1,22}(\\.\\d{1,18}0*)?|${EXP})\\s*%)\\s*$`;
const INTEGER = `^\\s*-?(\\d{1,20}(\\.0+)?|${EXP})\\s*$`;
/** JSON numbers of more than 20 digits before the point are beyond the precision of facts. */
const LIMIT = 1e20;

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
          { type: "number", minimum: 0, exclusiveMaximum: LIMIT },
          { type: "string", pattern: MONEY },
        ],
      };
    case "percent":
      return {
        anyOf: [
          { type: "number", exclusiveMinimum: -LIMIT, exclusiveMaximum: LIMIT },
          { type: "string", pattern: PERCENT },
        ],
      };
    case "number":
      return {
        anyOf: [
          { type: "number", exclusiveMinimum: -LIMIT, exclusiveMaximum: LIMIT, ...bounds(type) },
          { type: "string", pattern: DECIMAL },
        ],
      };
    case "integer":
      return {
        anyOf: [
          { type: "integer", exclusiveMinimum: -LIMIT, exclusiveMaximum: LIMIT, ...bounds(type) },
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
  return {
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
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
 * day unless the validator checks `format: "date"`, nor the precision of amounts written
 * with an exponent or with more than 20 decimal places in a JSON number. Unknown facts are
 * refused, as the runtime refuses them.
 */
export function factsJsonSchema(ir: Policy): Schema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `facts of ${ir.id}`,
    description: ir.title,
    ...objectSchema(ir.inputs),
  };
}
