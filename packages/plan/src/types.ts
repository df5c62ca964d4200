import type { Article, Award, Cap, Clause, Expr, Funding, Param, Policy, Uplift } from "@subsidia/ir";

export type RoundingMode = Policy["rounding"]["mode"];
export type Lit = Extract<Expr, { k: "lit" }>;

/**
 * How a policy is evaluated, step by step, for one applicant: the one place where evaluation
 * order lives. Every evaluator (the explaining interpreter, the generated JavaScript, SQL)
 * walks this plan; none re-derives the order from the IR. The IR nodes a step came from
 * are kept as `source`, for explanations, coverage and diagnostics.
 *
 * For each applicant:
 * 1. `validity`: not in force on the date → no awards, no pending items.
 * 2. `clauses`, in order; per item of `forEach` (or once): `conditions` (Kleene logic: an
 *    absent optional fact rules the item out; a pending parameter makes it pending), then
 *    `award.pending` (eligible, but the amount needs a parameter left to implementing rules),
 *    then `award.base`, then `award.steps` in order (uplifts before the caps, caps, uplifts
 *    after them, rounding); an item of 0 after rounding pays nothing.
 * 3. `aggregates`, in order, over the rounded items: a group whose sum exceeds its limit is
 *    reduced item by item in order (each gets what remains; items reduced to 0 are dropped).
 * 4. Totals of the written (two-decimal) amounts, by basis; funding split per item.
 * Across policies evaluated together, `stacking` and each clause's `stackKey` decide.
 */
export interface Plan {
  readonly policy: Policy;
  readonly id: string;
  readonly validity: Validity | null;
  readonly rounding: RoundingPlan;
  /** every parameter by name, its values folded to literals */
  readonly params: ReadonlyMap<string, ParamPlan>;
  /** in document order: the order items are evaluated and written */
  readonly clauses: readonly ClausePlan[];
  /** applied after every clause, in this order */
  readonly aggregates: readonly AggregatePlan[];
  readonly stacking: Policy["stacking"];
}

export interface Validity {
  readonly from: string;
  readonly to: string;
  /** the date fact that decides validity and selects dated parameter values */
  readonly dateInput: string;
}

export interface RoundingPlan {
  /** a decimal string > 0: each award item becomes a multiple of it */
  readonly unit: string;
  readonly mode: RoundingMode;
  /** k when `unit` is 10^-k (0.01 → 2, 1 → 0), else null */
  readonly places: number | null;
}

/** A parameter: pending (left to implementing rules) or values by date, each a literal. */
export interface ParamPlan {
  readonly name: string;
  readonly type: Param["type"];
  /** the reason when the document leaves the value to implementing rules */
  readonly pending: string | null;
  /** the last entry whose `from` is on or before the date applies; `from` null: from the start */
  readonly values: readonly { readonly from: string | null; readonly value: Lit }[];
  readonly source: Param;
}

export interface ClausePlan {
  /** position in `Plan.clauses` */
  readonly index: number;
  /** where errors are reported: `art4.platformConstruction` */
  readonly path: string;
  readonly article: Article;
  readonly clause: Clause;
  /** one evaluation per element of the list input, the element bound to `var` */
  readonly forEach: { readonly var: string; readonly list: string } | null;
  /** the `when` lines: all must hold */
  readonly conditions: readonly Expr[];
  readonly award: AwardPlan | null;
  /** present when the clause pays no computable amount: why */
  readonly nonMonetary: string | null;
  /** the key its awards stack under across policies, with the item id (null: the item id alone) */
  readonly stackKey: string | null;
}

export interface AwardPlan {
  readonly basis: Clause["basis"];
  /**
   * The reasons of the pending parameters the amount reads (base, caps, uplift rates), joined
   * with `; `: an eligible item is pending with it, whatever else the amount would read.
   */
  readonly pending: string | null;
  readonly base: BasePlan;
  /** after the base amount, in order; the last step rounds */
  readonly steps: readonly StepPlan[];
  readonly funding: FundingPlan | null;
}

/** The base amount of an item, before uplifts and caps. */
export type BasePlan =
  | { readonly kind: "amount"; readonly amount: Expr; readonly source: Award }
  | { readonly kind: "rate"; readonly rate: Expr; readonly base: Expr; readonly source: Award }
  /** the highest threshold reached pays (equal thresholds: the later tier); none reached: nothing */
  | { readonly kind: "tiers"; readonly base: Expr; readonly tiers: readonly TierPlan[]; readonly source: Award }
  /** the first case whose key matches pays; else `otherwise`; else nothing */
  | {
      readonly kind: "lookup";
      readonly key: Expr;
      readonly cases: readonly CasePlan[];
      readonly otherwise: Expr | null;
      readonly source: Award;
    };

export type TierPlan = Extract<Award, { kind: "tiers" }>["tiers"][number];
export type CasePlan = Extract<Award, { kind: "lookup" }>["cases"][number];

export type StepPlan =
  /** amount × (1 + rate) when `when` holds (or always) */
  | {
      readonly kind: "uplift";
      readonly order: Uplift["order"];
      readonly rate: Expr;
      readonly when: Expr | null;
      readonly source: Uplift;
    }
  /** min(amount, limit) */
  | { readonly kind: "cap"; readonly limit: Expr; readonly source: Cap }
  /** to a multiple of the policy's rounding unit, in its mode */
  | { readonly kind: "round" };

/** A cap on the sum of a group of rounded items for one applicant (`cap total`). */
export interface AggregatePlan {
  readonly scope: "clause" | "article";
  /** as explanations name it: `clause construction`, `article 12` */
  readonly label: string;
  /** the clauses whose items form the group, in order */
  readonly members: readonly number[];
  /** read with no item in scope */
  readonly limit: Expr;
  readonly source: Cap;
}

/** Who pays which share: the parts are rounded, the last payer gets the remainder. */
export interface FundingPlan {
  readonly payers: readonly { readonly name: string; readonly share: string; readonly fraction: string }[];
  /** the sum of the shares (decimal string) */
  readonly total: string;
  readonly source: Funding;
}
