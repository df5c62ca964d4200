import type { Policy } from "@subsidia/ir";
import {
  applyStacking,
  citeDatedParams,
  EvaluationError,
  evaluatePolicy,
  validateFacts,
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
    // a fact another policy declares is not unknown here (as in `evaluateAll`, `subsidia eval A B`)
    const allowKeys = policies.filter((p) => p !== policy).flatMap((p) => p.inputs);
    const outcome = evaluateAllowing(policy, facts, allowKeys);
    if (!outcome.ok) {
      const code = outcome.kind === "facts" ? "invalid-facts" : "cannot-evaluate";
      notEvaluated.push({ policy: policy.id, code, errors: outcome.errors });
    } else if (outcome.result.inForce) {
      inForce.push(policy);
      results.push(outcome.result);
    } else notInForce.push(policy.id);
  }
  const stacked = applyStacking(inForce, results);
  // each award that reads a dated parameter cites the value it used, as `subsidia eval A B --json` prints it
  const cited = stacked.results.map((r, i) => citeDatedParams(inForce[i]!, r));
  return { ...stacked, results: cited, notInForce, notEvaluated };
}

/** `evaluateFacts` with the facts other policies declare allowed. */
function evaluateAllowing(
  policy: Policy,
  facts: unknown,
  allowKeys: Policy["inputs"],
): { ok: true; result: Result } | { ok: false; kind: "facts" | "eval"; errors: (FactsError | IrError)[] } {
  const valid = validateFacts(policy, facts, { allowKeys });
  if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
  try {
    return { ok: true, result: evaluatePolicy(policy, valid.facts, { whyNot: true }) };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      ok: false,
      kind: "eval",
      errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
    };
  }
}

/** The application date of a match: the date the policies in force were evaluated on, when they agree. */
export function matchDate(m: MatchResult): string | null {
  const dates = new Set(m.results.map((r) => r.applicationDate ?? null));
  return dates.size === 1 ? [...dates][0]! : null;
}
