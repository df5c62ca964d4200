import { assertNever, type InputField, type InputType, type Policy } from "@subsidia/ir";
import { integerReader, isRealDate, readScalar } from "./fact-scalars.js";
import type { NormalisedFacts } from "./facts.js";
import { parseMoney } from "./money.js";

/** A reader's verdict that the facts are not valid: the zod schema and the key check then say why, with paths. */
export const INVALID: unique symbol = Symbol("invalid facts");

type Read = (value: unknown, maxItems: number) => unknown;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** How a field is read: its kind as a small integer, so that one `switch` reads every field (no call per field). */
const MONEY = 0;
const BOOLEAN = 1;
const STRING = 2;
const DATE = 3;
const ENUM = 4;
const INTEGER = 5;
const SCALAR = 6;
const LIST = 7;
const RECORD = 8;

/** A record's fields, read by `readRecord`: one object of one shape for every record of every policy. */
interface Shape {
  n: number;
  names: readonly string[];
  kinds: readonly number[];
  optional: readonly boolean[];
  /** per field: an enum's values; the reader of an integer or other scalar; a list's item or a record's shape */
  extra: readonly unknown[];
  index: Map<string, number>;
  /** the values held, by field, reused from one record to the next (a call made while it is in use makes its own) */
  spare: unknown[] | null;
  /**
   * a plain object (`Object.prototype`, as `{}`) made by a constructor of this record's own: in V8 it has room for
   * ten fields in the object itself, where `{}` has four and grows a separate store for the others
   */
  Out: new () => Record<string, unknown>;
}

function shapeOf(fields: readonly InputField[]): Shape {
  function Plain(this: unknown) {}
  Plain.prototype = Object.prototype;
  const names = fields.map((f) => internalised(f.name));
  return {
    n: fields.length,
    names,
    kinds: fields.map((f) => kindOf(f.type)),
    optional: fields.map((f) => f.optional === true),
    extra: fields.map(extraOf),
    index: new Map(names.map((name, i) => [name, i])),
    spare: new Array<unknown>(fields.length).fill(undefined),
    Out: Plain as unknown as new () => Record<string, unknown>,
  };
}

/**
 * The same text as a property key, which V8 keeps once (internalised): a name cut from the policy's text by the
 * compiler is not, and comparing it with the facts' own keys, or storing under it, then goes by its characters
 * (the reader was about 6% faster on the flagship's IR as compiled).
 */
const internalised = (name: string): string => Object.keys({ [name]: null })[0]!;

function kindOf(type: InputType): number {
  switch (type.kind) {
    case "money":
      return MONEY;
    case "boolean":
      return BOOLEAN;
    case "string":
      return STRING;
    case "date":
      return DATE;
    case "enum":
      return ENUM;
    case "integer":
      return INTEGER;
    case "list":
      return LIST;
    case "record":
      return RECORD;
    case "percent":
    case "number":
      return SCALAR;
    default:
      return assertNever(type, "input type");
  }
}

function extraOf(f: InputField): unknown {
  const { type } = f;
  switch (type.kind) {
    case "list":
    case "record":
      return shapeOf(type.fields);
    case "enum":
      return type.values;
    case "integer":
      return integerReader(type);
    case "money":
    case "boolean":
    case "string":
    case "date":
      return null;
    case "percent":
    case "number":
      return (v: unknown) => readScalar(type, v);
    default:
      return assertNever(type, "input type");
  }
}

/**
 * A record of `shape`, read in one pass over the keys it holds (`for…in`: no read of a field it
 * does not hold, which on facts of many shapes is a slow megamorphic load): invalid when it holds
 * a key besides them (unknown, or a declared one set to undefined). Keys are looked up where the
 * last one was found first (facts usually hold them in the declared order), then by name.
 */
function readRecord(shape: Shape, x: unknown, maxItems: number): unknown {
  if (!isRecord(x)) return INVALID;
  const { n, names } = shape;
  const given = shape.spare ?? new Array<unknown>(n).fill(undefined);
  shape.spare = null;
  let valid = true;
  let next = 0;
  for (const k in x) {
    const i = names[next] === k ? next : shape.index.get(k);
    const v = x[k];
    if (i === undefined || v === undefined) {
      valid = false;
      break;
    }
    given[i] = v;
    next = i + 1;
  }
  let out: Record<string, unknown> | typeof INVALID = valid ? new shape.Out() : INVALID;
  for (let i = 0; i < n; i++) {
    const v = given[i];
    given[i] = undefined;
    if (out === INVALID) continue;
    const read = readField(shape, i, v, maxItems);
    if (read === INVALID) out = INVALID;
    else out[names[i]!] = read;
  }
  shape.spare = given;
  return out;
}

/**
 * The rules of `facts-schema.ts` for field `i` of a record: absent lists are empty, absent optional
 * records null, absent optional scalars as given (undefined or null). One function with every kind's
 * test inline: a call per field to a closure of its own was a call site of many targets, never inlined.
 */
function readField(shape: Shape, i: number, v: unknown, maxItems: number): unknown {
  const kind = shape.kinds[i]!;
  if (kind === LIST) {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.length > maxItems) return INVALID;
    const item = shape.extra[i] as Shape;
    const out = new Array<unknown>(v.length);
    for (let j = 0; j < v.length; j++) if ((out[j] = readRecord(item, v[j], maxItems)) === INVALID) return INVALID;
    return out;
  }
  if (v === undefined || v === null)
    return kind === RECORD ? (shape.optional[i] ? null : INVALID) : shape.optional[i] ? v : INVALID;
  switch (kind) {
    case MONEY:
      return parseMoney(v) ?? INVALID;
    case BOOLEAN:
      return typeof v === "boolean" ? v : INVALID;
    case STRING:
      return typeof v === "string" ? v : INVALID;
    case DATE:
      return typeof v === "string" && isRealDate(v) ? v : INVALID;
    case ENUM:
      return typeof v === "string" && (shape.extra[i] as readonly string[]).includes(v) ? v : INVALID;
    case RECORD:
      return readRecord(shape.extra[i] as Shape, v, maxItems);
    default:
      return (shape.extra[i] as (v: unknown) => unknown)(v) ?? INVALID;
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
    if (safeNames(policy.inputs)) {
      const shape = shapeOf(policy.inputs);
      read = (facts, maxItems) => readRecord(shape, facts, maxItems);
    } else read = () => INVALID;
    readers.set(policy, read);
  }
  return read as (facts: unknown, maxItems: number) => NormalisedFacts | typeof INVALID;
}
