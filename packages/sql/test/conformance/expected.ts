import type { Policy } from "@subsidia/ir";
import { applyPopulationLimits, evaluateFacts, totals } from "@subsidia/runtime";
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

/**
 * The JavaScript batch's decisions of the policy's `select` clauses over the whole population
 * (`applyPopulationLimits`, as `limitRecords` of the CLI applies them): each decided award gets
 * the amount paid and a `population` field, and its applicant's totals are written again. A
 * policy with a `budget` is left as it is: budgets are decided after the SQL, by the same function.
 */
export function selectedOutcomes(policy: Policy, outcomes: (SqlOutcome | null)[]): void {
  const selects = policy.articles.some((a) => a.clauses.some((c) => c.selection));
  if (!selects || policy.articles.some((a) => a.budget)) return;
  const limits = applyPopulationLimits(
    policy,
    outcomes.map((o) => (o?.ok ? o.result : null)),
  );
  outcomes.forEach((o, i) => {
    if (!o?.ok) return;
    const decided = limits.awards[i] ?? [];
    if (decided.every((l) => l === null)) return;
    const forTotals = o.result.awards.map((a, j) => {
      const l = decided[j];
      if (!l) return a;
      const computed = a.amount;
      a.amount = l.paid;
      a.population = {
        status: l.status,
        reason: l.reason,
        ...(l.rank === undefined ? {} : { rank: l.rank, of: l.of! }),
        computed,
      };
      const { selection: _, ...paid } = a;
      return paid;
    });
    Object.assign(o.result, totals(forTotals));
  });
}
