import type { ChangeMessage } from "./wording.js";

/** What changed, in the vocabulary of the language (docs/reviewing.md lists every kind). */
export type ChangeKind =
  // policy header and rules that apply to every clause
  | "header"
  | "validity"
  | "rounding"
  | "stacking"
  // declared facts and named parameters
  | "input"
  | "param-added"
  | "param-removed"
  | "param-renamed"
  | "param-value"
  | "param-pending"
  | "param-doc"
  // articles
  | "article-added"
  | "article-removed"
  | "article-title"
  | "article-text"
  | "article-units"
  | "article-total-cap"
  | "article-order"
  | "clause-order"
  // clauses
  | "clause-added"
  | "clause-removed"
  | "clause-renamed"
  | "clause-moved"
  | "clause-title"
  | "clause-text"
  | "for-each"
  | "condition"
  | "threshold"
  | "condition-order"
  | "award"
  | "amount"
  | "rate"
  | "base"
  | "tier"
  | "lookup-case"
  | "lookup-otherwise"
  | "basis"
  | "cap"
  | "total-cap"
  | "uplift"
  | "uplift-order"
  | "funding"
  | "non-monetary"
  | "stack-key"
  | "range"
  | "history"
  | "schedule"
  | "selection"
  | "exclusion"
  | "rule"
  // a part of a clause this version of the diff does not know (hand-edited or newer IR)
  | "clause-part";

/** What one version gives the witness for the changed clause (or article, or policy). */
export interface Outcome {
  /** `award`: something is due or offered; `pending`: eligible, amount awaits implementing rules */
  status: "award" | "pending" | "none" | "not-in-force";
  /** the sum of the awards concerned, yuan with two decimals (absent unless `award`) */
  amount?: string;
  /** `up-to` when every award concerned is a ceiling set case by case */
  basis?: "exact" | "up-to";
  /** when an award concerned is a range (`award 10% to 30% of x`): the sum with the low ends, yuan with two decimals */
  low?: string;
  /** the whole result for the witness */
  total: string;
  upToTotal: string;
}

/** An applicant whose award differs between the two versions, verified by evaluating both. */
export interface Witness {
  /** plain JSON facts, valid for both versions */
  facts: Record<string, unknown>;
  before: Outcome;
  after: Outcome;
  /** how many candidate applicants were evaluated before this one was found */
  tried: number;
}

export interface Change {
  kind: ChangeKind;
  /** the article's number (the new version's when it moved); null for policy-wide changes */
  article: number | null;
  /** the clause id (the new id when renamed); null for article- and policy-wide changes */
  clause: string | null;
  behavioural: boolean;
  /** one line saying what changed, in English */
  summary: string;
  /** the summary as a key and parameters (and the notes, and a side that is not source text), for other languages */
  message: ChangeMessage;
  /** as source, or absent when the thing did not exist */
  before?: string;
  after?: string;
  /** for behavioural changes: an applicant whose award differs, or null when none was found */
  witness?: Witness | null;
  /** why there is no witness, or what else the reviewer should know */
  note?: string;
}

/** The policies' embedded tests, compared by name. */
export interface TestsDelta {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface PolicyDiff {
  before: { id: string; file?: string };
  after: { id: string; file?: string };
  changes: Change[];
  behavioural: number;
  tests: TestsDelta;
}
