import type { ClausePlan } from "@subsidia/plan";
import type { Dec } from "./money.js";
import type { Step } from "./result.js";

/**
 * An award item while a policy is evaluated, before it is written out as JSON: the same for
 * the interpreter and the generated evaluator, which differ only in `steps` (the explanation,
 * null when not explaining).
 */
export interface AwardDraft {
  c: ClausePlan;
  item: string | undefined;
  /** rounded, > 0 */
  amount: Dec;
  steps: Step[] | null;
}

/** A pending item while the policy is evaluated. */
export interface PendingDraft {
  c: ClausePlan;
  item: string | undefined;
  reason: string;
}
