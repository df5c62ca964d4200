import type { Clause, Selection } from "@subsidia/ir";
import { Dec, NUMERIC_KINDS } from "@subsidia/plan";
import type { LimitAward } from "./types.js";

/** An award item of a clause with a `select`, where it sits in the population. */
export interface Candidate {
  /** the applicant's position in the input (0-based) */
  applicant: number;
  /** the award's position in the applicant's awards */
  index: number;
  award: LimitAward;
}

/** What results write for a key the facts do not give (`keyText` of a null). */
export const NOT_GIVEN = "not given";

/** The selection written as results write it: `top 50 by t.reviewScore descending per p.category`. */
export function ruleText(s: Selection): string {
  return `${s.mode} ${s.count} by \`${s.by.src}\` ${s.order}${s.per ? ` per \`${s.per.src}\`` : ""}`;
}

/** Compares two keys of a selection as their type orders them: decimals by value, dates and text by code unit. */
function keyOrder(s: Selection): (a: string, b: string) => number {
  if (NUMERIC_KINDS.has(s.by.type)) return (a, b) => new Dec(a).comparedTo(new Dec(b));
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The clause's candidates with a known key, best first: by the key in the selection's order,
 * ties broken by the applicant's position in the input, then by the item's place in its
 * applicant's awards (the list's order). Candidates whose key is not given are left out.
 */
export function ranking(clause: Clause, candidates: readonly Candidate[]): Candidate[] {
  const s = clause.selection!;
  const order = keyOrder(s);
  const sign = s.order === "descending" ? -1 : 1;
  const known = candidates.filter((c) => c.award.selection !== undefined && c.award.selection.by !== NOT_GIVEN);
  const keys = new Map(known.map((c) => [c, c.award.selection!.by]));
  const numeric = NUMERIC_KINDS.has(s.by.type);
  const parsed = numeric ? new Map(known.map((c) => [c, new Dec(keys.get(c)!)])) : null;
  const compare = parsed ? (a: Candidate, b: Candidate) => parsed.get(a)!.comparedTo(parsed.get(b)!) : null;
  return known.sort((a, b) => {
    const k = compare ? compare(a, b) : order(keys.get(a)!, keys.get(b)!);
    return k !== 0 ? sign * k : a.applicant - b.applicant || a.index - b.index;
  });
}

/** Whether two candidates' keys are equal (a tie), as the selection orders them. */
export function sameKey(s: Selection, a: Candidate, b: Candidate): boolean {
  return keyOrder(s)(a.award.selection!.by, b.award.selection!.by) === 0;
}
