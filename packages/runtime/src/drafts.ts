import type { ClausePlan } from "@subsidia/plan";
import type { Dec } from "./money.js";
import type { Step } from "./result.js";
import type { Value } from "./values.js";

/**
 * An award item while a policy is evaluated, before it is written out as JSON: the same for
 * the interpreter and the generated evaluator, which differ only in `steps` (the explanation,
 * null when not explaining).
 */
export interface AwardDraft {
  c: ClausePlan;
  item: string | undefined;
  /** rounded, > 0 (the high end of a range) */
  amount: Dec;
  steps: Step[] | null;
  /** the extras some clauses have: computed per item, used by the writer and the exclusions */
  extra?: DraftExtra;
}

export interface DraftExtra {
  /** the low end of a `range` award, rounded */
  low?: Dec;
  /** per instalment of `pay`: its share and the milestone's date (null: not known yet) */
  schedule?: { share: Dec; date: string | null }[];
  /** the values the selection ranks and groups by (null: unknown) */
  selection?: { by: Value | null; per: Value | null };
  /** the key of `one per` (null: unknown, the item is a group of its own) */
  onePer?: string | null;
}

/** A pending item while the policy is evaluated. */
export interface PendingDraft {
  c: ClausePlan;
  item: string | undefined;
  reason: string;
}

/** An eligible item that comes to 0, with the reason. */
export interface ZeroDraft {
  c: ClausePlan;
  item: string | undefined;
  reason: string;
  steps: Step[] | null;
}
