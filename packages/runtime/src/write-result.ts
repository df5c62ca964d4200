import type { Plan } from "@subsidia/plan";
import type { AmountsResult, AwardAmount } from "./js-emit/types.js";
import type { AwardDraft, PendingDraft } from "./drafts.js";
import { fundingStep, splitFunding } from "./funding.js";
import { Dec, type Dec as D, formatYuan, type Rounding, ZERO } from "./money.js";
import type { Award, NonMonetary, Pending, Result } from "./result.js";

/** An award item as JSON (with its explanation when the draft has one), split among payers when funded. */
function writeAward(d: AwardDraft, rounding: Rounding): Award | AwardAmount {
  const c = d.c;
  const award: Award | AwardAmount = {
    article: c.article.number,
    clause: c.clause.id,
    ...(d.item !== undefined ? { item: d.item } : {}),
    amount: formatYuan(d.amount),
    basis: c.award!.basis,
  };
  const funding = c.award!.funding;
  const parts = funding ? splitFunding(d.amount, funding, rounding) : null;
  if (d.steps !== null)
    (award as Award).explanation = parts ? [...d.steps, fundingStep(parts, funding!)] : [...d.steps];
  if (parts) award.funding = parts;
  return award;
}

function writePending(d: PendingDraft): Pending {
  const funding = d.c.award?.funding;
  return {
    article: d.c.article.number,
    clause: d.c.clause.id,
    ...(d.item !== undefined ? { item: d.item } : {}),
    reason: d.reason,
    ...(funding ? { funding: funding.payers.map((p) => ({ payer: p.name, share: p.fraction })) } : {}),
  };
}

/** `total` (exact awards) and `upToTotal` (plus the up-to ceilings) of written awards. */
export function totals(awards: readonly Pick<Award, "amount" | "basis">[]): { total: string; upToTotal: string } {
  let exact: D = ZERO;
  let upTo: D = ZERO;
  for (const a of awards) {
    if (a.basis === "exact") exact = exact.plus(new Dec(a.amount));
    else upTo = upTo.plus(new Dec(a.amount));
  }
  return { total: formatYuan(exact), upToTotal: formatYuan(exact.plus(upTo)) };
}

export type Head = Pick<Result, "policy" | "inForce" | "applicationDate">;

/** The head of a result: the policy, whether it is in force and the date that decided it. */
export function resultHead(plan: Plan, date: string | null, inForce: boolean): Head {
  return { policy: plan.id, inForce, ...(plan.validity && date !== null ? { applicationDate: date } : {}) };
}

/** The result of a policy not in force on the date: nothing awarded, nothing pending. */
export const notInForce = (head: Head): Result => ({
  ...head,
  total: "0.00",
  upToTotal: "0.00",
  awards: [],
  pending: [],
  nonMonetary: [],
});

/**
 * Writes a policy's result from the drafts of either evaluator: awards in order (explained
 * when the drafts carry steps), pending items, totals of the written two-decimal amounts.
 */
export function writeResult(
  rounding: Rounding,
  head: Head,
  drafts: readonly AwardDraft[],
  pending: readonly PendingDraft[],
  nonMonetary: NonMonetary[],
): Result & AmountsResult {
  const awards = drafts.map((d) => writeAward(d, rounding));
  return { ...head, ...totals(awards), awards, pending: pending.map(writePending), nonMonetary } as Result &
    AmountsResult;
}
