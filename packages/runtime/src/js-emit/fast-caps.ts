import type { AggregatePlan, Plan } from "@subsidia/plan";
import { applyAggregateCaps, type Limit } from "../aggregate-caps.js";
import type { AwardDraft } from "../drafts.js";
import type { HistoryRecord } from "../history.js";
import type { Dec } from "../money.js";
import { FastDraft } from "./fast-values.js";
import { unitsOf } from "./units.js";

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

/**
 * `applyAggregateCaps` for awards all from the fast path when no cap binds: each group's sum
 * in cents against its limit, and the groups placed as the shared function places them (at
 * their first member). A cap that binds, a limit unknown or finer than a cent, a cap across
 * years, or any other draft: the shared function decides, from the start.
 */
export function fastAggregateCaps(
  plan: Plan,
  drafts: readonly AwardDraft[],
  limitOf: (agg: AggregatePlan, index: number) => Limit,
  ctx: { history: readonly HistoryRecord[]; date: string | null; probe: undefined },
): ReturnType<typeof applyAggregateCaps> {
  const shared = () => applyAggregateCaps(plan, drafts, limitOf, ctx);
  if (!drafts.every((d) => d instanceof FastDraft)) return shared();
  let awards = drafts as readonly FastDraft[];
  for (let k = 0; k < plan.aggregates.length; k++) {
    const agg = plan.aggregates[k]!;
    if (agg.history) return shared();
    const inGroup = (d: FastDraft) => agg.members.includes(d.c.index);
    const group = awards.filter(inGroup);
    if (group.length === 0) continue;
    const limit = limitOf(agg, k);
    if (limit.kind !== "value") return shared();
    const left = limitCents(limit.value);
    let sum = 0;
    for (const d of group) sum += d.cents;
    // NaN (a limit finer than a cent, or too large) compares false: the shared function decides
    if (!(sum <= left)) return shared();
    const at = awards.indexOf(group[0]!);
    const rest = awards.filter((d) => !inGroup(d));
    rest.splice(at, 0, ...group);
    awards = rest;
  }
  return { awards: [...awards], pending: [], zero: [] };
}
