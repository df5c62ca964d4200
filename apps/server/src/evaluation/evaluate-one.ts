import type { Policy } from "@subsidia/ir";
import { citeDatedParams, type EvalOutcome, evaluateFacts } from "@subsidia/runtime";

/**
 * `POST /v1/policies/{id}/evaluate` and its replay: one policy as written, with why-not, and each
 * award that reads a dated parameter citing the value it used, as `subsidia eval FILE --json` prints it.
 */
export function evaluateOne(policy: Policy, facts: unknown): EvalOutcome {
  const outcome = evaluateFacts(policy, facts, { whyNot: true });
  return outcome.ok ? { ok: true, result: citeDatedParams(policy, outcome.result) } : outcome;
}
