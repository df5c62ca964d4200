/**
 * fast-check arbitraries of facts shaped by a policy's declared inputs. Amounts are biased
 * towards the policy's own thresholds and caps (and the knees where rate × base meets a
 * cap), one cent either side; some facts are broken on purpose (wrong kinds, negative
 * amounts, nulls, missing fields) so that the facts reader is compared on errors too.
 */
import fc from "fast-check";
import type { Expr, InputField, Policy } from "@subsidia/ir";
import { Dec } from "../src/money.js";

function literals(policy: Policy): { money: Dec[]; rates: Dec[] } {
  const money: Dec[] = [];
  const rates: Dec[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== "object") return;
    const e = x as Expr;
    if (e.k === "lit" && typeof e.value === "string" && /^\d+(\.\d+)?$/.test(e.value))
      (e.type === "percent" ? rates : money).push(new Dec(e.value));
    Object.values(x).forEach(walk);
  };
  walk(policy.articles);
  walk(policy.params);
  return { money, rates };
}

/** Amounts where the outcome changes: each threshold and cap, and cap / rate, and a few cents either side. */
function boundaries(policy: Policy): string[] {
  const { money, rates } = literals(policy);
  const points = [...money];
  for (const m of money) for (const r of rates) if (r.gt(0)) points.push(m.div(r).toDecimalPlaces(2));
  const offsets = ["0", "0.01", "-0.01", "0.03", "-0.03", "0.1", "-0.1", "1", "-1"].map((o) => new Dec(o));
  return [
    ...new Set(
      points
        .flatMap((p) => offsets.map((o) => p.plus(o)))
        .filter((p) => p.gte(0))
        .map((p) => p.toFixed()),
    ),
  ];
}

const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => new Dec(c.toString()).div(100).toFixed());

function amount(points: string[]): fc.Arbitrary<string | number> {
  const text = fc.oneof(
    cents,
    fc.constantFrom(...(points.length > 0 ? points : ["0"])),
    fc.constantFrom("0", "1", "0.005", "99999999999999999999.99"),
  );
  // as a JSON number when a double holds it exactly, as the CLI reads facts
  return text.chain((t) => (String(Number(t)) === t ? fc.constantFrom<string | number>(t, Number(t)) : fc.constant(t)));
}

function dates(policy: Policy): fc.Arbitrary<string> {
  const shift = (d: string, days: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
  const v = policy.validity;
  const edges = v ? [v.from, v.to, shift(v.from, -1), shift(v.to, 1)] : ["2026-06-30"];
  const dated = policy.params.flatMap((p) => p.values.flatMap((x) => (x.from ? [x.from, shift(x.from, -1)] : [])));
  const random = fc
    .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  return fc.oneof(fc.constantFrom(...edges, ...dated), random);
}

/** A value that no declared type accepts in that place, or null / absence. */
const broken = fc.constantFrom<unknown>(null, undefined, -1, "-5", "abc", "2026-02-30", [], {}, true, "30%", 1.5);

interface Ctx {
  points: string[];
  dates: fc.Arbitrary<string>;
  clauses: string[];
}

function scalar(f: InputField, ctx: Ctx): fc.Arbitrary<unknown> {
  const t = f.type;
  switch (t.kind) {
    case "money":
    case "number":
      return amount(ctx.points);
    case "percent":
      return fc.constantFrom<unknown>("0.3", "30%", 0.05, "0", "1.5");
    case "integer":
      return fc.integer({ min: 0, max: 4 }).chain((n) => fc.constantFrom<unknown>(n, String(n)));
    case "boolean":
      return fc.oneof(fc.constant(true), fc.boolean()); // mostly true: more items qualify
    case "date":
      return ctx.dates;
    case "string":
      // the policy's clause ids too: an awards history's rows name them (`once`, caps over years)
      return fc.constantFrom("a", "b", "c-1", "", "同一", ...ctx.clauses);
    case "enum":
      return fc.constantFrom(...t.values);
    case "record":
      return record(t.fields, ctx);
    case "list":
      return fc.array(record(t.fields, ctx), { maxLength: 10 });
  }
}

function record(fields: readonly InputField[], ctx: Ctx): fc.Arbitrary<Record<string, unknown>> {
  const entries = fields.map((f) => {
    let value = scalar(f, ctx);
    if (f.optional || f.type.kind === "list") value = fc.option(value, { nil: undefined, freq: 3 });
    return fc.tuple(fc.constant(f.name), value);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)));
}

/** Replaces one value somewhere in the facts by a broken one. */
function breakOne(facts: Record<string, unknown>, pick: number, bad: unknown): unknown {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach((v, i) => (slots.push([x, i]), walk(v)));
    else if (x !== null && typeof x === "object")
      for (const [k, v] of Object.entries(x)) slots.push([x as Record<string, unknown>, k]), walk(v);
  };
  const copy = structuredClone(facts);
  walk(copy);
  if (slots.length === 0) return bad;
  const [holder, key] = slots[pick % slots.length]!;
  if (bad === undefined && !Array.isArray(holder)) delete holder[key as string];
  else (holder as Record<string | number, unknown>)[key] = bad;
  return copy;
}

/** Adds a key no input declares to one record of the facts (an own `__proto__` as `JSON.parse` makes it). */
function addKey(facts: Record<string, unknown>, pick: number, key: string): unknown {
  const records: Record<string, unknown>[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") {
      records.push(x as Record<string, unknown>);
      Object.values(x).forEach(walk);
    }
  };
  const copy = structuredClone(facts);
  walk(copy);
  const target = records[pick % records.length]!;
  Object.defineProperty(target, key, { value: 1, enumerable: true, writable: true, configurable: true });
  return copy;
}

const unknownKey = fc.constantFrom("extra", "id2", "__proto__", "constructor", "toString", "a.b", "");

/** Facts for a policy: mostly valid, one in eight broken somewhere, some with an unknown key, a few not even an object. */
export function factsFor(policy: Policy): fc.Arbitrary<unknown> {
  const clauses = policy.articles.flatMap((a) => a.clauses.map((c) => c.id));
  const ctx: Ctx = { points: boundaries(policy), dates: dates(policy), clauses };
  const valid = record(policy.inputs, ctx);
  return fc.oneof(
    { arbitrary: valid, weight: 14 },
    { arbitrary: fc.tuple(valid, fc.nat(), broken).map(([f, i, bad]) => breakOne(f, i, bad)), weight: 2 },
    { arbitrary: fc.tuple(valid, fc.nat(), unknownKey).map(([f, i, key]) => addKey(f, i, key)), weight: 1 },
    { arbitrary: fc.constantFrom<unknown>(null, [], "facts", 3), weight: 1 },
  );
}
