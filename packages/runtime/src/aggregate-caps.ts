import { assertNever } from "@subsidia/ir";
import type { AggregatePlan, Plan } from "@subsidia/plan";
import type { Probe } from "./coverage-probe.js";
import type { AwardDraft, PendingDraft, ZeroDraft } from "./drafts.js";
import { type HistoryRecord, received, receivedText } from "./history.js";
import { Dec, formatYuan, withSource, ZERO } from "./money.js";
import { Unknown } from "./values.js";
import { compareDecimals } from "./dec-fast.js";

/** The limit of an aggregate cap: a decimal, or unknown (an absent fact, a pending parameter). */
export type Limit = { kind: "value"; value: Dec } | { kind: "absent" } | { kind: "pending"; reason: string };

interface Capped {
  awards: AwardDraft[];
  pending: PendingDraft[];
  zero: ZeroDraft[];
}

/** What the history takes off a cap across years: its text for explanations, or unknown. */
function historyTaken(agg: AggregatePlan, history: readonly HistoryRecord[], date: string | null) {
  if (!agg.history) return null;
  const got = received(history, agg.history.clause, undefined, agg.history.years, date);
  if (got instanceof Unknown) return got;
  const over = agg.history.years === null ? "over lifetime" : `over ${agg.history.years} years`;
  return { sum: got.sum, text: `${over}, received ${receivedText(got)}` };
}

/**
 * Caps the sum of a group of rounded items: when the sum exceeds the limit (less what the
 * history says was paid, for a cap across years), items are reduced in order (each gets what
 * remains) and those reduced to 0 become zero items. An unknown limit rules the group out
 * (absent) or makes its items pending.
 */
function capGroup(group: readonly AwardDraft[], agg: AggregatePlan, limit: Limit, ctx: Context): Capped {
  switch (limit.kind) {
    case "absent":
      return { awards: [], pending: [], zero: [] };
    case "pending":
      return { awards: [], pending: group.map((d) => ({ c: d.c, item: d.item, reason: limit.reason })), zero: [] };
    case "value":
      break;
    default:
      return assertNever(limit, "limit");
  }
  const taken = historyTaken(agg, ctx.history, ctx.date);
  if (taken instanceof Unknown) return { awards: [], pending: [], zero: [] };
  const left = taken ? Dec.max(limit.value.minus(taken.sum), ZERO) : limit.value;
  const sum = group.reduce((s, d) => s.plus(d.amount), ZERO);
  // compared as they are: decimal.js's `gt` and `lte` copy their argument first, on every applicant
  const binds = compareDecimals(sum, left) > 0;
  ctx.probe?.(agg.source, binds ? "binds" : "does not bind");
  if (!binds) return { awards: [...group], pending: [], zero: [] };
  const head = `total cap ${withSource(agg.limit, limit.value)}${taken ? ` ${taken.text}` : ""} of ${agg.label}`;
  let remaining = left;
  const awards: AwardDraft[] = [];
  const zero: ZeroDraft[] = [];
  for (const d of group) {
    const amount = remaining.lt(d.amount) ? remaining : d.amount;
    remaining = remaining.minus(amount);
    if (amount.eq(d.amount)) {
      awards.push(d);
      continue;
    }
    const text = `${head} reached (sum ${formatYuan(sum)}): ${formatYuan(d.amount)} → ${formatYuan(amount)}`;
    const steps = d.steps === null ? null : [...d.steps, { kind: "total-cap" as const, text, span: agg.source.span }];
    if (amount.lte(0)) {
      zero.push({ c: d.c, item: d.item, reason: `${head} reached`, steps });
      continue;
    }
    const low = d.extra?.low;
    const extra = low?.gt(amount) ? { ...d.extra, low: amount } : d.extra;
    awards.push({ c: d.c, item: d.item, amount, steps, ...(extra ? { extra } : {}) });
  }
  return { awards, pending: [], zero };
}

interface Context {
  history: readonly HistoryRecord[];
  date: string | null;
  probe: Probe | undefined;
}

/**
 * Applies the plan's aggregate caps, in order, to the rounded award items (in order). The
 * limit of a group is read (`limitOf`) only when the group has items.
 */
export function applyAggregateCaps(
  plan: Plan,
  drafts: readonly AwardDraft[],
  limitOf: (agg: AggregatePlan, index: number) => Limit,
  ctx: Context,
): Capped {
  // the drafts themselves until a group changes them: no set, closure or copy per cap without items
  let awards: readonly AwardDraft[] = drafts;
  const pending: PendingDraft[] = [];
  const zero: ZeroDraft[] = [];
  for (let k = 0; k < plan.aggregates.length; k++) {
    const agg = plan.aggregates[k]!;
    const inGroup = (d: AwardDraft) => agg.members.includes(d.c.index);
    let first = -1;
    for (let i = 0; i < awards.length && first < 0; i++) if (inGroup(awards[i]!)) first = i;
    if (first < 0) continue;
    const group = awards.filter(inGroup);
    const out = capGroup(group, agg, limitOf(agg, k), ctx);
    const rest = awards.filter((d) => !inGroup(d));
    rest.splice(first, 0, ...out.awards);
    awards = rest;
    pending.push(...out.pending);
    zero.push(...out.zero);
  }
  return { awards: awards === drafts ? [...drafts] : (awards as AwardDraft[]), pending, zero };
}
