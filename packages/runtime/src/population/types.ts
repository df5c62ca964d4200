/**
 * What a population run needs of one award item to enforce selections and budgets: a subset of
 * an `Award` (a batch record's award is one).
 */
export interface LimitAward {
  article: number;
  clause: string;
  item?: string;
  /** yuan, two decimals */
  amount: string;
  /** the values the clause's `select` ranks and groups by, as results write them (`not given`: unknown) */
  selection?: { by: string; per?: string };
}

/** One applicant's result as far as limits go, in input order; null for a line that was not evaluated. */
export type LimitApplicant = { readonly awards: readonly LimitAward[] } | null;

/**
 * What the population did to one award item. `selected`/`not selected`: a `select` decided;
 * `funded`/`not funded`: an article's `budget` decided (after its selection, when the clause has
 * one). `paid` is the amount paid: the award's amount, or `0.00`; `rank` and `of` place the item
 * among its clause's candidates (in its category, with `per`).
 */
export interface AwardLimit {
  status: "selected" | "not selected" | "funded" | "not funded";
  paid: string;
  reason: string;
  rank?: number;
  of?: number;
}

/** One clause's selection over the population (one row per category with `per`). */
export interface SelectionUse {
  article: number;
  clause: string;
  /** the category (the `per` key's value), when the selection has one */
  category?: string;
  /** N of `select top N` */
  count: number;
  candidates: number;
  selected: number;
}

/** One article's budget over the population: how much was spent, how much is left. */
export interface BudgetUse {
  article: number;
  budget: string;
  spent: string;
  left: string;
  funded: number;
  notFunded: number;
}

export interface PopulationLimits {
  /** per applicant (input order), per award (the applicant's order): null when no limit applies */
  awards: (AwardLimit | null)[][];
  selections: SelectionUse[];
  budgets: BudgetUse[];
}
