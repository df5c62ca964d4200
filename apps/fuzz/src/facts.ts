import fc from "fast-check";
import type { InputField, InputType, Policy } from "@subsidia/ir";

/**
 * Facts for a policy, shaped by its declared inputs: amounts on and one cent around the
 * policy's own literals and the knees where a rate meets a cap, dates at the edges of its
 * validity, and now and then something else in any place (junk of every JSON kind, numbers
 * written as strings and back, a misspelt key, a nested structure where a scalar belongs).
 * The junk is kept shallow and small: deep or huge facts are their own corpus entries.
 */
export function factsFor(policy: Policy): fc.Arbitrary<Record<string, unknown>> {
  const edges = edgesOf(policy);
  return record(policy.inputs, edges, policy.validity ? [policy.validity.from, policy.validity.to] : []);
}

function record(
  fields: readonly InputField[],
  edges: string[],
  dates: string[],
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) model[f.name] = orJunk(value(f.type, edges, dates));
  const required = fields.filter((f) => !f.optional).map((f) => f.name);
  return fc
    .tuple(fc.record(model, { requiredKeys: required }), fc.option(misspelt(fields), { freq: 10 }))
    .map(([r, extra]) => (extra === null ? r : { ...r, [extra[0]]: extra[1] }));
}

function value(type: InputType, edges: string[], dates: string[]): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case "money":
      return amount(edges);
    case "percent":
      return fc.oneof(
        fc.constantFrom("0.3", "30%", "0", "1", "150%", "-0.1"),
        fc.double({ min: 0, max: 1, noNaN: true }),
      );
    case "number":
    case "integer":
      return fc.oneof(
        fc.constantFrom(
          "2",
          "2.5",
          2.5,
          ...[type.min, type.max].filter((x): x is string => x !== undefined).flatMap(around),
        ),
        fc.integer({ min: -2, max: 1000 }),
      );
    case "boolean":
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom("true", 1, 0) });
    case "date":
      return fc.oneof(
        fc.constantFrom(...dates.flatMap((d) => [d, shiftDay(d, -1), shiftDay(d, 1)]), "2026-06-30"),
        fc.constantFrom("2026-02-30", "2026-2-3", "20260630", "2026-06-30T00:00:00Z"),
      );
    case "string":
      return fc.oneof(fc.constantFrom("a", "b", "项目-1"), fc.string({ maxLength: 8 }));
    case "enum":
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...type.values) },
        { weight: 1, arbitrary: fc.constantFrom("", "other?") },
      );
    case "record":
      return record(type.fields, edges, dates);
    case "list":
      return fc.array(record(type.fields, edges, dates), { maxLength: 4 });
  }
}

/** Each literal of the policy (yuan, fractions) and each cap ÷ rate: where outcomes change. */
function edgesOf(policy: Policy): string[] {
  const money: number[] = [];
  const rates: number[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== "object") return;
    const node = x as { k?: string; type?: string; value?: unknown };
    if (node.k === "lit" && typeof node.value === "string" && /^\d+(\.\d+)?$/.test(node.value))
      (node.type === "percent" ? rates : money).push(Number(node.value));
    Object.values(x).forEach(walk);
  };
  walk(policy.articles);
  walk(policy.params);
  const knees = money.flatMap((m) => rates.filter((r) => r > 0).map((r) => Math.round((m / r) * 100) / 100));
  return [...new Set([...money, ...knees].map((n) => n.toFixed(2)))].flatMap(around);
}

/** `x`, and one cent below and above it (never below zero), as decimal text. */
function around(x: string): string[] {
  const cents = Math.round(Number(x) * 100);
  return [cents - 1, cents, cents + 1].filter((c) => c >= 0).map((c) => (c / 100).toFixed(2));
}

function amount(edges: string[]): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(edges.length > 0 ? edges : ["0.00"])) },
    { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => (Number(c) / 100).toFixed(2)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("0", "0.005", "1e3", "-0", "-1", " 1", "1,000", "12345678901234567890.12"),
    },
  );
  // a JSON number where a double prints it back the same
  return text.chain((t) => (String(Number(t)) === t ? fc.constantFrom<unknown>(t, Number(t)) : fc.constant(t)));
}

const JUNK: unknown[] = [null, -1, -0, 0.1, "", "abc", true, [], {}, [1, 2], { a: { b: [] } }, 1e21, "NaN", Infinity];

function orJunk(good: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...JUNK) });
}

/** A key that is not declared: a declared name with one letter changed or doubled, or a plural. */
function misspelt(fields: readonly InputField[]): fc.Arbitrary<[string, unknown]> {
  const names = fields.map((f) => f.name);
  return fc.tuple(
    fc.constantFrom(...(names.length > 0 ? names : ["x"])).map((n) => `${n}s`),
    fc.constantFrom<unknown>([], "x", 1),
  );
}

function shiftDay(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? date : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
