import type { Article, Policy } from "@subsidia/ir";
import { constantValues, type Dec, planOf } from "@subsidia/plan";
import { EvaluationError } from "../values.js";
import { fund, type Queued } from "./budget.js";
import type { Candidate } from "./rank.js";
import { selectClause } from "./select.js";
import type { AwardLimit, BudgetUse, LimitApplicant, PopulationLimits, SelectionUse } from "./types.js";

/** Whether a policy has anything a population run enforces: a `select` or a `budget`. */
export function hasPopulationLimits(policy: Policy): boolean {
  return policy.articles.some((a) => a.budget !== undefined || a.clauses.some((c) => c.selection !== undefined));
}

/** An article's budget in yuan: a constant amount (a literal, or a parameter with one value). */
function budgetOf(policy: Policy, article: Article): Dec {
  const values = constantValues(article.budget!.amount, planOf(policy).params);
  if (values === null || values.length !== 1)
    throw new EvaluationError(
      `the budget of \`${article.id}\` must be one constant amount: \`${article.budget!.amount.src}\` is not`,
      article.budget!.span,
    );
  return values[0]!;
}

/**
 * The selections and budgets of a policy over a population: `applicants` are the results of its
 * lines in input order. First each clause with a `select` ranks its award items (`selectClause`:
 * by the key, ties by the position in the input, then in the applicant's list) and keeps the
 * first N per category. Then each article with a `budget` funds its awards (those not left out by
 * a selection) in order (`fund`: whole awards, until the first that the rest does not cover). The
 * order: each award has a place in its clause's queue, its rank across the clause's selected
 * items for a clause with a `select`, else its applicant's position in the input (first come,
 * first served); the article's awards go by place, then clause order, then the applicant's order.
 */
export function applyPopulationLimits(policy: Policy, applicants: readonly LimitApplicant[]): PopulationLimits {
  const awards: (AwardLimit | null)[][] = applicants.map((a) => (a ? a.awards.map(() => null) : []));
  const byClause = new Map<string, Candidate[]>();
  applicants.forEach((a, applicant) =>
    a?.awards.forEach((award, index) => {
      const list = byClause.get(award.clause) ?? [];
      list.push({ applicant, index, award });
      byClause.set(award.clause, list);
    }),
  );
  const set = (c: Candidate, l: AwardLimit) => (awards[c.applicant]![c.index] = l);
  const selections: SelectionUse[] = [];
  const budgets: BudgetUse[] = [];
  for (const article of policy.articles) {
    const queues: { clause: number; place: (c: Candidate) => number; items: Queued[] }[] = [];
    article.clauses.forEach((clause, i) => {
      const candidates = byClause.get(clause.id) ?? [];
      if (!clause.selection) {
        queues.push({ clause: i, place: (c) => c.applicant, items: candidates.map((candidate) => ({ candidate })) });
        return;
      }
      const s = selectClause(article.number, clause, candidates);
      for (const [c, l] of s.limits) set(c, l);
      selections.push(...s.uses);
      const rank = new Map(s.order.map((c, r) => [c, r]));
      const items = s.order.map((candidate) => ({ candidate, selected: s.limits.get(candidate)! }));
      queues.push({ clause: i, place: (c) => rank.get(c)!, items });
    });
    if (!article.budget) continue;
    const queue = queues
      .flatMap((q) => q.items.map((item) => ({ item, place: q.place(item.candidate), clause: q.clause })))
      .sort(
        (a, b) =>
          a.place - b.place ||
          a.clause - b.clause ||
          a.item.candidate.applicant - b.item.candidate.applicant ||
          a.item.candidate.index - b.item.candidate.index,
      )
      .map((q) => q.item);
    const funded = fund(article.number, budgetOf(policy, article), queue);
    for (const [c, l] of funded.limits) set(c, l);
    budgets.push(funded.use);
  }
  return { awards, selections, budgets };
}
