import { assertNever, type InputField, type Policy, type ScalarKind } from "@subsidia/ir";
import { addDays } from "./constants.js";
import { type AwardedRef, enumValues, type SlotPlan, type Value } from "./plan.js";

type Json = Record<string, unknown>;

/** A decimal as JSON: a number when a double holds that exact decimal text, else the text. */
export function jsonNumber(text: string): number | string {
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

function scalarJson(kind: ScalarKind, v: Exclude<Value, null>): unknown {
  return typeof v === "string" && (kind === "money" || kind === "number" || kind === "integer" || kind === "percent")
    ? jsonNumber(v)
    : v;
}

/** Declarations of the same names in both versions, the new one first. */
function union(a: readonly InputField[], b: readonly InputField[]): InputField[][] {
  const names = [...new Set([...b.map((f) => f.name), ...a.map((f) => f.name)])];
  return names.map((n) =>
    [b.find((f) => f.name === n), a.find((f) => f.name === n)].filter((f): f is InputField => f !== undefined),
  );
}

const inner = (f: InputField | undefined): InputField[] =>
  f && (f.type.kind === "record" || f.type.kind === "list") ? f.type.fields : [];

/**
 * A value for a required fact nothing reads, acceptable to both versions: zero, false, the
 * first common enum value, the default date, a record of such values; lists stay out.
 */
function filler(decls: InputField[], date: string, id: string): unknown {
  const f = decls[0]!;
  switch (f.type.kind) {
    case "money":
    case "number":
    case "integer":
    case "percent":
      return 0;
    case "boolean":
      return false;
    case "date":
      return date;
    case "string":
      return f.name === "id" ? id : "x";
    case "enum":
      return enumValues(decls)[0];
    case "record":
      return fill({}, union(inner(decls[1]), inner(decls[0])), date, id);
    case "list":
      return undefined;
    default:
      return assertNever(f.type, "input type");
  }
}

function fill(target: Json, fields: InputField[][], date: string, id: string): Json {
  for (const decls of fields) {
    const name = decls[0]!.name;
    if (target[name] !== undefined || decls.every((d) => d.optional)) continue;
    const v = filler(decls, date, id);
    if (v !== undefined) target[name] = v;
  }
  return target;
}

function set(target: Json, path: readonly string[], value: unknown): void {
  let here = target;
  for (const name of path.slice(0, -1)) here = (here[name] ??= {}) as Json;
  here[path.at(-1)!] = value;
}

/**
 * The facts of a candidate applicant: the slots' values, `count` items of the list the
 * clause pays for (ids `w1`, `w2`…), and filler values for every other required fact, so
 * that the facts are valid for both versions and read by nothing else.
 */
export interface Candidate {
  slots: readonly SlotPlan[];
  values: readonly Value[];
  /** lists that get `count` items even when no slot reads their fields */
  lists: readonly string[];
  count: number;
  date: string;
}

/** An object's keys in the order of its declarations (ids first), recursively. */
function ordered(obj: Json, fields: InputField[][]): Json {
  const out: Json = {};
  const names = fields.map((d) => d[0]!.name).sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : 0));
  for (const name of names) {
    const v = obj[name];
    if (v === undefined) continue;
    const decls = fields.find((d) => d[0]!.name === name)!;
    const sub = union(inner(decls[1]), inner(decls[0]));
    out[name] = Array.isArray(v)
      ? v.map((x) => ordered(x as Json, sub))
      : v !== null && typeof v === "object"
        ? ordered(v as Json, sub)
        : v;
  }
  return out;
}

export function buildFacts(before: Policy, after: Policy, c: Candidate): Json {
  const { slots, values, count, date } = c;
  const facts: Json = {};
  const items = new Map<string, Json>();
  const history: [AwardedRef, Exclude<Value, null>][] = [];
  slots.forEach((s, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    if (s.ref.scope === "awarded") history.push([s.ref, v]);
    else if (s.ref.scope === "fact") set(facts, s.ref.path, scalarJson(s.kind, v));
    else {
      const item = items.get(s.ref.list) ?? {};
      items.set(s.ref.list, item);
      set(item, s.ref.path, scalarJson(s.kind, v));
    }
  });
  for (const decls of union(before.inputs, after.inputs)) {
    const { name, type } = decls[0]!;
    const optional = decls.every((d) => d.optional);
    const fields = union(inner(decls[1]), inner(decls[0]));
    if (type.kind === "list") {
      const item = items.get(name) ?? (c.lists.includes(name) ? {} : undefined);
      if (!item) continue;
      const hasId = fields.some((d) => d[0]!.name === "id");
      facts[name] = Array.from({ length: count }, (_, i) =>
        fill(
          { ...(JSON.parse(JSON.stringify(item)) as Json), ...(hasId ? { id: `w${i + 1}` } : {}) },
          fields,
          date,
          `w${i + 1}`,
        ),
      );
    } else if (type.kind === "record") {
      if (facts[name] !== undefined || !optional) facts[name] = fill((facts[name] ?? {}) as Json, fields, date, "w1");
    } else if (facts[name] === undefined && !optional) facts[name] = filler(decls, date, "w1");
  }
  for (const [ref, amount] of history) {
    const list = (facts[ref.input] ??= []) as Json[];
    list.push(awarded(ref, amount, before, after, facts, date));
  }
  return ordered(facts, union(before.inputs, after.inputs));
}

/** One record of the awards history, dated the day before the application date the facts give (else the default). */
function awarded(
  ref: AwardedRef,
  amount: Exclude<Value, null>,
  before: Policy,
  after: Policy,
  facts: Json,
  date: string,
) {
  const input = after.validity?.dateInput ?? before.validity?.dateInput;
  const day = input !== undefined && typeof facts[input] === "string" ? (facts[input] as string) : date;
  return {
    clause: ref.clause,
    ...(ref.item ? { item: "w1" } : {}),
    date: addDays(day, -1),
    amount: scalarJson("money", amount),
  };
}
