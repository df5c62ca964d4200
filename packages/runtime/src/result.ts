import type { Span } from "@subsidia/ir";
import type { FactsError } from "./facts.js";

/** One step of an explanation, with the source span of the construct it explains. */
export interface Step {
  kind: "condition" | "amount" | "tier" | "lookup" | "cap" | "uplift" | "round" | "total-cap" | "funding" | "stacking";
  text: string;
  span?: Span;
}

/** One payer's part of an award: `share` is a fraction such as `1/2`; the parts add up to the award. */
export interface FundingPart {
  payer: string;
  share: string;
  amount: string;
}

/** One award item greater than zero. Amounts are yuan with two decimals. */
export interface Award {
  article: number;
  clause: string;
  item?: string;
  amount: string;
  basis: "exact" | "up-to";
  explanation: Step[];
  funding?: FundingPart[];
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
  /** total plus the ceilings of the `up-to` awards */
  upToTotal: string;
  awards: Award[];
  pending: Pending[];
  nonMonetary: NonMonetary[];
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
