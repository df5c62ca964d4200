/** Runs the interpreter and the compiled fast path on the same facts and asserts they agree exactly. */
import { expect } from "vitest";
import type { Policy } from "@subsidia/ir";
import { compileAmounts, evaluatePolicy, EvaluationError, validateFacts } from "../src/index.js";

/**
 * The interpreter's outcome with the explanations (and the titles and cited text that come with
 * them) taken out: what the fast path must produce.
 */
export function interpreted(policy: Policy, facts: unknown) {
  const valid = validateFacts(policy, facts);
  if (!valid.ok) return { ok: false as const, kind: "facts" as const, errors: valid.errors };
  try {
    const r = evaluatePolicy(policy, valid.facts);
    const awards = r.awards.map(({ explanation: _e, title: _t, citation: _c, rules: _r, ...a }) => a);
    const zeroAwards = r.zeroAwards.map(({ explanation: _explanation, ...z }) => z);
    return { ok: true as const, result: { ...r, awards, zeroAwards } };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      ok: false as const,
      kind: "eval" as const,
      errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
    };
  }
}

/** Same validation (normalised facts or errors), same result, same JSON text (key order included). */
export function expectAgreement(policy: Policy, facts: unknown): void {
  const compiled = compileAmounts(policy);
  const read = compiled.readFacts(facts);
  const valid = validateFacts(policy, facts);
  expect(read.ok).toBe(valid.ok);
  if (read.ok && valid.ok) expect(read.facts).toEqual(valid.facts);
  if (!read.ok && !valid.ok) expect(read.errors).toEqual(valid.errors);
  const want = interpreted(policy, facts);
  const got = compiled.run(facts);
  expect(got).toEqual(want);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
}
