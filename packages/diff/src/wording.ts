/**
 * The words of a change as a key and parameters, so that a report can say it in another language
 * (@subsidia/messages holds the English and Chinese templates of each key; this package may not import
 * it, so it names the keys and their parameters only). Source text, names and amounts are parameters
 * shown as written; only the words around them are translated.
 */
export type DiffMessageKey =
  // conditions
  | "threshold"
  | "condition-changed"
  | "condition-removed"
  | "condition-added"
  | "conditions-reordered"
  // caps and uplifts
  | "cap"
  | "cap-removed"
  | "cap-added"
  | "total-cap"
  | "total-cap-removed"
  | "total-cap-added"
  | "uplift-order"
  | "uplift"
  | "uplift-removed"
  | "uplift-added"
  // words, places and shape of a clause
  | "clause-added"
  | "clause-removed"
  | "clause-renamed"
  | "clause-moved"
  | "article-side"
  | "title-changed"
  | "text-changed"
  | "for-each-list"
  | "for-each-once"
  | "item-variable-renamed"
  | "basis"
  | "funding-changed"
  | "now-non-monetary"
  | "no-longer-non-monetary"
  | "non-monetary-reworded"
  | "stack-key-changed"
  | "range-changed"
  | "history-caps-changed"
  | "once-changed"
  | "less-received-changed"
  | "schedule-changed"
  | "selection-changed"
  | "one-per-changed"
  | "rules-changed"
  | "part-changed"
  // awards
  | "award-added"
  | "award-removed"
  | "award-changed"
  | "amount"
  | "rate"
  | "base-changed"
  | "tier-base-changed"
  | "lookup-key-changed"
  | "tier-amount"
  | "tier-bound"
  | "tier-changed"
  | "tier-removed"
  | "tier-added"
  | "case"
  | "case-removed"
  | "case-added"
  | "otherwise-changed"
  | "otherwise-removed"
  | "otherwise-added"
  // articles
  | "article-added"
  | "article-removed"
  | "articles-reordered"
  | "clauses-reordered"
  | "units-changed"
  | "exclusive-changed"
  | "budget-changed"
  // the policy, its facts and parameters
  | "id-changed"
  | "issuer-changed"
  | "issued-changed"
  | "source-changed"
  | "validity-changed"
  | "rounding-changed"
  | "stacking-rule"
  | "stacking-wording"
  | "input-added"
  | "input-removed"
  | "input-changed"
  | "input-doc"
  | "input-currency"
  | "param-renamed"
  | "param-valued"
  | "param-now-pending"
  | "param-changed"
  | "param-doc"
  | "param-added"
  | "param-removed"
  // notes
  | "note.moved"
  | "note.stackKey"
  | "note.schedule"
  | "note.selection"
  | "note.unknownPart"
  | "note.budget"
  | "note.clauseOrder"
  | "note.stacking"
  | "note.currency"
  | "note.inputs"
  | "note.params"
  | "note.nonMonetary"
  | "note.amountsCurrency"
  | "note.noWitness";

/** Words inside a message that a report translates: a direction, where an uplift applies, a basis. */
export type DiffTerm = "raised" | "lowered" | "changed" | "before-cap" | "after-cap" | "exact" | "up-to" | "range";

/** A parameter: text shown as written (source, names, amounts), a number, or a word to translate. */
export type DiffParam = string | number | { term: DiffTerm };

export interface DiffMessage {
  key: DiffMessageKey;
  params: Readonly<Record<string, DiffParam>>;
}

/** The words of one change: its summary, a side that is not source text (`article 3`), its notes in order. */
export interface ChangeMessage extends DiffMessage {
  before?: DiffMessage;
  after?: DiffMessage;
  notes?: DiffMessage[];
}

export const msg = (key: DiffMessageKey, params: Readonly<Record<string, DiffParam>> = {}): DiffMessage => ({
  key,
  params,
});

export const term = (t: DiffTerm): { term: DiffTerm } => ({ term: t });
