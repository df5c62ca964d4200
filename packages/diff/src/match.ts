import type { Article, Clause, Param, Policy } from "@subsidia/ir";
import { clauseBodyKey, clauseFeatures, exprKey, type Canons } from "./canon.js";

/** A clause with the article it sits in. */
export interface ClauseRef {
  article: Article;
  clause: Clause;
}

/** A clause of the old version, of the new one, or of both (possibly under a new id). */
export interface ClausePair {
  before?: ClauseRef;
  after?: ClauseRef;
}

function refs(p: Policy): ClauseRef[] {
  return p.articles.flatMap((article) => article.clauses.map((clause) => ({ article, clause })));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
}

const words = (c: Clause): string[] => [`title:${c.title ?? ""}`, `text:${c.text ?? ""}`, `why:${c.nonMonetary ?? ""}`];

/**
 * How likely `a` (old) and `b` (new) are one clause under two ids: 2 for identical
 * bodies and words; otherwise the share of parts (behaviour, title, cited text) they
 * have in common, with a bonus for staying in the same article; 0 below 0.6.
 */
function renameScore(a: ClauseRef, b: ClauseRef, cx: Canons): number {
  const fa = [...clauseFeatures(a.clause, cx.before), ...words(a.clause)];
  const fb = [...clauseFeatures(b.clause, cx.after), ...words(b.clause)];
  const same = clauseBodyKey(a.clause, cx.before) === clauseBodyKey(b.clause, cx.after);
  if (same && a.clause.nonMonetary === b.clause.nonMonetary) return 2;
  const score = jaccard(fa, fb) + (a.article.number === b.article.number ? 0.1 : 0);
  return score >= 0.6 ? score : 0;
}

/**
 * Pairs the clauses of two versions: by id first; then the clauses left on each side
 * are paired as renames when their bodies are identical or similar enough (greedy,
 * most similar first). What remains was removed or added.
 */
export function matchClauses(before: Policy, after: Policy, cx: Canons): ClausePair[] {
  const olds = refs(before);
  const news = refs(after);
  const newIds = new Map(news.map((r) => [r.clause.id, r]));
  const pairs: ClausePair[] = [];
  const leftOld: ClauseRef[] = [];
  const taken = new Set<ClauseRef>();
  for (const o of olds) {
    const n = newIds.get(o.clause.id);
    if (n) {
      pairs.push({ before: o, after: n });
      taken.add(n);
    } else leftOld.push(o);
  }
  const leftNew = news.filter((n) => !taken.has(n));
  const scored = leftOld
    .flatMap((o) => leftNew.map((n) => ({ o, n, s: renameScore(o, n, cx) })))
    .filter((x) => x.s > 0);
  scored.sort((x, y) => y.s - x.s);
  const usedOld = new Set<ClauseRef>();
  for (const { o, n } of scored) {
    if (usedOld.has(o) || taken.has(n)) continue;
    usedOld.add(o);
    taken.add(n);
    pairs.push({ before: o, after: n });
  }
  for (const o of leftOld) if (!usedOld.has(o)) pairs.push({ before: o });
  for (const n of news) if (!taken.has(n)) pairs.push({ after: n });
  return pairs;
}

function paramKey(p: Param): string {
  return JSON.stringify([p.type, p.pending ?? null, p.values.map((v) => [v.from ?? null, exprKey(v.value)])]);
}

/** Parameters that disappeared under one name and appeared under another with the same definition. */
export function paramRenames(before: Policy, after: Policy): Map<string, string> {
  const oldNames = new Set(before.params.map((p) => p.name));
  const newNames = new Set(after.params.map((p) => p.name));
  const gone = before.params.filter((p) => !newNames.has(p.name));
  const fresh = after.params.filter((p) => !oldNames.has(p.name));
  const renames = new Map<string, string>();
  for (const o of gone) {
    const n = fresh.find((f) => paramKey(f) === paramKey(o) && ![...renames.values()].includes(f.name));
    if (n) renames.set(o.name, n.name);
  }
  return renames;
}
