import { Decimal } from "decimal.js";
import type { ClausePlan, Plan } from "@subsidia/plan";
import type { ClauseAmounts } from "./clause-amounts.js";
import type { Probe } from "./coverage-probe.js";
import type { HistoryRecord } from "./history.js";
import type { FactRecord, FactValue, NormalisedFacts } from "./facts.js";

/** Everything an expression may read: the facts, the current item of a per-item clause, the parameters. */
export interface Env {
  readonly plan: Plan;
  readonly facts: NormalisedFacts;
  /** the policy's date input (`applicationDate`), which selects parameter values by date */
  readonly date: string | null;
  readonly item: { readonly var: string; readonly id: string; readonly record: FactRecord } | null;
  /** the clause being evaluated (for `award of`), null outside one */
  readonly clause: ClausePlan | null;
  /** the awards paid before (the policy's awards history input; empty without one) */
  readonly history: readonly HistoryRecord[];
  /** what the clauses evaluated so far come to, for `award of` */
  readonly amounts: ClauseAmounts;
  /** told of each branch taken, when test coverage is measured */
  readonly probe?: Probe | undefined;
}

/**
 * Follows a path of field names into a record; undefined when a step is absent. The root is a
 * record (the facts, or an item of a list, as `validateFacts` made them): only the values found
 * inside it are tested for what they are, each read of a fact no longer a test of the facts too.
 */
export function lookupPath(root: FactRecord, path: readonly string[]): FactValue | undefined {
  if (path.length === 0) return root;
  let here: FactValue | undefined = root[path[0]!];
  for (let i = 1; i < path.length; i++) {
    const name = path[i]!;
    if (here === null || here === undefined || typeof here !== "object" || Array.isArray(here)) return undefined;
    if (Decimal.isDecimal(here)) return undefined;
    here = (here as FactRecord)[name];
  }
  return here;
}

/** The id of a list item: its `id` field when present, else `#1`, `#2`… by position. */
export function itemId(record: FactRecord, index: number): string {
  const id = record["id"];
  return typeof id === "string" && id !== "" ? id : `#${index + 1}`;
}

export function withItem(env: Env, item: Env["item"]): Env {
  // written out: a spread per item is measurably slower on lists
  return {
    plan: env.plan,
    facts: env.facts,
    date: env.date,
    item,
    clause: env.clause,
    history: env.history,
    amounts: env.amounts,
    probe: env.probe,
  };
}
