import type { Policy } from "@subsidia/ir";
import {
  type AwardForTotals,
  type AwardLimit,
  applyPopulationLimits,
  EvaluationError,
  hasPopulationLimits,
  type LimitAward,
  type PopulationLimits,
  totals,
} from "@subsidia/runtime";
import { CliError } from "../errors.js";

type RecordAward = LimitAward & AwardForTotals & { population?: unknown };
export interface LimitedRecords {
  text: string;
  limits: PopulationLimits;
  /** the sums of the records' totals after the population, in cents */
  totalCents: bigint;
  upToTotalCents: bigint;
}

const cents = (yuan: string): bigint => BigInt(yuan.replace(".", ""));

type Evaluated = { total: string; upToTotal: string; awards: RecordAward[] };

/**
 * Whether a batch must hold its records to the end: the policy has a `select` or a `budget`.
 * Checks the budgets first (a budget that is not one constant amount stops the run before it starts).
 */
export function holdsRecords(policy: Policy): boolean {
  if (!hasPopulationLimits(policy)) return false;
  try {
    applyPopulationLimits(policy, []);
  } catch (e) {
    if (e instanceof EvaluationError) throw new CliError(e.message);
    throw e;
  }
  return true;
}

/** An award of a record after the population: its amount the paid one, what was computed kept beside. */
function limited(a: RecordAward, l: AwardLimit): AwardForTotals {
  const computed = a.amount;
  a.amount = l.paid;
  const rank = l.rank === undefined ? {} : { rank: l.rank, of: l.of };
  a.population = { status: l.status, reason: l.reason, ...rank, computed };
  if (a.range && l.paid === "0.00") a.range = { min: "0.00", max: "0.00" };
  const { selection: _, ...paid } = a;
  return paid;
}

/**
 * The selections and budgets of the policy over a batch's records (JSON Lines, one per input
 * line, in order; error records are not evaluated): each award they decide gets its paid
 * amount and a `population` field (status, reason, rank, what was computed), and its record's
 * totals are written again: a selected or funded award is due, one not selected or not funded
 * pays 0. Both engines write the same records, so this gives the same output after either.
 */
export function limitRecords(policy: Policy, text: string): LimitedRecords {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const records = lines.map((l) => JSON.parse(l) as Evaluated | { error: string });
  const evaluated = records.map((r) => ("error" in r ? null : r));
  const limits = applyPopulationLimits(policy, evaluated);
  const out = records.map((r, i) => {
    const decided = limits.awards[i] ?? [];
    if ("error" in r || decided.every((l) => l === null)) return lines[i]!;
    const awards = r.awards.map((a, j) => (decided[j] ? limited(a, decided[j]) : a));
    Object.assign(r, totals(awards));
    return JSON.stringify(r);
  });
  let totalCents = 0n;
  let upToTotalCents = 0n;
  for (const r of evaluated) {
    if (r === null) continue;
    totalCents += cents(r.total);
    upToTotalCents += cents(r.upToTotal);
  }
  return { text: out.length === 0 ? "" : `${out.join("\n")}\n`, limits, totalCents, upToTotalCents };
}
