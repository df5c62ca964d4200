import type { Clause } from "@subsidia/ir";
import { type Candidate, NOT_GIVEN, ranking, ruleText, sameKey } from "./rank.js";
import type { AwardLimit, SelectionUse } from "./types.js";

export interface Selected {
  /** the decision on each candidate */
  limits: Map<Candidate, AwardLimit>;
  /** the selected candidates, best first across categories (the order a budget funds them in) */
  order: Candidate[];
  uses: SelectionUse[];
}

/**
 * One clause's `select` over its candidates: rank them (`ranking`), keep the first N of each
 * category (`per`), and mark the others not selected with their rank, and when the last selected
 * has the same key, that the tie went to the earlier line of the input. A candidate whose key (or
 * category) is not given cannot be ranked: it is not selected.
 */
export function selectClause(article: number, clause: Clause, candidates: readonly Candidate[]): Selected {
  const s = clause.selection!;
  const rule = ruleText(s);
  const limits = new Map<Candidate, AwardLimit>();
  const ranked = ranking(clause, candidates);
  const categories = new Map<string | undefined, Candidate[]>();
  const unknown = new Set(candidates);
  for (const c of ranked) {
    const category = s.per ? c.award.selection!.per : undefined;
    if (category === NOT_GIVEN) continue;
    unknown.delete(c);
    const list = categories.get(category) ?? [];
    list.push(c);
    categories.set(category, list);
  }
  for (const c of unknown) {
    const missing = c.award.selection?.by === NOT_GIVEN || !s.per ? s.by.src : s.per.src;
    limits.set(c, { status: "not selected", paid: "0.00", reason: `not selected: \`${missing}\` not given, ${rule}` });
  }
  const uses: SelectionUse[] = [];
  for (const [category, list] of [...categories].sort(([a], [b]) => ((a ?? "") < (b ?? "") ? -1 : 1))) {
    const last = list[Math.min(s.count, list.length) - 1]!;
    const where = category === undefined ? "" : ` in \`${s.per!.src}\` ${category}`;
    list.forEach((c, i) => {
      const rank = i + 1;
      const place = `rank ${rank} of ${list.length}${where}`;
      if (i < s.count) {
        limits.set(c, { status: "selected", paid: c.award.amount, reason: `${place}, ${rule}`, rank, of: list.length });
        return;
      }
      const tie = sameKey(s, c, last) ? `; tied with rank ${s.count}, which comes earlier in the input` : "";
      const reason = `not selected: ${place}, ${rule}${tie}`;
      limits.set(c, { status: "not selected", paid: "0.00", reason, rank, of: list.length });
    });
    const use: SelectionUse = { article, clause: clause.id, count: s.count, candidates: list.length, selected: 0 };
    if (category !== undefined) use.category = category;
    use.selected = Math.min(s.count, list.length);
    uses.push(use);
  }
  const order = ranked.filter((c) => limits.get(c)!.status === "selected");
  return { limits, order, uses };
}
