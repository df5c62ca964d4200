import type { Policy } from "@subsidia/ir";
import { paramValueOn, planOf } from "@subsidia/plan";
import type { Engine } from "../engine.js";
import type { LoadedPolicy } from "../library/loaded-policy.js";

/** A parameter the policy declares and the value it had on the decision's date. */
export interface ParameterValue {
  name: string;
  /** the value the evaluation used (`0.3`, `10000000`); null when pending or without a value on the date */
  value: string | boolean | null;
  /** the value as the policy writes it (`30%`, `1000万元`) */
  text?: string;
  /** the date from which that value applies, when the policy dates it */
  from?: string;
  /** the reason, for a parameter the document leaves to implementing rules */
  pending?: string;
}

/**
 * An implementing rule or amendment of the library (docs/library.md) in force on the decision's
 * date that set parameters or clauses of the policy: the text the decision applied.
 */
export interface ImplementingRuleRef {
  id: string;
  kind: "rule" | "amendment";
  /** the document's issue date */
  version: string | null;
  /** `sha256:…` of the document's canonical JSON (its compiled form) */
  hash: string;
  /** the parameters it set */
  parameters: string[];
  /** an amendment: the clauses in force in its version, or that it adds (`3/rdSubsidy`) */
  clauses?: string[];
}

/** Which version of a policy decided, with what parameter values. */
export interface PolicyRef {
  id: string;
  version: string | null;
  hash: string;
  implementing_rules: ImplementingRuleRef[];
  parameters: ParameterValue[];
}

export type DecisionKind = "evaluate" | "match";

/** A decision before the log puts it in its chain. */
export interface DecisionDraft {
  decision_id: string;
  timestamp: string;
  kind: DecisionKind;
  /** the application date the policies were evaluated on */
  as_of: string | null;
  /** `evaluate`: the policy; `match`: every policy of the library consulted, in order */
  policies: PolicyRef[];
  engine: Engine;
  /** the concrete paths of `input` whose values were replaced by `[masked]` */
  masked: string[];
  input: unknown;
  /** the response body, as a value */
  result: unknown;
}

/** A line of the decision log. `hash` is the SHA-256 of the canonical JSON of every other field. */
export interface DecisionEntry extends DecisionDraft {
  /** 1 for the first decision of a log, then one more per decision */
  seq: number;
  /** the previous decision's hash; null for the first */
  prev_hash: string | null;
  hash: string;
}

/** The value of each declared parameter on `date`, as the evaluation plan folded it (`@subsidia/plan`). */
export function parametersOn(policy: Policy, date: string | null): ParameterValue[] {
  return [...planOf(policy).params.values()].map((p) => {
    if (p.pending !== null) return { name: p.name, value: null, pending: p.pending };
    const on = paramValueOn(p, date);
    if (!on) return { name: p.name, value: null };
    return { name: p.name, value: on.value.value, text: on.value.src, ...(on.from !== null ? { from: on.from } : {}) };
  });
}

export function policyRef(p: LoadedPolicy, date: string | null): PolicyRef {
  return {
    id: p.id,
    version: p.version,
    hash: p.hash,
    implementing_rules: p.implementingRules ?? [],
    parameters: parametersOn(p.ir, date),
  };
}
