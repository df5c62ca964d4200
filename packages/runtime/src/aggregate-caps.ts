import { assertNever } from "@subsidia/ir";
import type { AggregatePlan, Plan } from "@subsidia/plan";
import type { Probe } from "./coverage-probe.js";
import type { AwardDraft, PendingDraft } from "./drafts.js";
import { type Dec, formatYuan, withSource, ZERO } from "./money.js";

/** The limit of an aggregate cap: a decimal, or unknown (an absent fact, a pending parameter). */
export type Limit = { kind: "value"; value: Dec } | { kind: "absent" } | { kind: "pending"; reason: string };

interface Capped {
  awards: AwardDraft[];
  pending: PendingDraft[];
}

/**
 * Caps the sum of a group of rounded items: when the sum exceeds the limit, items are reduced
 * in order (each gets what remains) and those reduced to zero are dropped. An unknown limit
 * rules the group out (absent) or makes its items pending.
 */
function capGroup(group: readonly AwardDraft[], agg: AggregatePlan, limit: Limit, probe: Probe | undefined): Capped {
  switch (limit.kind) {
    case "absent":
      return { awards: [], pending: [] };
    case "pending":
      return { awards: [], pending: group.map((d) => ({ c: d.c, item: d.item, reason: limit.reason })) };
    case "value":
      break;
    default:
      return assertNever(limit, "limit");
  }
  const sum = group.reduce((s, d) => s.plus(d.amount), ZERO);
  probe?.(agg.source, sum.gt(limit.value) ? "binds" : "does not bind");
  if (sum.lte(limit.value)) return { awards: [...group], pending: [] };
  let remaining = limit.value;
  const awards: AwardDraft[] = [];
  for (const d of group) {
    const amount = remaining.lt(d.amount) ? remaining : d.amount;
    remaining = remaining.minus(amount);
    if (amount.lte(0)) continue;
    if (amount.eq(d.amount)) {
      awards.push(d);
      continue;
    }
    let steps = d.steps;
    if (steps !== null) {
      const head = `total cap ${withSource(agg.limit, limit.value)} of ${agg.label} reached (sum ${formatYuan(sum)})`;
      const text = `${head}: ${formatYuan(d.amount)} → ${formatYuan(amount)}`;
      steps = [...steps, { kind: "total-cap", text, span: agg.source.span }];
    }
    awards.push({ c: d.c, item: d.item, amount, steps });
  }
  return { awards, pending: [] };
}

/**
 * Applies the plan's aggregate caps, in order, to the rounded award items (in order). The
 * limit of a group is read (`limitOf`) only when the group has items.
 */
export function applyAggregateCaps(
  plan: Plan,
  drafts: readonly AwardDraft[],
  limitOf: (agg: AggregatePlan, index: number) => Limit,
  probe?: Probe,
): Capped {
  let awards = [...drafts];
  const pending: PendingDraft[] = [];
  plan.aggregates.forEach((agg, k) => {
    const members = new Set(agg.members);
    const inGroup = (d: AwardDraft) => members.has(d.c.index);
    const group = awards.filter(inGroup);
    if (group.length === 0) return;
    const out = capGroup(group, agg, limitOf(agg, k), probe);
    const at = awards.indexOf(group[0]!);
    const rest = awards.filter((d) => !inGroup(d));
    rest.splice(at, 0, ...out.awards);
    awards = rest;
    pending.push(...out.pending);
  });
  return { awards, pending };
}
