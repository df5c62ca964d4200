import type { Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";
import { buildFacts } from "./applicant.js";
import { evaluateOn, project } from "./outcome.js";
import type { Value } from "./plan.js";
import type { Probe } from "./probe.js";
import { assignments } from "./search.js";
import type { Witness } from "./types.js";

/**
 * Runs candidate applicants through both versions until one is paid differently. Every
 * candidate is evaluated with the runtime, so a witness returned is a verified one.
 */
export class Searcher {
  tried = 0;
  private best: { probe: Probe; values: Value[]; amount: Dec } | null = null;

  constructor(
    private readonly before: Policy,
    private readonly after: Policy,
    private readonly date: string,
    private readonly budget: number,
  ) {}

  get exhausted(): boolean {
    return this.tried >= this.budget;
  }

  get remaining(): number {
    return Math.max(0, this.budget - this.tried);
  }

  /** Evaluates one candidate; the witness when both versions pay the selected items differently. */
  test(probe: Probe, values: Value[], count = 1): Witness | null {
    this.tried++;
    const facts = buildFacts(this.before, this.after, {
      slots: probe.slots,
      values,
      lists: probe.lists,
      count,
      date: this.date,
    });
    const rb = evaluateOn(this.before, facts, this.after);
    const ra = evaluateOn(this.after, facts, this.before);
    if (!rb || !ra) return null;
    const pb = project(rb, probe.selectBefore);
    const pa = project(ra, probe.selectAfter);
    const amount = Dec.max(pb.amount, pa.amount);
    if (count === 1 && amount.gt(0) && (!this.best || amount.gt(this.best.amount)))
      this.best = { probe, values, amount };
    return pb.key !== pa.key ? { facts, before: pb.outcome, after: pa.outcome, tried: this.tried } : null;
  }

  /** Candidates nearest to the defaults first, within `limit` evaluations (and the overall budget). */
  search(probe: Probe, limit = Infinity): Witness | null {
    const stop = Math.min(this.budget, this.tried + limit);
    for (const values of assignments(probe.slots)) {
      if (this.tried >= stop) return null;
      const w = this.test(probe, values);
      if (w) return w;
    }
    return null;
  }

  /**
   * For caps on a sum of items (`cap total`): the best-paid applicant seen so far, with
   * just enough copies of its item to pass each version's cap.
   */
  replicate(caps: readonly Dec[]): Witness | null {
    const best = this.best;
    if (!best) return null;
    const counts = new Set<number>([2]);
    for (const cap of caps) counts.add(Math.min(500, cap.div(best.amount).floor().toNumber() + 1));
    for (const n of [...counts].sort((a, b) => a - b)) {
      const w = this.test(best.probe, best.values, n);
      if (w) return w;
    }
    return null;
  }
}
