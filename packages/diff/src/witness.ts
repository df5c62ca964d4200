import type { Article, Cap, Clause, Policy } from "@subsidia/ir";
import type { Dec } from "@subsidia/runtime";
import { constValues } from "./constants.js";
import type { Target } from "./draft.js";
import type { Select } from "./outcome.js";
import { defaultDate, makeProbe, type ProbeSpec } from "./probe.js";
import { Searcher } from "./searcher.js";
import { clauseExprs } from "./slots.js";
import type { Witness } from "./types.js";

export interface WitnessOptions {
  /** most candidate applicants evaluated per change (each on both versions); default 3000 */
  budget?: number;
}

const ALL: Select = () => true;
const byClause = (c: Clause | undefined): Select => (c ? (x) => x.clause === c.id : () => false);
const byArticle = (a: Article | undefined): Select => (a ? (x) => x.article === a.number : () => false);

function capValues(policy: Policy, cap: Cap | undefined): Dec[] {
  return cap ? (constValues(cap.amount, policy) ?? []) : [];
}

/** Monetary clauses, those paying exact amounts first: the likeliest to show a difference. */
function paying(policy: Policy): Clause[] {
  const all = policy.articles.flatMap((a) => a.clauses).filter((c) => c.award);
  return [...all.filter((c) => c.basis === "exact"), ...all.filter((c) => c.basis !== "exact")];
}

function clauseById(policy: Policy, id: string): Clause | undefined {
  for (const a of policy.articles) for (const c of a.clauses) if (c.id === id) return c;
  return undefined;
}

function readsParam(c: Clause, name: string | undefined): boolean {
  const reads = (e: unknown): boolean => {
    if (!e || typeof e !== "object") return false;
    const x = e as { k?: string; name?: string };
    if (x.k === "param" && x.name === name) return true;
    return Object.values(e).some((v) => (Array.isArray(v) ? v.some(reads) : typeof v === "object" && reads(v)));
  };
  return name !== undefined && clauseExprs(c).some(reads);
}

/** Searches clause after clause (each within a share of the budget) until one shows a difference. */
function overClauses(s: Searcher, before: Policy, after: Policy, date: string, specs: ProbeSpec[]): Witness | null {
  const share = Math.max(50, Math.floor(s.remaining / Math.max(1, specs.length)));
  for (const spec of specs) {
    const w = s.search(makeProbe(before, after, spec, date), share);
    if (w || s.exhausted) return w;
  }
  return null;
}

/**
 * An applicant whose award differs between the versions where the change acts, found among
 * candidates built from both versions' breakpoints; null when none turned up within the budget.
 */
export function findWitness(
  before: Policy,
  after: Policy,
  target: Target,
  opts: WitnessOptions = {},
): { witness: Witness | null; tried: number } {
  const date = defaultDate(before, after);
  const s = new Searcher(before, after, date, opts.budget ?? 3000);
  const witness = search(s, before, after, date, target);
  return { witness, tried: s.tried };
}

function search(s: Searcher, before: Policy, after: Policy, date: string, target: Target): Witness | null {
  switch (target.kind) {
    case "none":
      return null;
    case "clause": {
      const [b, a] = [target.pair.before?.clause, target.pair.after?.clause];
      const spec: ProbeSpec = {
        before: b,
        after: a,
        focus: target.exprs,
        date: "no",
        selectBefore: byClause(b),
        selectAfter: byClause(a),
      };
      const w = s.search(makeProbe(before, after, spec, date));
      // `one per … keep highest` shows only between items with one key: two copies of the best-paid item compete
      const competing = b?.onePer !== undefined || a?.onePer !== undefined;
      if (w || (!target.totals && !competing)) return w;
      return s.replicate([...capValues(before, b?.totalCap), ...capValues(after, a?.totalCap)]);
    }
    case "article": {
      const [ab, aa] = [target.before, target.after];
      const ids = [
        ...new Set([...(aa?.clauses ?? []), ...(ab?.clauses ?? [])].filter((c) => c.award).map((c) => c.id)),
      ];
      const specs = ids.map(
        (id): ProbeSpec => ({
          before: ab?.clauses.find((c) => c.id === id),
          after: aa?.clauses.find((c) => c.id === id),
          focus: [],
          date: "no",
          selectBefore: byArticle(ab),
          selectAfter: byArticle(aa),
        }),
      );
      const w = overClauses(s, before, after, date, specs);
      return w ?? s.replicate([...capValues(before, ab?.totalCap), ...capValues(after, aa?.totalCap)]);
    }
    case "policy": {
      const specs = paying(after).map(
        (c): ProbeSpec => ({
          before: clauseById(before, c.id),
          after: c,
          focus: [],
          date: "first",
          selectBefore: ALL,
          selectAfter: ALL,
        }),
      );
      return overClauses(s, before, after, date, specs);
    }
    case "param": {
      const olds = paying(before).filter((c) => readsParam(c, target.before));
      const news = paying(after).filter((c) => readsParam(c, target.after));
      const ids = new Set([...olds, ...news].map((c) => c.id));
      const select =
        (cs: Clause[]): Select =>
        (x) =>
          cs.some((c) => c.id === x.clause);
      const specs = [...ids].map(
        (id): ProbeSpec => ({
          before: olds.find((c) => c.id === id),
          after: news.find((c) => c.id === id),
          focus: [],
          date: "yes",
          selectBefore: select(olds),
          selectAfter: select(news),
        }),
      );
      return overClauses(s, before, after, date, specs);
    }
  }
}
