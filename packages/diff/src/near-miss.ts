import type { Clause, Policy } from "@subsidia/ir";
import { Dec, formatYuan, type Nearest, type NotAwarded, type Result } from "@subsidia/runtime";
import { applyChanges } from "./fact-paths.js";
import { type Lever, leversOf } from "./near-candidates.js";
import { oneMoreItem } from "./near-item.js";
import { evaluateOn } from "./outcome.js";

export interface NearMissOptions {
  /**
   * facts the applicant cannot change, besides those never changed (the date input, history
   * and awards inputs, ids, free text): declaration paths such as `projects.highTech`
   */
  fixed?: readonly string[];
  /** most evaluations per clause not paid; default 120 */
  budget?: number;
  /** for a per-item clause whose list has no items: the least item that it would pay (`oneMoreItem`) */
  addItems?: boolean;
}

type Json = Record<string, unknown>;

interface Found {
  nearest: Nearest;
  cost: number;
}

function clauseOf(policy: Policy, id: string): Clause | undefined {
  for (const a of policy.articles) for (const c of a.clauses) if (c.id === id) return c;
  return undefined;
}

/** The index of an item in its list, by id or by position (`#2`). */
function indexOf(facts: Json, list: string, item: string | undefined): number | null {
  const items = facts[list];
  if (item === undefined || !Array.isArray(items)) return null;
  const byId = items.findIndex((x) => (x as Json | null)?.["id"] === item);
  if (byId >= 0) return byId;
  const m = /^#(\d+)$/.exec(item);
  return m && Number(m[1]) <= items.length ? Number(m[1]) - 1 : null;
}

/** What the clause pays this item with the changed facts (0 when nothing; null when the facts are refused). */
function paid(policy: Policy, facts: Json, entry: NotAwarded): Dec | null {
  const r = evaluateOn(policy, facts);
  if (!r) return null;
  return r.awards
    .filter((a) => a.clause === entry.clause && a.item === entry.item)
    .reduce((s, a) => s.plus(a.amount), new Dec(0));
}

class Search {
  tried = 0;
  constructor(
    private readonly policy: Policy,
    private readonly facts: Json,
    private readonly entry: NotAwarded,
    private readonly budget: number,
  ) {}

  get spent(): boolean {
    return this.tried >= this.budget;
  }

  /** Evaluates one change of one or two facts: the near miss when the clause then pays. */
  try(picks: { lever: Lever; to: unknown; cost: number }[]): Found | null {
    this.tried++;
    const changes = picks.map((p) => ({
      path: p.lever.path,
      from: p.lever.from,
      to: p.to as Nearest["changes"][0]["to"],
    }));
    const facts = applyChanges(this.facts, changes);
    const amount = facts ? paid(this.policy, facts, this.entry) : null;
    if (!amount?.gt(0)) return null;
    const cost = picks.reduce((s, p) => s + p.cost, 0);
    return { nearest: { changes, award: formatYuan(amount) }, cost };
  }
}

const better = (a: Found | null, b: Found | null): Found | null => (!a || (b && b.cost < a.cost) ? b : a);

/** The nearest value of each lever alone that makes the clause pay; the cheapest of them. */
function single(s: Search, levers: readonly Lever[]): Found | null {
  let best: Found | null = null;
  for (const lever of levers)
    for (const v of lever.values) {
      if (s.spent) return best;
      if (best && v.cost >= best.cost) break;
      const found = s.try([{ lever, to: v.to, cost: v.cost }]);
      if (found) {
        best = better(best, found);
        break;
      }
    }
  return best;
}

/** Two levers together, their nearest values first; the cheapest pair found within the budget. */
function pairs(s: Search, levers: readonly Lever[]): Found | null {
  let best: Found | null = null;
  for (let i = 0; i < levers.length; i++)
    for (let j = i + 1; j < levers.length; j++)
      for (const a of levers[i]!.values.slice(0, 3))
        for (const b of levers[j]!.values.slice(0, 3)) {
          if (s.spent) return best;
          if (best && a.cost + b.cost >= best.cost) continue;
          const picks = [
            { lever: levers[i]!, to: a.to, cost: a.cost },
            { lever: levers[j]!, to: b.to, cost: b.cost },
          ];
          best = better(best, s.try(picks));
        }
  return best;
}

/**
 * The smallest change to this applicant's own facts (one fact, else two) that makes a clause
 * not paid pay, tried at the clause's breakpoints and verified by evaluating the changed
 * facts; null when none is found within the budget.
 */
export function nearestFor(
  policy: Policy,
  facts: unknown,
  entry: NotAwarded,
  opts: NearMissOptions = {},
): Nearest | null {
  if (entry.kind === "reduced" || facts === null || typeof facts !== "object") return null;
  const clause = clauseOf(policy, entry.clause);
  if (!clause) return null;
  if (clause.forEach && entry.item === undefined)
    return opts.addItems ? oneMoreItem(policy, facts, clause.id, { budget: opts.budget, fixed: opts.fixed }) : null;
  const index = clause.forEach ? indexOf(facts as Json, clause.forEach.list, entry.item) : null;
  if (clause.forEach && index === null) return null;
  const levers = leversOf(policy, clause, facts as Json, index, new Set(opts.fixed ?? []));
  const s = new Search(policy, facts as Json, entry, opts.budget ?? 120);
  const one = single(s, levers);
  return (one ?? pairs(s, levers))?.nearest ?? null;
}

/** The result with `nearest` set on each entry of `notAwarded` for which a near miss is found. */
export function withNearMisses(policy: Policy, facts: unknown, result: Result, opts: NearMissOptions = {}): Result {
  if (!result.notAwarded) return result;
  const notAwarded = result.notAwarded.map((n) => {
    const nearest = nearestFor(policy, facts, n, opts);
    return nearest ? { ...n, nearest } : n;
  });
  return { ...result, notAwarded };
}
