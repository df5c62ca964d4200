import { Dec } from "@subsidia/plan";
import { formatYuan } from "../money.js";
import type { Candidate } from "./rank.js";
import type { AwardLimit, BudgetUse } from "./types.js";

/** An award of a budgeted article in the order the budget funds it. */
export interface Queued {
  candidate: Candidate;
  /** the decision of its selection, when its clause has one */
  selected?: AwardLimit;
}

/**
 * An article's budget over its queue of awards, in order: each award is funded whole while the
 * budget left covers it; the first that it does not cover and every award after it are not
 * funded (额满为止: nobody later in the order is funded ahead of someone earlier, and no award is
 * paid in part). What is left can be more than zero: less than the first award not funded.
 */
export function fund(
  article: number,
  budget: Dec,
  queue: readonly Queued[],
): { limits: Map<Candidate, AwardLimit>; use: BudgetUse } {
  const limits = new Map<Candidate, AwardLimit>();
  let left = budget;
  let stop: string | null = null;
  let funded = 0;
  queue.forEach(({ candidate, selected }, i) => {
    const amount = new Dec(candidate.award.amount);
    const place = `${selected ? `${selected.reason}; ` : ""}place ${i + 1} of ${queue.length} for the budget`;
    const ranked = selected?.rank === undefined ? {} : { rank: selected.rank, of: selected.of! };
    if (stop === null && amount.lte(left)) {
      left = left.minus(amount);
      funded++;
      limits.set(candidate, { status: "funded", paid: candidate.award.amount, reason: place, ...ranked });
      return;
    }
    stop ??= `${formatYuan(left)} left for ${candidate.award.amount} at place ${i + 1}`;
    const reason = `not funded: budget ${formatYuan(budget)} exhausted (${stop}); ${place}`;
    limits.set(candidate, { status: "not funded", paid: "0.00", reason, ...ranked });
  });
  const use = {
    article,
    budget: formatYuan(budget),
    spent: formatYuan(budget.minus(left)),
    left: formatYuan(left),
    funded,
    notFunded: queue.length - funded,
  };
  return { limits, use };
}
