import type { Plan } from "@subsidia/plan";
import type { AwardDraft, PendingDraft, ZeroDraft } from "../drafts.js";
import type { Rounding } from "../money.js";
import type { NonMonetary, Pending } from "../result.js";
import { type Head, writeResult } from "../write-result.js";
import { FastDraft } from "./fast-values.js";
import type { AmountsResult } from "./types.js";
import { SAFE, yuanOfCents } from "./units.js";

/**
 * `writeResult` for awards all from the fast path (`FastDraft`, in cents) of clauses without
 * funding, range, instalments or selection: the amounts' text and the totals by integer
 * addition, the rest by the shared writer. Any other draft (an item the decimal code computed,
 * one an aggregate cap reduced), or totals that could pass 2^53 cents: the shared writer alone.
 */
export function writeFast(
  plan: Plan,
  rounding: Rounding,
  head: Head,
  drafts: readonly AwardDraft[],
  pending: readonly PendingDraft[],
  nonMonetary: NonMonetary[],
  zero: readonly ZeroDraft[],
): AmountsResult {
  let due = 0;
  let upTo = 0;
  for (const d of drafts) {
    if (!(d instanceof FastDraft)) return writeResult(plan, rounding, head, drafts, pending, nonMonetary, zero);
    upTo += d.cents;
    if (d.c.award!.basis !== "up-to") due += d.cents;
  }
  if (upTo > SAFE) return writeResult(plan, rounding, head, drafts, pending, nonMonetary, zero);
  // reordered clauses, or zero items: the shared writer writes those (and the awards are put in after)
  const reordered = plan.order.some((c, i) => c !== i);
  const result =
    reordered || zero.length > 0
      ? writeResult(plan, rounding, head, [], pending, nonMonetary, zero)
      : plainResult(head, pending, nonMonetary);
  const sorted = reordered ? [...drafts].sort((a, b) => a.c.index - b.c.index) : drafts;
  result.total = yuanOfCents(due);
  result.upToTotal = yuanOfCents(upTo);
  result.awards = sorted.map((d) => {
    const { c, item, cents } = d as FastDraft;
    // the keys in the shared writer's order (where, amount, basis), in two fixed shapes
    const article = c.article.number;
    const clause = c.clause.id;
    const amount = yuanOfCents(cents);
    const basis = c.award!.basis;
    return item !== undefined ? { article, clause, item, amount, basis } : { article, clause, amount, basis };
  }) as AmountsResult["awards"] & ReturnType<typeof writeResult>["awards"];
  return result;
}

/** The shared writer's result for clauses in document order without zero items: its keys in its order. */
function plainResult(head: Head, pending: readonly PendingDraft[], nonMonetary: NonMonetary[]): AmountsResult {
  // written out, not spread: the shared writer's keys in its order, in two fixed shapes
  const { policy, inForce, applicationDate } = head;
  const total = "0.00";
  const upToTotal = "0.00";
  const zeroAwards: never[] = [];
  const result: AmountsResult =
    applicationDate !== undefined
      ? { policy, inForce, applicationDate, total, upToTotal, awards: [], pending: [], nonMonetary, zeroAwards }
      : { policy, inForce, total, upToTotal, awards: [], pending: [], nonMonetary, zeroAwards };
  result.pending = pending.map((d): Pending => {
    const { c, item, reason } = d;
    const article = c.article.number;
    const clause = c.clause.id;
    const funding = c.award?.funding;
    const p: Pending = item !== undefined ? { article, clause, item, reason } : { article, clause, reason };
    if (funding) p.funding = funding.payers.map((x) => ({ payer: x.name, share: x.fraction }));
    return p;
  });
  return result;
}
