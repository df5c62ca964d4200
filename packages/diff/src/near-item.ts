import type { Clause, InputField, Policy } from "@subsidia/ir";
import { Dec, evaluatePolicy, formatYuan, type Nearest, type NotAwarded, validateFacts } from "@subsidia/runtime";
import type { FactJson } from "./fact-paths.js";
import { type Lever, leversOf } from "./near-candidates.js";

type Json = Record<string, unknown>;

/** How a candidate item does: what the clause pays it, and how many reasons it is not paid. */
interface Score {
  paid: Dec;
  failing: number;
}

/** A value for a field of a new item that asks nothing of the applicant: zero, false, the first enum value. */
function minimal(fields: readonly InputField[], date: string, id: string): Json {
  const out: Json = {};
  for (const f of fields) {
    if (f.optional) continue;
    const t = f.type;
    if (f.name === "id") out[f.name] = id;
    else if (t.kind === "money" || t.kind === "number" || t.kind === "integer" || t.kind === "percent") out[f.name] = 0;
    else if (t.kind === "boolean") out[f.name] = false;
    else if (t.kind === "enum") out[f.name] = t.values[0];
    else if (t.kind === "date") out[f.name] = date;
    else if (t.kind === "string") out[f.name] = "x";
    else if (t.kind === "record") out[f.name] = minimal(t.fields, date, id);
    else if (t.kind === "list") out[f.name] = [];
  }
  return out;
}

/** Every scalar of an item as the changes that write it, from nothing (`projects[1].id`, …). */
function flatten(prefix: string, value: unknown): Nearest["changes"] {
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value as Json).flatMap(([k, v]) => flatten(`${prefix}.${k}`, v));
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? [{ path: prefix, from: null, to: value }]
    : [];
}

class ItemSearch {
  tried = 0;
  constructor(
    private readonly policy: Policy,
    private readonly clause: string,
    readonly id: string,
    readonly budget: number,
  ) {}

  /** The clause's pay and reasons for the new item, with these facts; null when they are refused. */
  score(facts: Json): Score | null {
    this.tried++;
    const valid = validateFacts(this.policy, facts);
    if (!valid.ok) return null;
    try {
      const r = evaluatePolicy(this.policy, valid.facts, { whyNot: true });
      const mine = (x: { clause: string; item?: string | undefined }) => x.clause === this.clause && x.item === this.id;
      const paid = r.awards.filter(mine).reduce((s, a) => s.plus(a.amount), new Dec(0));
      // each `when` line not met counts more than a reason of the amount (zero, or not computed)
      const unmet = (e: NotAwarded) => (e.conditions ?? []).filter((c) => c.text.includes("✗")).length;
      const failing = (r.notAwarded ?? []).filter(mine).reduce((n, e) => n + 1 + 2 * unmet(e), 0);
      return { paid, failing };
    } catch {
      return null;
    }
  }
}

const withItem = (facts: Json, list: string, index: number, item: Json): Json => {
  const items = Array.isArray(facts[list]) ? [...(facts[list] as unknown[])] : [];
  items[index] = item;
  return { ...facts, [list]: items };
};

const setIn = (item: Json, keys: readonly (string | number)[], to: FactJson): Json => {
  const copy = JSON.parse(JSON.stringify(item)) as Json;
  let here = copy;
  for (const k of keys.slice(0, -1)) here = (here[k as string] ??= {}) as Json;
  here[keys.at(-1) as string] = to;
  return copy;
};

/**
 * From a first item, the changes of its facts (the clause's breakpoints, as for a near miss)
 * that make it pay: one lever at a time, a value kept when it leaves fewer reasons not to pay.
 */
function qualify(
  s: ItemSearch,
  policy: Policy,
  clause: Clause,
  at: { facts: Json; list: string; index: number; fixed: ReadonlySet<string> },
  start: Json,
) {
  const { facts, list, index } = at;
  let item = start;
  let best = s.score(withItem(facts, list, index, item));
  let cost = 0;
  for (let pass = 0; pass < 2 && best && !best.paid.gt(0); pass++) {
    const levers: Lever[] = leversOf(policy, clause, withItem(facts, list, index, item), index, at.fixed);
    for (const lever of levers) {
      for (const v of lever.values) {
        if (s.tried >= s.budget || !best || best.paid.gt(0)) break;
        const next = setIn(item, lever.keys.slice(2), v.to);
        const got = s.score(withItem(facts, list, index, next));
        if (got && (got.paid.gt(0) || got.failing < best.failing)) {
          item = next;
          best = got;
          cost += v.cost;
          break;
        }
      }
    }
  }
  return best?.paid.gt(0) ? { item, paid: best.paid, cost } : null;
}

/**
 * "What would one more item bring": an item appended to the list a per-item clause pays for,
 * copied from an existing item (a fresh id) or, for an empty list, the least item, with the
 * changes that make the clause pay it (the clause's breakpoints), verified by evaluation. The
 * changes write every fact of the new item (`projects[1].…`, from nothing); `award` is what the
 * clause pays it. The cheapest found within `budget` evaluations (default 120), else null.
 */
export function oneMoreItem(
  policy: Policy,
  facts: unknown,
  clauseId: string,
  opts: { budget?: number; fixed?: readonly string[] } = {},
): Nearest | null {
  if (facts === null || typeof facts !== "object" || Array.isArray(facts)) return null;
  const clause = policy.articles.flatMap((a) => a.clauses).find((c) => c.id === clauseId);
  const list = clause?.forEach?.list;
  const decl = policy.inputs.find((f) => f.name === list);
  if (!clause || list === undefined || decl?.type.kind !== "list" || decl.role !== undefined) return null;
  const base = facts as Json;
  const items = (Array.isArray(base[list]) ? base[list] : []) as Json[];
  const ids = new Set(items.map((x) => String(x?.["id"])));
  let n = items.length + 1;
  while (ids.has(`new-${n}`)) n++;
  const s = new ItemSearch(policy, clauseId, `new-${n}`, opts.budget ?? 120);
  const date = policy.validity ? base[policy.validity.dateInput] : undefined;
  const least = minimal(decl.type.fields, typeof date === "string" ? date : "2000-01-01", s.id);
  const starts = [...items.filter((x) => x !== null && typeof x === "object").map((x) => ({ ...x, id: s.id })), least];
  let found: { item: Json; paid: Dec; cost: number } | null = null;
  for (const [i, start] of starts.entries()) {
    if (s.tried >= s.budget) break;
    const at = { facts: base, list, index: items.length, fixed: new Set(opts.fixed ?? []) };
    const got = qualify(s, policy, clause, at, start);
    // a copy of an existing item before the least item, at equal cost
    const cost = got ? got.cost + (i === starts.length - 1 ? 1 : 0) : Number.POSITIVE_INFINITY;
    if (got && (!found || cost < found.cost)) found = { ...got, cost };
    if (found?.cost === 0) break;
  }
  if (!found) return null;
  return { changes: flatten(`${list}[${items.length}]`, found.item), award: formatYuan(found.paid) };
}
