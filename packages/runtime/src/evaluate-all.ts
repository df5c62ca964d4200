import type { Policy } from "@subsidia/ir";
import { evaluatePolicy } from "./evaluate.js";
import type { FactsError } from "./facts.js";
import { validateFacts } from "./facts-schema.js";
import type { FactsOptions } from "./facts-keys.js";
import type { IrError, Result } from "./result.js";
import { applyStacking, type Stacked } from "./stacking.js";
import { validatePolicy } from "./validate-ir.js";
import { EvaluationError } from "./values.js";

export type StackOutcome =
  | ({ ok: true } & Stacked)
  | { ok: false; kind: "ir"; policy: string; errors: IrError[] }
  | { ok: false; kind: "facts"; policy: string; errors: FactsError[] }
  | { ok: false; kind: "eval"; policy: string; errors: IrError[] };

/**
 * Evaluates several policies on one applicant's plain JSON facts and applies stacking
 * (从优、就高、不重复) across them. Each policy reads the facts it declares; a fact is unknown
 * only when no policy of the set (nor `options.allowKeys`) declares it. Each IR is validated
 * on the first call with that object.
 */
export function evaluateAll(
  irs: readonly Policy[],
  facts: unknown,
  options: FactsOptions & { whyNot?: boolean } = {},
): StackOutcome {
  const results: Result[] = [];
  const policies: Policy[] = [];
  for (const ir of irs) {
    const checked = validatePolicy(ir);
    if (!checked.ok) return { ok: false, kind: "ir", policy: String(ir?.id), errors: checked.errors };
    policies.push(checked.policy);
  }
  for (const policy of policies) {
    const others = policies.filter((p) => p !== policy).flatMap((p) => p.inputs);
    const valid = validateFacts(policy, facts, { ...options, allowKeys: [...others, ...(options.allowKeys ?? [])] });
    if (!valid.ok) return { ok: false, kind: "facts", policy: policy.id, errors: valid.errors };
    try {
      results.push(evaluatePolicy(policy, valid.facts, { whyNot: options.whyNot }));
    } catch (e) {
      if (!(e instanceof EvaluationError)) throw e;
      return {
        ok: false,
        kind: "eval",
        policy: policy.id,
        errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
      };
    }
  }
  return { ok: true, ...applyStacking(policies, results) };
}
