import type { InputField, Policy } from "@subsidia/ir";
import { integerReader, isRealDate, readScalar } from "./fact-scalars.js";
import type { NormalisedFacts } from "./facts.js";
import { parseMoney } from "./money.js";

/** A reader's verdict that the facts are not valid: the zod schema and the key check then say why, with paths. */
export const INVALID: unique symbol = Symbol("invalid facts");

type Read = (value: unknown, maxItems: number) => unknown;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * A record of `fields`, read in one pass over the keys it holds (`for…in`: no read of a field it
 * does not hold, which on facts of many shapes is a slow megamorphic load): invalid when it holds
 * a key besides them (unknown, or a declared one set to undefined). Keys are looked up where the
 * last one was found first (facts usually hold them in the declared order), then by name.
 */
function recordReader(fields: readonly InputField[]): Read {
  const n = fields.length;
  const names = fields.map((f) => f.name);
  const reads = fields.map(fieldReader);
  const index = new Map(names.map((name, i) => [name, i]));
  // the values held, by field, reused from one record to the next (a call made while it is in use makes its own)
  let spare: unknown[] | null = new Array<unknown>(n).fill(undefined);
  // a plain object (`Object.prototype`, as `{}`) made by a constructor of this record's own: in V8 it has
  // room for ten fields in the object itself, where `{}` has four and grows a separate store for the others
  function Plain(this: unknown) {}
  Plain.prototype = Object.prototype;
  const Out = Plain as unknown as new () => Record<string, unknown>;
  return (x, maxItems) => {
    if (!isRecord(x)) return INVALID;
    const given = spare ?? new Array<unknown>(n).fill(undefined);
    spare = null;
    let valid = true;
    let next = 0;
    for (const k in x) {
      const i = names[next] === k ? next : index.get(k);
      const v = x[k];
      if (i === undefined || v === undefined) {
        valid = false;
        break;
      }
      given[i] = v;
      next = i + 1;
    }
    let out: Record<string, unknown> | typeof INVALID = valid ? new Out() : INVALID;
    for (let i = 0; i < n; i++) {
      const v = given[i];
      given[i] = undefined;
      if (out === INVALID) continue;
      const read = reads[i]!(v, maxItems);
      if (read === INVALID) out = INVALID;
      else out[names[i]!] = read;
    }
    spare = given;
    return out;
  };
}

/** The rules of `facts-schema.ts` for one field: absent lists are empty, absent optional records null. */
function fieldReader(f: InputField): Read {
  const { type } = f;
  if (type.kind === "list") {
    const item = recordReader(type.fields);
    return (v, maxItems) => {
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v) || v.length > maxItems) return INVALID;
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) if ((out[i] = item(v[i], maxItems)) === INVALID) return INVALID;
      return out;
    };
  }
  if (type.kind === "record") {
    const record = recordReader(type.fields);
    return (v, maxItems) => (v === undefined || v === null ? (f.optional ? null : INVALID) : record(v, maxItems));
  }
  // one closure per field with its kind's test inline: the reader of a record calls it and nothing else
  const optional = f.optional === true;
  const other = (v: unknown) => ((v === undefined || v === null) && optional ? v : INVALID);
  switch (type.kind) {
    case "money":
      return (v) => (v === undefined || v === null ? other(v) : (parseMoney(v) ?? INVALID));
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : other(v));
    case "string":
      return (v) => (typeof v === "string" ? v : other(v));
    case "date":
      return (v) => (typeof v === "string" ? (isRealDate(v) ? v : INVALID) : other(v));
    case "enum": {
      const { values } = type;
      return (v) => (typeof v === "string" ? (values.includes(v) ? v : INVALID) : other(v));
    }
    case "integer": {
      const read = integerReader(type);
      return (v) => (v === undefined || v === null ? other(v) : (read(v) ?? INVALID));
    }
    default:
      return (v) => (v === undefined || v === null ? other(v) : (readScalar(type, v) ?? INVALID));
  }
}

/** Field names an object inherits (`constructor`, `__proto__`…): such policies are left to zod. */
function safeNames(fields: readonly InputField[]): boolean {
  return fields.every(
    (f) =>
      !(f.name in Object.prototype) &&
      (f.type.kind === "record" || f.type.kind === "list" ? safeNames(f.type.fields) : true),
  );
}

const readers = new WeakMap<Policy, Read>();

/**
 * A reader of plain JSON facts built from the policy's inputs once (closures, no generated
 * code): on facts that `validateFacts` accepts (no unknown key, no list over `maxItems`) it
 * returns the same normalised facts, faster; on anything else `INVALID`, and `validateFacts`
 * finds the errors. The compiled evaluator's generated reader (js-emit/emit-facts.ts)
 * follows the same rules.
 */
export function factsReader(policy: Policy): (facts: unknown, maxItems: number) => NormalisedFacts | typeof INVALID {
  let read = readers.get(policy);
  if (!read) {
    read = safeNames(policy.inputs) ? recordReader(policy.inputs) : () => INVALID;
    readers.set(policy, read);
  }
  return read as (facts: unknown, maxItems: number) => NormalisedFacts | typeof INVALID;
}
