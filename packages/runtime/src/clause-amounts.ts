import type { Expr } from "@subsidia/ir";
import type { ClausePlan, Plan } from "@subsidia/plan";
import { type Dec, ZERO } from "./money.js";
import { EvaluationError, Unknown, type Val } from "./values.js";

type AwardOf = Extract<Expr, { k: "awardOf" }>;

const awardReads = new WeakMap<Plan, boolean>();

/** Whether anything in the policy reads `award of`: any node of its IR, once per plan. */
export function readsAwards(plan: Plan): boolean {
  let reads = awardReads.get(plan);
  if (reads === undefined) {
    reads = hasAwardOf(plan.policy);
    awardReads.set(plan, reads);
  }
  return reads;
}

function hasAwardOf(x: unknown): boolean {
  if (typeof x !== "object" || x === null) return false;
  if ((x as { k?: unknown }).k === "awardOf") return true;
  return Object.values(x).some(hasAwardOf);
}

/** The maps of a plan whose amounts nothing reads: shared, never written (`record` keeps nothing). */
const NO_ITEMS = new Map<number, Map<string, Dec | Unknown>>();
const NO_SUMS = new Map<number, Dec | Unknown>();

/**
 * What each clause evaluated so far comes to, for `award of CLAUSE`: per item and in sum, the
 * item's amount after its own steps (0 when not eligible or 0; unknown when pending), before
 * exclusions and aggregate caps. Both evaluators record into it and read from it.
 */
export class ClauseAmounts {
  private readonly items: Map<number, Map<string, Dec | Unknown>>;
  private readonly sums: Map<number, Dec | Unknown>;
  /** false when nothing reads them (`readsAwards`): then nothing is recorded, and no map made */
  private readonly kept: boolean;

  constructor(private readonly plan: Plan) {
    this.kept = readsAwards(plan);
    this.items = this.kept ? new Map() : NO_ITEMS;
    this.sums = this.kept ? new Map() : NO_SUMS;
  }

  record(c: ClausePlan, item: string | undefined, value: Dec | Unknown): void {
    if (!this.kept) return;
    if (item !== undefined) {
      let m = this.items.get(c.index);
      if (!m) this.items.set(c.index, (m = new Map()));
      m.set(item, value);
    }
    const sum = this.sums.get(c.index) ?? ZERO;
    if (sum instanceof Unknown) return;
    // adding 0 (an item not eligible) leaves the sum as it is: no decimal made
    if (value !== ZERO) this.sums.set(c.index, value instanceof Unknown ? value : sum.plus(value));
  }

  /** The value of `award of X` read by clause `from` (for its item `item`). */
  read(e: AwardOf, from: ClausePlan, item: string | undefined): Val {
    const ref = this.plan.clauses.find((c) => c.clause.id === e.clause);
    if (!ref) throw new EvaluationError(`unknown clause \`${e.clause}\` in \`${e.src}\``, e.span);
    const sameItem = item !== undefined && ref.forEach !== null && ref.forEach.list === from.forEach?.list;
    if (sameItem) return this.items.get(ref.index)?.get(item) ?? ZERO;
    return this.sums.get(ref.index) ?? ZERO;
  }
}
