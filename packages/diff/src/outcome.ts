import type { Policy } from "@subsidia/ir";
import {
  Dec,
  EvaluationError,
  evaluatePolicy,
  formatYuan,
  validateFacts,
  type Award,
  type Pending,
  type Result,
} from "@subsidia/runtime";
import type { Outcome } from "./types.js";

/** Which awards and pending items of one version a change concerns. */
export type Select = (x: Award | Pending) => boolean;

/**
 * Evaluates a policy (already IR-checked) on plain facts; null when the facts are invalid or
 * evaluation fails. `other` is the other version: the facts only it declares are not unknown.
 */
export function evaluateOn(policy: Policy, facts: unknown, other?: Policy): Result | null {
  const valid = validateFacts(policy, facts, other ? { allowKeys: other.inputs } : {});
  if (!valid.ok) return null;
  try {
    return evaluatePolicy(policy, valid.facts);
  } catch (e) {
    if (e instanceof EvaluationError) return null;
    throw e;
  }
}

export interface Projection {
  /** equal keys mean the version pays the concerned items alike (ids of clauses left out: renames do not count) */
  key: string;
  outcome: Outcome;
  /** the largest amount concerned, to pick the richest applicant when replicating items */
  amount: Dec;
}

/** What a result gives for the selected items, as a comparable key and as an outcome to show. */
export function project(r: Result, select: Select): Projection {
  const awards = r.awards.filter(select);
  const pending = r.pending.filter(select);
  const key = JSON.stringify([
    r.inForce,
    awards
      .map((a) =>
        JSON.stringify([
          a.article,
          a.item ?? null,
          a.amount,
          a.basis,
          a.range?.min ?? null,
          a.funding?.map((f) => [f.payer, f.amount]) ?? null,
        ]),
      )
      .sort(),
    pending
      .map((p) => JSON.stringify([p.article, p.item ?? null, p.funding?.map((f) => [f.payer, f.share]) ?? null]))
      .sort(),
  ]);
  const sum = awards.reduce((s, a) => s.plus(a.amount), new Dec(0));
  const totals = { total: r.total, upToTotal: r.upToTotal };
  const ranges = awards.filter((a) => a.range !== undefined);
  const low = awards.reduce((s, a) => s.plus(a.range?.min ?? a.amount), new Dec(0));
  let outcome: Outcome;
  if (!r.inForce) outcome = { status: "not-in-force", ...totals };
  else if (awards.length > 0)
    outcome = {
      status: "award",
      amount: formatYuan(sum),
      basis: awards.every((a) => a.basis === "up-to") ? "up-to" : "exact",
      ...(ranges.length > 0 ? { low: formatYuan(low) } : {}),
      ...totals,
    };
  else outcome = { status: pending.length > 0 ? "pending" : "none", ...totals };
  return { key, outcome, amount: sum };
}
