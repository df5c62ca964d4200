import { randomUUID } from "node:crypto";
import type { Result } from "@subsidia/runtime";
import { engine } from "../engine.js";
import { matchDate, type MatchResult } from "../evaluation/match.js";
import type { LoadedPolicy } from "../library/loaded-policy.js";
import { policyRef, type DecisionDraft } from "./entry.js";
import { applyMasks, type MaskPath } from "./mask.js";

function draft(
  kind: DecisionDraft["kind"],
  asOf: string | null,
  policies: DecisionDraft["policies"],
  input: unknown,
  result: unknown,
  masks: readonly MaskPath[],
): DecisionDraft {
  const m = applyMasks(input, masks);
  return {
    decision_id: randomUUID(),
    timestamp: new Date().toISOString(),
    kind,
    as_of: asOf,
    policies,
    engine: { ...engine },
    masked: m.masked,
    input: m.input,
    result,
  };
}

/** The decision of `POST /v1/policies/{id}/evaluate`. */
export function evaluateDraft(p: LoadedPolicy, input: unknown, result: Result, masks: readonly MaskPath[]) {
  const asOf = result.applicationDate ?? null;
  return draft("evaluate", asOf, [policyRef(p, asOf)], input, result, masks);
}

/** The decision of `POST /v1/match`: every policy consulted, each with its parameters on the applicant's date. */
export function matchDraft(
  policies: readonly LoadedPolicy[],
  input: unknown,
  result: MatchResult,
  masks: readonly MaskPath[],
) {
  const asOf = matchDate(result) ?? factsDate(policies, input);
  const dateOf = new Map(result.results.map((r) => [r.policy, r.applicationDate ?? asOf]));
  const refs = policies.map((p) => policyRef(p, dateOf.get(p.id) ?? asOf));
  return draft("match", asOf, refs, input, result, masks);
}

/**
 * The applicant's date as the facts give it, for a match that evaluated no policy in force: the
 * date fact the policies' windows are matched on, when they read the same one and it looks like a date.
 */
function factsDate(policies: readonly LoadedPolicy[], input: unknown): string | null {
  const facts = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const dates = new Set(policies.flatMap((p) => (p.ir.validity ? [facts[p.ir.validity.dateInput]] : [])));
  const [date] = dates;
  return dates.size === 1 && typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
