import type { Article, Clause } from "@subsidia/ir";
import type { Dec } from "./money.js";
import type { Step } from "./result.js";

/** An award item while the policy is evaluated, before it is written out as JSON. */
export interface AwardDraft {
  article: Article;
  clause: Clause;
  item?: string;
  amount: Dec;
  steps: Step[];
}

/** A pending item while the policy is evaluated. */
export interface PendingDraft {
  article: Article;
  clause: Clause;
  item?: string;
  reason: string;
}
