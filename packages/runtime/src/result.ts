import type { Span } from "@subsidia/ir";
import type { FactsError } from "./facts.js";

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
