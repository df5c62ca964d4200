import type { AwardPlan, ClausePlan, Plan } from "@subsidia/plan";
import type { AmountsResult, AwardAmount } from "./js-emit/types.js";
import type { AwardDraft, DraftExtra, PendingDraft, ZeroDraft } from "./drafts.js";
import { fundingStep, splitFunding } from "./funding.js";
import { Decimal } from "decimal.js";
import { centsOf } from "./dec-fast.js";
import { SAFE, yuanOfCents } from "./js-emit/units.js";
import { Dec, type Dec as D, formatYuan, type Rounding, ZERO } from "./money.js";
import type { Award, InstalmentPart, NonMonetary, Pending, Result, ZeroAward } from "./result.js";
import { keyText } from "./values.js";

/** What every item of a clause carries: where it is, its title, cited text and rules. */
function where(c: ClausePlan, item: string | undefined): { article: number; clause: string; item?: string } {
  // written out, not spread: the writer runs once per item of every applicant
  return item !== undefined
    ? { article: c.article.number, clause: c.clause.id, item }
    : { article: c.article.number, clause: c.clause.id };
}

/** A clause's title, cited text and rules, made once per clause (frozen: results share them). */
const citedOf = new WeakMap<ClausePlan, Cited>();

type Cited = Readonly<Pick<Award, "title" | "citation" | "rules">>;

function cited(c: ClausePlan): Cited {
  let x = citedOf.get(c);
  if (x === undefined) {
    x = deepFreeze(citedText(c));
    citedOf.set(c, x);
  }
  return x;
}

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function citedText(c: ClausePlan): Cited {
  return {
    title: c.title,
    ...(c.citation !== null ? { citation: c.citation } : {}),
    ...(c.rules.length > 0
      ? { rules: c.rules.map((r) => ({ title: r.title, ...(r.number ? { number: r.number } : {}) })) }
      : {}),
  };
}

/**
 * The instalments of an award: each share rounded to the policy's unit, the last the
 * remainder, so they add up to the award exactly; due when the milestone's date is known and on
 * or before the policy's date.
 */
function instalments(
  amount: D,
  a: AwardPlan,
  x: NonNullable<DraftExtra["schedule"]>,
  rounding: Rounding,
  date: string | null,
) {
  let given = ZERO;
  return a.schedule!.map((s, i): InstalmentPart => {
    const last = i === x.length - 1;
    const part = last ? amount.minus(given) : rounding.round(amount.times(x[i]!.share));
    given = given.plus(part);
    const due = x[i]!.date;
    const status = due === null ? "awaiting" : date !== null && due <= date ? "payable" : "scheduled";
    return {
      milestone: s.label,
      share: x[i]!.share.toFixed(),
      amount: formatYuan(part),
      ...(due ? { date: due } : {}),
      status,
    };
  });
}

function selection(a: AwardPlan, x: DraftExtra | undefined) {
  const s = a.selection!;
  const per = s.per ? ` per ${s.per.src}` : "";
  const rule = `${s.mode} ${s.count} by ${s.by.src} ${s.order}${per}${s.reason ? ` (${s.reason})` : ""}`;
  const show = (v: DraftExtra["selection"] extends infer T ? T : never, k: "by" | "per") => {
    const value = v?.[k];
    return value === null || value === undefined ? "not given" : keyText(value);
  };
  return { rule, by: show(x?.selection, "by"), ...(s.per ? { per: show(x?.selection, "per") } : {}) };
}

/** An award item as JSON (explained when the draft has steps), with its funding, range, instalments, selection. */
function writeAward(d: AwardDraft, rounding: Rounding, date: string | null): Award | AwardAmount {
  const a = d.c.award!;
  const award = where(d.c, d.item) as Award | AwardAmount;
  award.amount = formatYuan(d.amount);
  award.basis = a.basis;
  // the clause's title and cited text come with the explanation; the amounts-only path stays lean
  if (d.steps !== null) {
    // as `Object.assign(award, cited(d.c))` would (its keys in order), without its generic copy per award
    const x = cited(d.c);
    const explained = award as Award;
    explained.title = x.title;
    if (x.citation !== undefined) explained.citation = x.citation;
    if (x.rules !== undefined) explained.rules = x.rules;
  }
  const parts = a.funding ? splitFunding(d.amount, a.funding, rounding) : null;
  // the draft's own steps, not a copy: each draft's are made for it alone, and only read once written
  if (d.steps !== null) (award as Award).explanation = parts ? [...d.steps, fundingStep(parts, a.funding!)] : d.steps;
  if (parts) award.funding = parts;
  if (a.basis === "range") award.range = { min: formatYuan(d.extra?.low ?? ZERO), max: award.amount };
  if (a.schedule && d.extra?.schedule) award.instalments = instalments(d.amount, a, d.extra.schedule, rounding, date);
  if (a.selection) award.selection = selection(a, d.extra);
  return award;
}

function writePending(d: PendingDraft): Pending {
  const funding = d.c.award?.funding;
  const p = where(d.c, d.item) as Pending;
  p.reason = d.reason;
  if (funding) p.funding = funding.payers.map((x) => ({ payer: x.name, share: x.fraction }));
  return p;
}

function writeZero(d: ZeroDraft): ZeroAward {
  // written out, not spread: the keys in the order `where` gives them, then the rest
  const { c, item, reason } = d;
  const article = c.article.number;
  const clause = c.clause.id;
  const title = c.title;
  const z: ZeroAward =
    item !== undefined
      ? { article, clause, item, amount: "0.00", reason, title }
      : { article, clause, amount: "0.00", reason, title };
  if (d.steps !== null) z.explanation = d.steps;
  return z;
}

/**
 * `total` (what is due: exact awards and the low ends of ranges) and `upToTotal` (plus the
 * ceilings of up-to awards, the high ends of ranges, the awards subject to a selection).
 */
export function totals(awards: readonly AwardForTotals[]): { total: string; upToTotal: string } {
  let exact: D = ZERO;
  let upTo: D = ZERO;
  for (const a of awards) {
    const part = dueAndCeiling(a);
    exact = exact.plus(part.due);
    upTo = upTo.plus(part.ceiling);
  }
  return { total: formatYuan(exact), upToTotal: formatYuan(upTo) };
}

/** The written amount as a decimal: two decimals, half up (what `formatYuan` writes, without reading it back). */
const written = (d: D): D => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * `totals` of the awards the drafts are written as, from the drafts' decimals (no written text
 * parsed again): in integer cents while every amount has them within 2^53, else in decimals.
 */
function draftTotals(drafts: readonly AwardDraft[]): { total: string; upToTotal: string } {
  let exact = 0;
  let upTo = 0;
  for (const d of drafts) {
    const a = d.c.award!;
    const amount = centsOf(d.amount);
    upTo += amount;
    if (amount < 0 || upTo > SAFE) return decimalTotals(drafts);
    if (a.selection || a.basis === "up-to") continue;
    const due = a.basis === "range" ? centsOf(d.extra?.low ?? ZERO) : amount;
    exact += due;
    if (due < 0 || exact > SAFE) return decimalTotals(drafts);
  }
  return { total: yuanOfCents(exact), upToTotal: yuanOfCents(upTo) };
}

function decimalTotals(drafts: readonly AwardDraft[]): { total: string; upToTotal: string } {
  let exact: D = ZERO;
  let upTo: D = ZERO;
  for (const d of drafts) {
    const a = d.c.award!;
    const amount = written(d.amount);
    upTo = upTo.plus(amount);
    if (a.selection || a.basis === "up-to") continue;
    exact = exact.plus(a.basis === "range" ? written(d.extra?.low ?? ZERO) : amount);
  }
  return { total: formatYuan(exact), upToTotal: formatYuan(upTo) };
}

export type AwardForTotals = Pick<Award, "amount" | "basis" | "range" | "selection">;

/**
 * What one award adds to `total` (`due`: an exact award, the low end of a range) and to
 * `upToTotal` (`ceiling`: its whole amount; up-to awards and awards subject to a selection only there).
 */
export function dueAndCeiling(a: AwardForTotals): { due: D; ceiling: D } {
  const { due, ceiling } = dueAndCeilingText(a);
  return { due: due === "0" ? ZERO : new Dec(due), ceiling: new Dec(ceiling) };
}

/** `dueAndCeiling` as the award's own texts (`"0"` for nothing due), for sums kept in cents. */
export function dueAndCeilingText(a: AwardForTotals): { due: string; ceiling: string } {
  if (a.selection !== undefined || a.basis === "up-to") return { due: "0", ceiling: a.amount };
  if (a.basis === "range") return { due: a.range?.min ?? "0", ceiling: a.amount };
  return { due: a.amount, ceiling: a.amount };
}

export type Head = Pick<Result, "policy" | "inForce" | "applicationDate">;

/** The head of a result: the policy, whether it is in force and the date that decided it. */
export function resultHead(plan: Plan, date: string | null, inForce: boolean): Head {
  // written out, not spread: once per applicant
  return plan.validity && date !== null
    ? { policy: plan.id, inForce, applicationDate: date }
    : { policy: plan.id, inForce };
}

/** The result of a policy not in force on the date: nothing awarded, nothing pending. */
export function notInForce(head: Head): Result {
  // written out, not spread: the head's keys, then the rest, in two fixed shapes
  const { policy, inForce, applicationDate } = head;
  const total = "0.00";
  const upToTotal = "0.00";
  return applicationDate !== undefined
    ? { policy, inForce, applicationDate, total, upToTotal, awards: [], pending: [], nonMonetary: [], zeroAwards: [] }
    : { policy, inForce, total, upToTotal, awards: [], pending: [], nonMonetary: [], zeroAwards: [] };
}

/** In document order (clauses may have been evaluated in another order); stable within a clause. */
const byClause = <T extends { c: ClausePlan }>(xs: readonly T[]): readonly T[] =>
  inOrder(xs) ? xs : [...xs].sort((a, b) => a.c.index - b.c.index);

/** Whether the items are in document order already (a stable sort would change nothing). */
function inOrder(xs: readonly { c: ClausePlan }[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]!.c.index > xs[i]!.c.index) return false;
  return true;
}

/** The zero items of a result, in document order (stable within a clause). */
export const writeZeros = (zero: readonly ZeroDraft[]): ZeroAward[] =>
  zero.length === 0 ? [] : byClause(zero).map(writeZero);

const reorderedPlans = new WeakMap<Plan, boolean>();

/** Whether the plan evaluates its clauses in another order than the document's, once per plan. */
export function isReordered(plan: Plan): boolean {
  let known = reorderedPlans.get(plan);
  if (known === undefined) {
    known = plan.order.some((c, i) => c !== i);
    reorderedPlans.set(plan, known);
  }
  return known;
}

/**
 * Writes a policy's result from the drafts of either evaluator: awards in document order
 * (explained when the drafts carry steps), pending and zero items, totals of the written
 * two-decimal amounts.
 */
export function writeResult(
  plan: Plan,
  rounding: Rounding,
  head: Head,
  drafts: readonly AwardDraft[],
  pending: readonly PendingDraft[],
  nonMonetary: NonMonetary[],
  zero: readonly ZeroDraft[],
): Result & AmountsResult {
  const date = head.applicationDate ?? null;
  const reordered = isReordered(plan);
  const sort = <T extends { c: ClausePlan }>(xs: readonly T[]): readonly T[] => (reordered ? byClause(xs) : xs);
  const awards = sort(drafts).map((d) => writeAward(d, rounding, date));
  const index = (n: NonMonetary) => plan.clauses.findIndex((c) => c.clause.id === n.clause);
  const nm = reordered ? [...nonMonetary].sort((a, b) => index(a) - index(b)) : nonMonetary;
  const { total, upToTotal } = draftTotals(drafts);
  const written = sort(pending).map(writePending);
  const zeroAwards = writeZeros(zero);
  // written out, not spread: the head's keys, then the rest, in two fixed shapes
  const { policy, inForce, applicationDate } = head;
  const result =
    applicationDate !== undefined
      ? { policy, inForce, applicationDate, total, upToTotal, awards, pending: written, nonMonetary: nm, zeroAwards }
      : { policy, inForce, total, upToTotal, awards, pending: written, nonMonetary: nm, zeroAwards };
  return result as Result & AmountsResult;
}
