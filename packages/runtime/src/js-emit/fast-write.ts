import type { Plan } from "@subsidia/plan";
import type { AwardDraft, PendingDraft, ZeroDraft } from "../drafts.js";
import type { Rounding } from "../money.js";
import type { NonMonetary, Pending } from "../result.js";
import { type Head, isReordered, writeResult, writeZeros } from "../write-result.js";
import { FastDraft } from "./fast-values.js";
import type { AmountsResult, AwardAmount } from "./types.js";
import { SAFE, yuanOfCents } from "./units.js";

/**
 * `writeResult` for awards all from the fast path (`FastDraft`, in cents) of clauses without
 * funding, range, instalments or selection, in document order: the amounts' text and the totals
 * by integer addition, pending and zero items as the shared writer writes them. Any other draft
 * (an item the decimal code computed), clauses evaluated in another order, or totals that could
 * pass 2^53 cents: the shared writer alone.
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
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!(d instanceof FastDraft)) return writeResult(plan, rounding, head, drafts, pending, nonMonetary, zero);
    upTo += d.cents;
    if (d.c.award!.basis !== "up-to") due += d.cents;
  }
  if (upTo > SAFE || isReordered(plan)) return writeResult(plan, rounding, head, drafts, pending, nonMonetary, zero);
  const awards = new Array<AwardAmount>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const { c, item, cents } = drafts[i] as FastDraft;
    // the keys in the shared writer's order (where, amount, basis), in two fixed shapes
    const article = c.article.number;
    const clause = c.clause.id;
    const amount = yuanOfCents(cents);
    const basis = c.award!.basis;
    awards[i] = item !== undefined ? { article, clause, item, amount, basis } : { article, clause, amount, basis };
  }
  // written out, not spread: the shared writer's keys in its order, in two fixed shapes
  const { policy, inForce, applicationDate } = head;
  const total = yuanOfCents(due);
  const upToTotal = yuanOfCents(upTo);
  const written = pending.length === 0 ? [] : pending.map(writePending);
  const zeroAwards = writeZeros(zero);
  return applicationDate !== undefined
    ? { policy, inForce, applicationDate, total, upToTotal, awards, pending: written, nonMonetary, zeroAwards }
    : { policy, inForce, total, upToTotal, awards, pending: written, nonMonetary, zeroAwards };
}

/** A pending item as the shared writer writes it. */
function writePending(d: PendingDraft): Pending {
  const { c, item, reason } = d;
  const article = c.article.number;
  const clause = c.clause.id;
  const funding = c.award?.funding;
  const p: Pending = item !== undefined ? { article, clause, item, reason } : { article, clause, reason };
  if (funding) p.funding = funding.payers.map((x) => ({ payer: x.name, share: x.fraction }));
  return p;
}
