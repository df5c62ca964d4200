import type { Plan } from "@subsidia/plan";
import type { AwardDraft, PendingDraft, ZeroDraft } from "../drafts.js";
import type { Rounding } from "../money.js";
import type { NonMonetary } from "../result.js";
import { type Head, writeResult } from "../write-result.js";
import { FastDraft } from "./fast-values.js";
import type { AmountsResult, AwardAmount } from "./types.js";
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
  const result = writeResult(plan, rounding, head, [], pending, nonMonetary, zero);
  const reordered = plan.order.some((c, i) => c !== i);
  const sorted = reordered ? [...drafts].sort((a, b) => a.c.index - b.c.index) : drafts;
  result.total = yuanOfCents(due);
  result.upToTotal = yuanOfCents(upTo);
  result.awards = sorted.map((d) => {
    const c = (d as FastDraft).c;
    // the keys in the shared writer's order: where, amount, basis
    const award = (
      d.item !== undefined
        ? { article: c.article.number, clause: c.clause.id, item: d.item }
        : { article: c.article.number, clause: c.clause.id }
    ) as AwardAmount;
    award.amount = yuanOfCents((d as FastDraft).cents);
    award.basis = c.award!.basis;
    return award;
  }) as AmountsResult["awards"] & ReturnType<typeof writeResult>["awards"];
  return result;
}
