import { str } from "./escape.js";
import { isPlainIdentifier } from "./identifiers.js";

/** A JSON value, as the IR and JSON Schemas are. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const WIDTH = 110;

/**
 * An object key. `__proto__` is written as a computed key: in an object literal a plain
 * `__proto__: …` would set the prototype instead of creating a property.
 */
function key(name: string): string {
  if (name === "__proto__") return `[${str(name)}]`;
  return isPlainIdentifier(name) ? name : str(name);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === "string") return str(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot emit the number \`${value}\`: expected a finite number`);
    return Object.is(value, -0) ? "0" : String(value);
  }
  return String(value);
}

function isArray(value: Json): value is readonly Json[] {
  return Array.isArray(value);
}

function flat(value: Json): string {
  if (value === null || typeof value !== "object") return scalar(value);
  if (isArray(value)) return `[${value.map(flat).join(", ")}]`;
  const entries = Object.entries(value);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${key(k)}: ${flat(v)}`).join(", ")} }`;
}

/**
 * A JavaScript expression that evaluates to a deep copy of `value`: every string through
 * `str`, every key through `key`. Short objects and arrays stay on one line.
 */
export function literal(value: Json, indent = ""): string {
  if (value === null || typeof value !== "object") return scalar(value);
  const one = flat(value);
  if (indent.length + one.length <= WIDTH) return one;
  const inner = `${indent}  `;
  if (isArray(value)) return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join("\n")}\n${indent}]`;
  const entries = Object.entries(value);
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`).join("\n")}\n${indent}}`;
}
