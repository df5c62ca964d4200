import type { Policy } from "@subsidia/ir";
import { evaluateFacts } from "@subsidia/runtime";
import type { SqlAward, SqlOutcome } from "../../src/results.js";

/** What the JavaScript runtime gives an applicant, in the shape the SQL rows assemble to; null for invalid facts. */
export function expectedOutcome(policy: Policy, facts: unknown, applicant: number): SqlOutcome | null {
  const out = evaluateFacts(policy, facts);
  if (!out.ok) {
    if (out.kind !== "eval") return null;
    return {
      ok: false,
      applicant: String(applicant),
      errors: out.errors.map((e) => ({ path: e.path, message: e.message })),
    };
  }
  const { policy: _id, nonMonetary: _nm, zeroAwards: _z, awards, ...rest } = out.result;
  // SQL gives amounts, as the compiled evaluator does: no explanation, title or cited text
  const amounts = awards.map(({ explanation: _e, title: _t, citation: _c, rules: _r, ...a }) => a);
  return { ok: true, applicant: String(applicant), result: { ...rest, awards: amounts as SqlAward[] } };
}
