import { assertNever, type InputField, type Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";
import { jsonNumber } from "./applicant.js";
import { addDays } from "./constants.js";
import { collectClause, collectDates, type Hints } from "./hints.js";
import { Prng } from "./prng.js";
import { slotKey, type SlotRef } from "./slots.js";

type Json = Record<string, unknown>;

interface Ctx {
  rng: Prng;
  hints: Hints;
  window: [string, string];
  /** the policy's clause ids: what the rows of an awards history name */
  clauses: string[];
}

/** Inside a row of an awards history: the applicant whose items it may name (`a7-1`, `a7-2`). */
interface AwardsRow {
  applicant: string;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** The breakpoints the policy's clauses set for a slot, as positive decimals. */
function points(ctx: Ctx, ref: SlotRef): Dec[] {
  const h = ctx.hints.get(slotKey(ref));
  return h
    ? [...h.primary]
        .filter((t) => /^\d+(\.\d+)?$/.test(t))
        .map((t) => new Dec(t))
        .filter((d) => d.gt(0))
    : [];
}

/**
 * An amount: two times in five near one of the policy's breakpoints (80% to 125% of it),
 * otherwise spread over the decades around them (four significant digits, sometimes cents).
 */
function amount(ctx: Ctx, ref: SlotRef): string {
  const { rng } = ctx;
  const pts = points(ctx, ref);
  if (pts.length > 0 && rng.chance(40))
    return rng
      .pick(pts)
      .times(80 + rng.below(46))
      .div(100)
      .toDecimalPlaces(0)
      .toFixed();
  const lo = pts.length > 0 ? Math.max(0, Math.min(...pts.map((p) => p.e)) - 1) : 5;
  const hi = pts.length > 0 ? Math.max(...pts.map((p) => p.e)) + 1 : 8;
  const decade = lo + rng.below(hi - lo + 1);
  const value = new Dec(1000 + rng.below(9000)).times(new Dec(10).pow(decade - 3));
  return (rng.chance(10) ? value.plus(new Dec(rng.below(100)).div(100)) : value.toDecimalPlaces(0)).toFixed();
}

function date(ctx: Ctx): string {
  const {
    rng,
    window: [from, to],
  } = ctx;
  if (rng.chance(95)) return addDays(from, rng.below(days(from, to) + 1));
  return rng.chance(50) ? addDays(from, -1 - rng.below(90)) : addDays(to, 1 + rng.below(90));
}

/** Keeps a sampled number inside its declared range (`integer from 1 to 3`): the applicants stay valid facts. */
function clamp(v: Dec, t: Extract<InputField["type"], { kind: "integer" | "number" }>): Dec {
  if (t.min !== undefined && v.lt(t.min)) return new Dec(t.min);
  if (t.max !== undefined && v.gt(t.max)) return new Dec(t.max);
  return v;
}

function scalar(field: InputField, ref: SlotRef, ctx: Ctx, id: string, row?: AwardsRow): unknown {
  const { rng } = ctx;
  const t = field.type;
  switch (t.kind) {
    case "money":
      return jsonNumber(amount(ctx, ref));
    case "number":
      return jsonNumber(clamp(new Dec(amount(ctx, ref)), t).toFixed());
    case "integer": {
      const ints = points(ctx, ref).filter((d) => d.isInteger());
      const n = ints.length > 0 && rng.chance(85) ? rng.pick(ints) : new Dec(1 + rng.below(5));
      return clamp(n, t).toNumber();
    }
    case "percent":
      return jsonNumber(new Dec(rng.below(10001)).div(10000).toFixed());
    case "boolean":
      return rng.chance(65);
    case "date":
      return date(ctx);
    case "enum":
      return rng.pick(t.values);
    case "string":
      // an earlier award names one of the policy's clauses and, sometimes, one of the applicant's items
      if (row && field.name === "clause" && ctx.clauses.length > 0) return rng.pick(ctx.clauses);
      if (row && field.name === "item") return `${row.applicant}-${1 + rng.below(2)}`;
      return field.name === "id" ? id : "x";
    case "record":
    case "list":
      return undefined;
    default:
      return assertNever(t, "input type");
  }
}

function record(
  fields: readonly InputField[],
  at: (f: InputField) => SlotRef,
  ctx: Ctx,
  id: string,
  row?: AwardsRow,
): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = value(f, at(f), ctx, id, row);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

function value(field: InputField, ref: SlotRef, ctx: Ctx, id: string, row?: AwardsRow): unknown {
  const { rng } = ctx;
  const t = field.type;
  if (t.kind === "list") {
    const r = rng.below(100);
    const n = r < 80 ? 0 : r < 93 ? 1 : r < 98 ? 2 : 3 + rng.below(3);
    if (n === 0) return undefined;
    const row = field.role === "awards" ? { applicant: id } : undefined;
    return Array.from({ length: n }, (_, i) =>
      record(t.fields, (f) => ({ scope: "item", list: field.name, path: [f.name] }), ctx, `${id}-${i + 1}`, row),
    );
  }
  if (field.optional && rng.chance(t.kind === "record" ? 30 : 15)) return undefined;
  if (t.kind === "record") return record(t.fields, (f) => ({ ...ref, path: [...ref.path, f.name] }), ctx, id);
  return scalar(field, ref, ctx, id, row);
}

/**
 * A generator of plausible applicants for a policy, from its declared inputs alone: most
 * lists empty (an applicant seeks a few measures, not all), amounts around the policy's own
 * thresholds, caps' knees and tier bounds, dates mostly inside the in-force window. The same
 * seed gives the same applicants.
 */
export function createSampler(policy: Policy, seed: string | number): () => Json {
  const hints: Hints = new Map();
  for (const a of policy.articles) for (const c of a.clauses) collectClause(hints, policy, c);
  collectDates(hints, policy);
  const from = policy.validity?.from ?? policy.issued ?? "2026-01-01";
  const ctx: Ctx = {
    rng: new Prng(seed),
    hints,
    window: [from, policy.validity?.to ?? addDays(from, 3 * 365)],
    clauses: policy.articles.flatMap((a) => a.clauses.map((c) => c.id)),
  };
  let n = 0;
  return () => {
    n++;
    return record(policy.inputs, (f) => ({ scope: "fact", path: [f.name] }), ctx, `a${n}`);
  };
}

/** `count` applicants from `createSampler`. */
export function* samplePopulation(policy: Policy, opts: { seed: string | number; count: number }): Generator<Json> {
  const next = createSampler(policy, opts.seed);
  for (let i = 0; i < opts.count; i++) yield next();
}
