import { type ClausePlan, type Plan, shiftDate } from "@subsidia/plan";
import type { NormalisedFacts } from "./facts.js";
import { Dec, formatYuan, ZERO } from "./money.js";
import { absentValue, Unknown } from "./values.js";

/** One award paid before, from the policy's awards history input (role `awards`). */
export interface HistoryRecord {
  clause: string;
  item: string | null;
  date: string;
  amount: Dec;
}

const historyCache = new WeakMap<NormalisedFacts, HistoryRecord[]>();

/** The awards paid before, as the facts give them (validated against the input's fields). */
export function historyOf(plan: Plan, facts: NormalisedFacts): HistoryRecord[] {
  if (plan.awardsInput === null) return [];
  let out = historyCache.get(facts);
  if (out) return out;
  const list = facts[plan.awardsInput];
  out = [];
  if (Array.isArray(list)) {
    for (const r of list as Record<string, unknown>[]) {
      const item = typeof r["item"] === "string" && r["item"] !== "" ? r["item"] : null;
      out.push({ clause: String(r["clause"]), item, date: String(r["date"]), amount: r["amount"] as Dec });
    }
  }
  historyCache.set(facts, out);
  return out;
}

/** What a clause paid before: its records (for one item, or all) and their sum. */
export interface Received {
  sum: Dec;
  records: HistoryRecord[];
}

/**
 * What the history says `clause` paid (for `item`, or for every item when undefined) on or
 * before `date`, in the last `years` years (null: ever). Unknown (not given) when a window of
 * years is asked for without a date to count back from.
 */
export function received(
  history: readonly HistoryRecord[],
  clause: string,
  item: string | undefined,
  years: number | null,
  date: string | null,
): Received | Unknown {
  if (years !== null && date === null) return absentValue(`the date to count ${years} years back from`);
  const from = years !== null && date !== null ? shiftDate(date, -years, "years") : null;
  const records = history.filter(
    (r) =>
      r.clause === clause &&
      (item === undefined || r.item === item) &&
      (date === null || r.date <= date) &&
      (from === null || r.date >= from),
  );
  return { sum: records.reduce((s, r) => s.plus(r.amount), ZERO), records };
}

/** `2000000.00 (2023-06-01), 1500000.00 (2024-05-20)`, or `nothing`. */
export function receivedText(r: Received): string {
  if (r.records.length === 0) return "nothing";
  return r.records.map((x) => `${formatYuan(x.amount)} (${x.date})`).join(", ");
}

/** `once`: the reason an item gets nothing when the history shows this clause paid it before. */
export function onceReason(
  history: readonly HistoryRecord[],
  clause: ClausePlan,
  item: string | undefined,
  date: string | null,
): string | null {
  const once = clause.award?.once;
  if (!once) return null;
  const got = received(history, clause.clause.id, item, null, date);
  if (got instanceof Unknown || got.records.length === 0) return null;
  const last = got.records[got.records.length - 1]!;
  return `once: already awarded on ${last.date} (${formatYuan(last.amount)})${once.reason ? ` (${once.reason})` : ""}`;
}

/** `less received`: the amount less what was received, at least 0; why it came to 0 when it did. */
export function lessReceivedBy(amount: Dec, got: Received): { next: Dec; zeroBy: string | null } {
  const next = Dec.max(amount.minus(got.sum), ZERO);
  const zeroBy =
    next.isZero() && !amount.isZero() ? `already received ${formatYuan(got.sum)} (${receivedText(got)})` : null;
  return { next, zeroBy };
}

/** A cap across years: the amount within `limit − received`, at least 0; why it came to 0 when it did. */
export function historyCapBy(
  amount: Dec,
  limit: Dec,
  got: Received,
  step: { limit: { src: string }; years: number | null },
): { next: Dec; left: Dec; binds: boolean; over: string; zeroBy: string | null } {
  const left = Dec.max(limit.minus(got.sum), ZERO);
  const over = step.years === null ? "over lifetime" : `over ${step.years} years`;
  const binds = amount.gt(left);
  const zeroBy = binds && left.isZero() ? `cap ${step.limit.src} ${over} used up: received ${receivedText(got)}` : null;
  return { next: binds ? left : amount, left, binds, over, zeroBy };
}
