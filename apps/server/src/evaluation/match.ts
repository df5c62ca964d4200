import type { Policy } from "@subsidia/ir";
import {
  applyStacking,
  evaluateFacts,
  type FactsError,
  type IrError,
  type Result,
  type Stacked,
} from "@subsidia/runtime";

/** A policy of the library that could not be evaluated on these facts, and why. */
export interface NotEvaluated {
  policy: string;
  code: "invalid-facts" | "cannot-evaluate";
  errors: (FactsError | IrError)[];
}

/** `POST /v1/match`: the policies in force for the applicant, stacked, and the others with the reason. */
export interface MatchResult extends Stacked {
  /** the policies evaluated whose validity window does not contain the application date */
  notInForce: string[];
  notEvaluated: NotEvaluated[];
}

/**
 * Evaluates one applicant against every policy given (the library, in its order); the policies in
 * force on the applicant's date are stacked (从优、就高、不重复) with `applyStacking`. A policy whose
 * facts are invalid for these facts is not evaluated and says why; it does not stop the others.
 */
export function matchPolicies(policies: readonly Policy[], facts: unknown): MatchResult {
  const inForce: Policy[] = [];
  const results: Result[] = [];
  const notInForce: string[] = [];
  const notEvaluated: NotEvaluated[] = [];
  for (const policy of policies) {
    // a fact is unknown only when no policy of the library declares it (as in `subsidia eval A B`)
    const others = policies.filter((p) => p !== policy).flatMap((p) => p.inputs);
    const outcome = evaluateFacts(policy, facts, { allowKeys: others, whyNot: true });
    if (!outcome.ok) {
      const code = outcome.kind === "facts" ? "invalid-facts" : "cannot-evaluate";
      notEvaluated.push({ policy: policy.id, code, errors: outcome.errors });
    } else if (outcome.result.inForce) {
      inForce.push(policy);
      results.push(outcome.result);
    } else notInForce.push(policy.id);
  }
  return { ...applyStacking(inForce, results), notInForce, notEvaluated };
}

/** The application date of a match: the date the policies in force were evaluated on, when they agree. */
export function matchDate(m: MatchResult): string | null {
  const dates = new Set(m.results.map((r) => r.applicationDate ?? null));
  return dates.size === 1 ? [...dates][0]! : null;
}
