import type { Clause } from "@subsidia/ir";
import { Dec, formatYuan, ZERO, type Dec as D, type Rounding } from "./money.js";
import type { AwardDraft, PendingDraft } from "./drafts.js";
import { shareTexts, splitFunding } from "./funding.js";
import type { Award, Pending } from "./result.js";

/** An award item as JSON, its amount split among payers when the clause says who funds it. */
export function writeAward(d: AwardDraft, rounding: Rounding): Award {
  const award: Award = {
    article: d.article.number,
    clause: d.clause.id,
    ...(d.item !== undefined ? { item: d.item } : {}),
    amount: formatYuan(d.amount),
    basis: d.clause.basis,
    explanation: [...d.steps],
  };
  if (d.clause.funding) {
    const { parts, step } = splitFunding(d.amount, d.clause.funding, rounding);
    award.funding = parts;
    award.explanation.push(step);
  }
  return award;
}

function fundingShares(clause: Clause): Pending["funding"] {
  const f = clause.funding;
  if (!f) return undefined;
  const texts = shareTexts(f);
  return f.payers.map((p, i) => ({ payer: p.name, share: texts[i]! }));
}

export function writePending(d: PendingDraft): Pending {
  const funding = fundingShares(d.clause);
  return {
    article: d.article.number,
    clause: d.clause.id,
    ...(d.item !== undefined ? { item: d.item } : {}),
    reason: d.reason,
    ...(funding ? { funding } : {}),
  };
}

/** `total` (exact awards) and `upToTotal` (plus the up-to ceilings) of a list of awards. */
export function totals(awards: readonly Pick<Award, "amount" | "basis">[]): { total: string; upToTotal: string } {
  let exact: D = ZERO;
  let upTo: D = ZERO;
  for (const a of awards) {
    if (a.basis === "exact") exact = exact.plus(new Dec(a.amount));
    else upTo = upTo.plus(new Dec(a.amount));
  }
  return { total: formatYuan(exact), upToTotal: formatYuan(exact.plus(upTo)) };
}
