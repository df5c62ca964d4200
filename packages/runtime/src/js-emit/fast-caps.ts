import type { Plan } from "@subsidia/plan";
import { applyAggregateCaps } from "../aggregate-caps.js";
import type { AwardDraft, PendingDraft, ZeroDraft } from "../drafts.js";
import type { HistoryRecord } from "../history.js";
import { type Dec, withSource } from "../money.js";
import type { Val } from "../values.js";
import { FastDraft } from "./fast-values.js";
import { unitsOf } from "./units.js";
import { limit } from "./values.js";

/** The cents of a limit (a decimal of the IR is the same object on every call: read once). */
const centsOf = new WeakMap<Dec, number>();

function limitCents(d: Dec): number {
  let n = centsOf.get(d);
  if (n === undefined) {
    n = unitsOf(d, 2);
    centsOf.set(d, n);
  }
  return n;
}

/** The generated `limitOf`: the value of the k-th aggregate cap's limit for these facts. */
export type LimitOf = (k: number, facts: unknown, date: string | null) => Val;

interface Capped {
  awards: readonly AwardDraft[];
  pending: readonly PendingDraft[];
  zero: readonly ZeroDraft[];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * `applyAggregateCaps` in cents for awards all from the fast path (`FastDraft`): each group's
 * sum against its limit, and the groups placed as the shared function places them (at their
 * first member); a cap that binds reduces the items in order, each to what remains, those
 * reduced to 0 becoming zero items with the shared function's reason. A limit unknown or
 * finer than a cent, a cap across years, or any other draft: the shared function decides,
 * from the start. Allocates nothing when no cap binds and every group is in one piece.
 */
export function fastAggregateCaps(
  plan: Plan,
  drafts: readonly AwardDraft[],
  limitOf: LimitOf,
  facts: unknown,
  date: string | null,
  history: readonly HistoryRecord[],
): Capped {
  const shared = () =>
    applyAggregateCaps(plan, drafts, (agg, k) => limit(limitOf(k, facts, date), agg), {
      history,
      date,
      probe: undefined,
    });
  for (let i = 0; i < drafts.length; i++) if (!(drafts[i] instanceof FastDraft)) return shared();
  let awards = drafts as readonly FastDraft[];
  let zero: ZeroDraft[] | null = null;
  for (let k = 0; k < plan.aggregates.length; k++) {
    const agg = plan.aggregates[k]!;
    if (agg.history) return shared();
    let first = -1;
    let last = -1;
    let whole = true;
    let sum = 0;
    for (let i = 0; i < awards.length; i++) {
      if (!agg.members.includes(awards[i]!.c.index)) continue;
      if (first < 0) first = i;
      else if (i !== last + 1) whole = false;
      last = i;
      sum += awards[i]!.cents;
    }
    if (first < 0) continue;
    const l = limit(limitOf(k, facts, date), agg);
    if (l.kind !== "value") return shared();
    const left = limitCents(l.value);
    // NaN (a limit finer than a cent, or too large) compares false: the shared function decides
    if (!(left >= -Number.MAX_SAFE_INTEGER) || sum > Number.MAX_SAFE_INTEGER) return shared();
    if (sum <= left && whole) continue;
    const group: FastDraft[] = [];
    const rest: FastDraft[] = [];
    for (const d of awards) (agg.members.includes(d.c.index) ? group : rest).push(d);
    if (sum > left) {
      const head = `total cap ${withSource(agg.limit, l.value)} of ${agg.label}`;
      let remaining = left;
      let kept = 0;
      for (const d of group) {
        const cents = Math.min(remaining, d.cents);
        remaining -= cents;
        if (cents === d.cents) group[kept++] = d;
        else if (cents <= 0) (zero ??= []).push({ c: d.c, item: d.item, reason: `${head} reached`, steps: null });
        else group[kept++] = new FastDraft(d.c, d.item, cents);
      }
      group.length = kept;
    }
    rest.splice(first, 0, ...group);
    awards = rest;
  }
  return { awards, pending: NONE, zero: zero ?? NONE };
}
