import type {
  Article,
  Award,
  Cap,
  Clause,
  Expr,
  Funding,
  HistoryCap,
  Instalment,
  Param,
  Policy,
  Rule,
  Selection,
  Uplift,
} from "@subsidia/ir";

export type RoundingMode = Policy["rounding"]["mode"];
export type Lit = Extract<Expr, { k: "lit" }>;
/** One `exclusive "…" { a, b } keep highest` group of an article. */
export type ExclusiveGroup = NonNullable<Article["exclusive"]>[number];

/**
 * How a policy is evaluated, step by step, for one applicant: the one place where evaluation
 * order lives. Every evaluator (the explaining interpreter, the generated JavaScript, SQL)
 * walks this plan; none re-derives the order from the IR. The IR nodes a step came from
 * are kept as `source`, for explanations, coverage and diagnostics.
 *
 * For each applicant:
 * 1. `validity`: not in force on the date → no awards, no pending items.
 * 2. `clauses`, in the order `order` gives (document order, except that a clause reading
 *    `award of X` comes after X); per item of `forEach` (or once): `conditions` (Kleene logic:
 *    an absent optional fact rules the item out; a pending parameter makes it pending), then
 *    `award.once` (nothing for an item paid before), `award.pending` (eligible, but the amount
 *    needs a parameter left to implementing rules), then `award.base` (and `award.low` for a
 *    range), then `award.steps` in order (uplifts before the caps, caps, uplifts after them,
 *    what was received before, caps across years, rounding); an item of 0 after rounding is a
 *    zero item with its reason.
 * 3. `exclusions`, in order (`one per … keep highest`, `exclusive { … }`): in each group the
 *    highest award is kept, the others become zero items.
 * 4. `aggregates`, in order, over the rounded items: a group whose sum exceeds its limit (less
 *    what the history says the clause paid before, for caps across years) is reduced item by
 *    item in order (each gets what remains; items reduced to 0 become zero items).
 * 5. Written in document order; totals of the written (two-decimal) amounts by basis (`range`:
 *    its low end in `total`, its high end in `upToTotal`; awards subject to a selection count
 *    as up-to); funding split and instalments per item.
 * Across policies evaluated together, `stacking` and each clause's `stackKey` decide.
 */
export interface Plan {
  readonly policy: Policy;
  readonly id: string;
  readonly validity: Validity | null;
  readonly rounding: RoundingPlan;
  /** every parameter by name, its values folded to literals */
  readonly params: ReadonlyMap<string, ParamPlan>;
  /** in document order: the order items are written */
  readonly clauses: readonly ClausePlan[];
  /** the order clauses are evaluated in: a clause after those whose `award of` it reads */
  readonly order: readonly number[];
  /** applied after every clause, in this order, before the aggregate caps */
  readonly exclusions: readonly ExclusionPlan[];
  /** applied after every clause, in this order */
  readonly aggregates: readonly AggregatePlan[];
  readonly stacking: Policy["stacking"];
  /** the list input (role `awards`) holding the awards paid before; null when none is declared */
  readonly awardsInput: string | null;
}

/** Among a group of awards, the highest is kept and the others become zero items. */
export type ExclusionPlan =
  /** `one per key keep highest`: among one clause's items with equal key values */
  | { readonly kind: "one-per"; readonly clause: number; readonly key: Expr; readonly reason: string | null }
  /**
   * `exclusive { a, b } keep highest`: among these clauses, per item when all iterate the same
   * list (`perItem`), else per applicant (the sums of their items compete)
   */
  | {
      readonly kind: "exclusive";
      readonly members: readonly number[];
      readonly perItem: boolean;
      readonly reason: string | null;
      /** the article's `exclusive` group it lowers (coverage names its branch by it) */
      readonly source: ExclusiveGroup;
    };

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
  /** the title its results carry: the clause's, else its article's */
  readonly title: string;
  /** the cited text its results carry: the clause's, else its article's (null: none) */
  readonly citation: string | null;
  /** the implementing rules the clause and its article cite */
  readonly rules: readonly Rule[];
}

export interface AwardPlan {
  readonly basis: Clause["basis"];
  /** `once`: an item the awards history shows paid before by this clause gets nothing */
  readonly once: { readonly reason: string | null } | null;
  /**
   * The reasons of the pending parameters the amount reads (base, caps, uplift rates), joined
   * with `; `: an eligible item is pending with it, whatever else the amount would read.
   */
  readonly pending: string | null;
  readonly base: BasePlan;
  /** the low end of a `range` award, through the same steps; null for other bases */
  readonly low: BasePlan | null;
  /** after the base amount, in order; the last step rounds */
  readonly steps: readonly StepPlan[];
  readonly funding: FundingPlan | null;
  /** `pay …`: instalments of the final award at milestones; null when paid at once */
  readonly schedule: readonly Instalment[] | null;
  /** `select …`: the award is subject to a selection among applicants */
  readonly selection: Selection | null;
}

/** The base amount of an item, before uplifts and caps. */
export type BasePlan =
  | { readonly kind: "amount"; readonly amount: Expr; readonly source: Award }
  | { readonly kind: "rate"; readonly rate: Expr; readonly base: Expr; readonly source: Award }
  /**
   * the highest threshold reached pays (equal thresholds: the later tier); none reached: nothing.
   * With `since`: every tier reached now and not by `since` pays, added (first-time crossings).
   */
  | {
      readonly kind: "tiers";
      readonly base: Expr;
      readonly tiers: readonly TierPlan[];
      readonly since: Expr | null;
      readonly source: Award;
    }
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
  /** amount − what this clause paid the item before (the awards history), at least 0 */
  | { readonly kind: "less-received"; readonly source: { span: Clause["span"] } }
  /** min(amount, limit − what this clause paid the item in the window), at least 0 */
  | { readonly kind: "history-cap"; readonly limit: Expr; readonly years: number | null; readonly source: HistoryCap }
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
  /** a cap across years (`cap total … over`): the limit less what the clause paid in the window */
  readonly history: { readonly clause: string; readonly years: number | null } | null;
  readonly source: Cap | HistoryCap;
}

/** Who pays which share: the parts are rounded, the last payer gets the remainder. */
export interface FundingPlan {
  readonly payers: readonly { readonly name: string; readonly share: string; readonly fraction: string }[];
  /** the sum of the shares (decimal string) */
  readonly total: string;
  readonly source: Funding;
}
