import type { Currency, ScalarKind, Span } from "@subsidia/ir";
import type { FactsError } from "./facts.js";

/**
 * An intermediate value of a step's amount: a lookup's case, an `if`'s branch, a parameter on the
 * date (`note` says from which date its value applies), whole steps, another clause's award.
 */
export interface StepValue {
  /** what was computed: `by firm.industry`, `if …`, a parameter's name, `award of x` */
  src: string;
  /** its exact value, as JSON amounts are written: a decimal (a percent as a fraction, `0.05`), a date, a text */
  value: string;
  /** its kind, the IR's scalar type: `percent`, `money`, `number`, `integer`, `date`, … */
  type: ScalarKind;
  /** for an amount in another currency than 元, its ISO code (`USD`) */
  currency?: Currency;
  /** the value as the report shows it, by its unit: `5%`, `2000000 元`, `5000000 美元`, `7.2` */
  shown: string;
  /** the case or branch taken and what it computes, or the date a parameter's value applies from */
  note?: string;
  /** the line shown in the report */
  text: string;
  span: Span;
}

/** One step of an explanation, with the source span of the construct it explains. */
export interface Step {
  kind:
    | "condition"
    | "rule"
    | "amount"
    | "tier"
    | "lookup"
    | "cap"
    | "uplift"
    | "round"
    | "total-cap"
    | "funding"
    | "stacking"
    | "history"
    | "range"
    | "exclusion"
    | "schedule"
    | "selection";
  text: string;
  span?: Span;
  /** the intermediate values behind the step's amount, when there are any (also at the end of `text`) */
  values?: StepValue[];
}

/** One payer's part of an award: `share` is a fraction such as `1/2`; the parts add up to the award. */
export interface FundingPart {
  payer: string;
  share: string;
  amount: string;
}

/** An implementing rule a clause cites (`rule "《…管理办法》" "文号"`). */
export interface CitedRule {
  title: string;
  number?: string;
}

/** One instalment of a payment schedule: the parts add up to the award. */
export interface InstalmentPart {
  milestone: string;
  /** the share as a decimal fraction: `0.4` */
  share: string;
  amount: string;
  /** the milestone's date, when known */
  date?: string;
  /** `payable`: its date is on or before the policy's date; `scheduled`: later; `awaiting`: no date yet */
  status: "payable" | "scheduled" | "awaiting";
}

/**
 * One award item greater than zero. Amounts are yuan with two decimals. `title` and
 * `citation` are the clause's (else its article's); `rules` the implementing rules it cites.
 */
export interface Award {
  article: number;
  clause: string;
  item?: string;
  amount: string;
  /** `exact`: due; `up-to`: a ceiling (最高…) set case by case; `range`: from `range.min` to `amount` */
  basis: "exact" | "up-to" | "range";
  title: string;
  citation?: string;
  rules?: CitedRule[];
  explanation: Step[];
  funding?: FundingPart[];
  /** basis `range`: the low end (`amount` is the high end) */
  range?: { min: string; max: string };
  instalments?: InstalmentPart[];
  /** subject to a selection among applicants (counted as up-to): the rule and this item's key */
  selection?: { rule: string; by: string; per?: string };
}

/** An eligible item that comes to 0, with the reason (computed 0, cut by a cap, excluded, paid before). */
export interface ZeroAward {
  article: number;
  clause: string;
  item?: string;
  amount: "0.00";
  reason: string;
  title: string;
  explanation?: Step[];
}

/** Eligible, but the amount depends on a parameter the policy leaves to implementing rules. */
export interface Pending {
  article: number;
  clause: string;
  item?: string;
  reason: string;
  funding?: { payer: string; share: string }[];
}

/** A measure that applies but pays no computable amount. */
export interface NonMonetary {
  article: number;
  clause: string;
  item?: string;
  reason: string;
}

/**
 * One reason an item was not paid, or paid less: the condition, tier, cap or rule at `span`,
 * what it saw (`actual`) and what it asks for (`expected`); `gap` is the exact distance of a
 * failed numeric threshold, in its units (`0.01`).
 */
export interface Because {
  src: string;
  span?: Span;
  text: string;
  actual: string;
  expected: string;
  gap?: string;
}

/** One fact changed by a near miss: its path in the facts (`projects[0].fixedAssetInvestment`). */
export interface FactChange {
  path: string;
  /** the value now (null: not given) */
  from: string | number | boolean | null;
  to: string | number | boolean;
}

/** The smallest change to the applicant's own facts found to make a clause pay, verified by evaluation. */
export interface Nearest {
  changes: FactChange[];
  /** what the clause (this item) pays with the changes */
  award: string;
}

/**
 * A clause (an item of a per-item clause) that did not pay, or paid less than its own amount.
 * `not-met`: a condition is false, or no tier or case applies; `not-given`: a fact it needs is
 * absent (an empty list: no items); `reduced`: paid `amount` instead of `full`, cut by a cap,
 * an aggregate cap, an exclusion or stacking.
 */
export interface NotAwarded {
  article: number;
  clause: string;
  item?: string;
  title: string;
  /** the policy text the clause cites (else its article's), as in `Award` */
  citation?: string;
  kind: "not-met" | "not-given" | "reduced";
  because: Because[];
  /** reduced: what is paid, and what the item comes to without the cuts in `because` */
  amount?: string;
  full?: string;
  /** every `when` line of the item, met or not */
  conditions?: Step[];
  /** set by the near-miss search (`nearMisses` of @subsidia/diff) */
  nearest?: Nearest;
}

/** The outcome of one policy for one applicant; plain JSON. */
export interface Result {
  policy: string;
  inForce: boolean;
  applicationDate?: string;
  /** sum of the `exact` awards */
  total: string;
  /**
   * total plus the ceilings of the `up-to` awards, the high ends of `range` awards (whose low
   * ends are in `total`) and the awards subject to a selection
   */
  upToTotal: string;
  awards: Award[];
  pending: Pending[];
  nonMonetary: NonMonetary[];
  /** eligible items that come to 0, each with its reason (never silently dropped) */
  zeroAwards: ZeroAward[];
  /** why each clause that did not pay (or paid less) did not: only when asked (`whyNot`) */
  notAwarded?: NotAwarded[];
}

/** An error found while checking the IR or while evaluating it (e.g. a division by zero). */
export interface IrError {
  path: string;
  message: string;
  span?: Span;
}

export type EvalOutcome =
  | { ok: true; result: Result }
  | { ok: false; kind: "ir"; errors: IrError[] }
  | { ok: false; kind: "facts"; errors: FactsError[] }
  | { ok: false; kind: "eval"; errors: IrError[] };
