import { assertNever } from "@subsidia/ir";
import type { ExclusionPlan, Plan } from "@subsidia/plan";
import type { Probe } from "./coverage-probe.js";
import type { AwardDraft, ZeroDraft } from "./drafts.js";
import { type Dec, formatYuan, ZERO } from "./money.js";

interface Excluded {
  awards: AwardDraft[];
  zero: ZeroDraft[];
}

const where = (d: AwardDraft): string => `${d.c.clause.id}${d.item !== undefined ? ` for ${d.item}` : ""}`;

/** Keeps the highest of a group (ties: the first); the others become zero items naming it. */
function keepHighest(group: readonly AwardDraft[][], reason: string, out: Set<AwardDraft>, zero: ZeroDraft[]): void {
  const sum = (ds: readonly AwardDraft[]): Dec => ds.reduce((s, d) => s.plus(d.amount), ZERO);
  let best = 0;
  group.forEach((ds, i) => {
    if (sum(ds).gt(sum(group[best]!))) best = i;
  });
  const kept = group[best]!;
  const keptText = `${kept.map(where).join(", ")} (${formatYuan(sum(kept))}) kept`;
  group.forEach((ds, i) => {
    if (i === best) return;
    for (const d of ds) {
      out.delete(d);
      const text = `excluded (${reason}): ${keptText}`;
      zero.push({
        c: d.c,
        item: d.item,
        reason: text,
        steps: d.steps ? [...d.steps, { kind: "exclusion", text }] : null,
      });
    }
  });
}

function groupsOf(x: ExclusionPlan, awards: readonly AwardDraft[]): AwardDraft[][][] {
  switch (x.kind) {
    case "one-per": {
      const byKey = new Map<string, AwardDraft[][]>();
      const alone: AwardDraft[][][] = [];
      for (const d of awards) {
        if (d.c.index !== x.clause) continue;
        const key = d.extra?.onePer;
        if (key === null || key === undefined) alone.push([[d]]);
        else byKey.set(key, [...(byKey.get(key) ?? []), [d]]);
      }
      return [...byKey.values(), ...alone];
    }
    case "exclusive": {
      const members = awards.filter((d) => x.members.includes(d.c.index));
      if (x.perItem) {
        const byItem = new Map<string, AwardDraft[][]>();
        for (const d of members) byItem.set(d.item!, [...(byItem.get(d.item!) ?? []), [d]]);
        return [...byItem.values()];
      }
      return [x.members.map((m) => members.filter((d) => d.c.index === m)).filter((ds) => ds.length > 0)];
    }
    default:
      return assertNever(x, "exclusion");
  }
}

/**
 * Applies the plan's exclusions in order: in each group (one clause's items with one key, or
 * the awards of exclusive clauses, per item or per applicant) the highest is kept. `probe` is
 * told of each `exclusive` group and each clause's `one per` that excluded an award (coverage).
 */
export function applyExclusions(plan: Plan, drafts: readonly AwardDraft[], probe?: Probe): Excluded {
  if (plan.exclusions.length === 0) return { awards: [...drafts], zero: [] };
  const kept = new Set(drafts);
  const zero: ZeroDraft[] = [];
  for (const x of plan.exclusions) {
    const reason = x.reason ?? (x.kind === "one-per" ? "one per key, the highest kept" : "exclusive, the highest kept");
    for (const group of groupsOf(x, [...kept])) {
      if (group.length < 2) continue;
      keepHighest(group, reason, kept, zero);
      const node = x.kind === "exclusive" ? x.source : group[0]?.[0]?.c.clause.onePer;
      if (node) probe?.(node, "excludes");
    }
  }
  return { awards: drafts.filter((d) => kept.has(d)), zero };
}
