import type { Award, Clause } from "@subsidia/ir";
import { boundsOf, constant, type Params } from "./analysis-bounds.js";
import { cmp, type Q } from "./analysis-numbers.js";
import type { Report } from "./analysis-report.js";

type Tiers = Extract<Award, { kind: "tiers" }>;

/**
 * Tiers ("highest tier reached"): thresholds must ascend (A005), each once
 * (A007); a tier that pays less than a lower one is suspicious (A006); a tier
 * that the clause's conditions make unreachable is dead text (A008).
 */
export function checkTiers(report: Report, clause: Clause, params: Params): void {
  const award = clause.award;
  if (award?.kind !== "tiers") return;
  const thresholds = award.tiers.map((t) => constant(t.atLeast, params));
  const amounts = award.tiers.map((t) => constant(t.amount, params));
  let ordered = true;
  for (let i = 1; i < award.tiers.length; i++) {
    const [prev, cur] = [award.tiers[i - 1]!, award.tiers[i]!];
    const [a, b] = [thresholds[i - 1], thresholds[i]];
    if (!a || !b) {
      ordered = false;
      continue;
    }
    const order = cmp(b, a);
    if (order === 0) {
      report("A007.repeat", cur.span, { threshold: cur.atLeast.src });
      ordered = false;
    } else if (order < 0) {
      report("A005.order", cur.span, { threshold: cur.atLeast.src, previous: prev.atLeast.src });
      ordered = false;
    } else {
      const [x, y] = [amounts[i - 1], amounts[i]];
      if (x && y && cmp(y, x) < 0) {
        report("A006.pays", cur.span, {
          threshold: cur.atLeast.src,
          amount: cur.amount.src,
          lower: prev.amount.src,
        });
      }
    }
  }
  if (ordered) checkReachable(report, clause, award, thresholds as Q[], params);
}

/** With ascending thresholds: a tier above the conditions' upper bound, or below a higher tier that every eligible base reaches. */
function checkReachable(report: Report, clause: Clause, award: Tiers, thresholds: readonly Q[], params: Params): void {
  const { lo, hi } = boundsOf(award.base, clause.conditions, params);
  const base = award.base.src;
  award.tiers.forEach((tier, i) => {
    const t = thresholds[i]!;
    const next = thresholds[i + 1];
    if (hi && (cmp(t, hi.value) > 0 || (cmp(t, hi.value) === 0 && hi.strict))) {
      report("A008.below", tier.span, { threshold: tier.atLeast.src, condition: hi.from.src, base });
    } else if (lo && next && cmp(lo.value, next) >= 0) {
      const higher = award.tiers[i + 1]!;
      report("A008.above", tier.span, {
        threshold: tier.atLeast.src,
        condition: lo.from.src,
        base,
        higher: higher.atLeast.src,
      });
    }
  });
}
