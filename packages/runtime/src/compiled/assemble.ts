import type { Cap, Clause, Policy } from "@subsidia/ir";
import { compiled } from "../compiled.js";
import { Dec, formatYuan, ZERO, type Dec as D, type Rounding } from "../money.js";
import type { NonMonetary, Pending } from "../result.js";
import { splitFunding } from "../funding.js";
import { writePending } from "../write-result.js";
import type { AmountsResult, AwardAmount } from "./types.js";
import { decimal, Unk, type CVal } from "./values.js";

/** A clause as the results name it, with what is written for each of its items. */
export interface ClauseOut {
  article: number;
  id: string;
  basis: Clause["basis"];
  funding: Clause["funding"];
  /** the payers' shares of a pending item, as `writePending` lists them */
  shares: { payer: string; share: string }[] | undefined;
}

/** What the generated evaluator needs of the policy besides code: its clauses by index, its rounding. */
export interface Plan {
  clauses: ClauseOut[];
  rounding: Rounding;
}

export function planOf(policy: Policy): Plan {
  const clauses = policy.articles.flatMap((article) =>
    article.clauses.map((clause) => {
      const shares = clause.funding ? writePending({ article, clause, reason: "" }).funding : undefined;
      return { article: article.number, id: clause.id, basis: clause.basis, funding: clause.funding, shares };
    }),
  );
  return { clauses, rounding: compiled(policy).rounding };
}

/** An award item while evaluating: the clause's index, the item id, the rounded amount. */
export interface Draft {
  c: number;
  item: string | undefined;
  amount: D;
}

export interface PendingDraft {
  c: number;
  item: string | undefined;
  reason: string;
}

/** `capGroup` of `aggregate-caps.ts` on drafts: reduce the items of a group in order when their sum exceeds the cap. */
export function capGroup(
  drafts: Draft[],
  inGroup: ReadonlySet<number>,
  limitVal: CVal,
  cap: Cap,
  pending: PendingDraft[],
): Draft[] {
  const group = drafts.filter((d) => inGroup.has(d.c));
  let out: Draft[];
  if (limitVal instanceof Unk) {
    out = [];
    if (!limitVal.absent) for (const d of group) pending.push({ c: d.c, item: d.item, reason: limitVal.reason });
  } else {
    const limit = decimal(limitVal, cap.amount);
    const sum = group.reduce((s, d) => s.plus(d.amount), ZERO);
    if (sum.lte(limit)) return drafts;
    let remaining = limit;
    out = [];
    for (const d of group) {
      const amount = remaining.lt(d.amount) ? remaining : d.amount;
      remaining = remaining.minus(amount);
      if (amount.lte(0)) continue;
      out.push(amount === d.amount ? d : { c: d.c, item: d.item, amount });
    }
  }
  const at = drafts.indexOf(group[0]!);
  const rest = drafts.filter((d) => !inGroup.has(d.c));
  rest.splice(at, 0, ...out);
  return rest;
}

export const hasGroup = (drafts: readonly Draft[], inGroup: ReadonlySet<number>): boolean =>
  drafts.some((d) => inGroup.has(d.c));

function writeAward(d: Draft, plan: Plan): AwardAmount {
  const c = plan.clauses[d.c]!;
  const amount = formatYuan(d.amount);
  const award: AwardAmount =
    d.item !== undefined
      ? { article: c.article, clause: c.id, item: d.item, amount, basis: c.basis }
      : { article: c.article, clause: c.id, amount, basis: c.basis };
  if (c.funding) award.funding = splitFunding(d.amount, c.funding, plan.rounding).parts;
  return award;
}

function writePendingItem(p: PendingDraft, plan: Plan): Pending {
  const c = plan.clauses[p.c]!;
  const out: Pending =
    p.item !== undefined
      ? { article: c.article, clause: c.id, item: p.item, reason: p.reason }
      : { article: c.article, clause: c.id, reason: p.reason };
  if (c.shares) out.funding = c.shares.map((s) => ({ payer: s.payer, share: s.share }));
  return out;
}

type Head = Pick<AmountsResult, "policy" | "inForce" | "applicationDate"> & Partial<AmountsResult>;

/** Completes `head` into the result as the interpreter writes it, without explanations. */
export function finish(
  plan: Plan,
  head: Head,
  drafts: readonly Draft[],
  pendingDrafts: readonly PendingDraft[],
  nonMonetary: NonMonetary[],
): AmountsResult {
  let exact: D = ZERO;
  let upTo: D = ZERO;
  const awards: AwardAmount[] = [];
  for (const d of drafts) {
    const a = writeAward(d, plan);
    // totals add the written amounts (two decimals), as `totals()` does
    const written = d.amount.decimalPlaces() <= 2 ? d.amount : new Dec(a.amount);
    if (a.basis === "exact") exact = exact.plus(written);
    else upTo = upTo.plus(written);
    awards.push(a);
  }
  // the keys in the interpreter's order: policy, inForce, applicationDate, total, upToTotal, …
  head.total = formatYuan(exact);
  head.upToTotal = formatYuan(exact.plus(upTo));
  head.awards = awards;
  head.pending = pendingDrafts.map((p) => writePendingItem(p, plan));
  head.nonMonetary = nonMonetary;
  return head as AmountsResult;
}
