import { type ApplicantRef, Impact, type ImpactPart, type ImpactSummary, type ResultAmounts } from "@subsidia/diff";
import type { Policy } from "@subsidia/ir";
import { applyPopulationLimits, hasPopulationLimits, type LimitAward, totals } from "@subsidia/runtime";
import { holdsRecords } from "../batch/population-limits.js";

type Awards = ResultAmounts & { awards: readonly (ResultAmounts["awards"][number] & LimitAward)[] };
type Call = { ref: ApplicantRef; reason: string } | { ref: ApplicantRef; before: Awards; after: Awards };

/** One version's results after its selections and budgets: paid amounts, totals written again. */
function limited(policy: Policy, results: readonly Awards[]): ResultAmounts[] {
  if (!hasPopulationLimits(policy)) return [...results];
  const decided = applyPopulationLimits(policy, results).awards;
  return results.map((r, i) => {
    if (decided[i]!.every((l) => l === null)) return r;
    const awards = r.awards.map((a, j) => {
      const l = decided[i]![j];
      if (!l) return a;
      const { selection: _, ...paid } = a;
      return {
        ...paid,
        amount: l.paid,
        ...(a.range && l.paid === "0.00" ? { range: { min: "0.00", max: "0.00" } } : {}),
      };
    });
    return { ...r, ...totals(awards), awards };
  });
}

/**
 * `Impact` for `diff --population`, by either engine: when a version has a `select` or a
 * `budget`, each line's amounts are held to the end, decided over the whole population
 * (`applyPopulationLimits`, as `batch` does), then summed in input order. The awards must carry
 * their clause, item and selection keys then (`needsKeys`).
 */
export class LimitedImpact {
  private readonly impact: Impact;
  private readonly calls: Call[] | null;

  constructor(
    private readonly before: Policy,
    private readonly after: Policy,
    opts: { top: number },
  ) {
    this.impact = new Impact(before, after, opts);
    this.calls = needsKeys(before, after) ? [] : null;
  }

  skip(ref: ApplicantRef, reason: string): void {
    if (this.calls) this.calls.push({ ref, reason });
    else this.impact.skip(ref, reason);
  }

  addResults(before: ResultAmounts, after: ResultAmounts, ref: ApplicantRef): void {
    if (this.calls) this.calls.push({ ref, before: before as Awards, after: after as Awards });
    else this.impact.addResults(before, after, ref);
  }

  /** A part added up by a worker (only for versions without selections or budgets: `needsKeys` false). */
  merge(part: ImpactPart): void {
    if (this.calls) throw new Error("a part of a population with selections or budgets");
    this.impact.merge(part);
  }

  summary(): ImpactSummary {
    if (this.calls) {
      const added = this.calls.filter((c) => "before" in c);
      const before = limited(
        this.before,
        added.map((c) => c.before),
      );
      const after = limited(
        this.after,
        added.map((c) => c.after),
      );
      let k = 0;
      for (const c of this.calls) {
        if ("reason" in c) this.impact.skip(c.ref, c.reason);
        else this.impact.addResults(before[k]!, after[k++]!, c.ref);
      }
      this.calls.length = 0;
    }
    return this.impact.summary();
  }
}

/** Whether either version has selections or budgets (checked: a budget must be one constant amount). */
export const needsKeys = (before: Policy, after: Policy): boolean => holdsRecords(before) || holdsRecords(after);
