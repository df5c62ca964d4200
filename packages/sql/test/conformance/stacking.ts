import type { Policy } from "@subsidia/ir";
import { evaluateFacts } from "@subsidia/runtime";

/** Sums of awards by a key, from one evaluation. */
function amounts(
  awards: readonly { clause: string; item?: string; amount: string }[],
  key: (a: { clause: string; item?: string }) => string,
) {
  const out = new Map<string, number>();
  for (const a of awards) out.set(key(a), (out.get(key(a)) ?? 0) + Math.round(Number(a.amount) * 100));
  return out;
}

/**
 * What the stacking construct's population reaches (test/conformance/constructs/stacking.subsidia):
 * the reason of each group that excluded an award (the runtime's zero items), and whether awards
 * tied before the exclusions (the policy evaluated without its `exclusive` groups and aggregate
 * caps, nor `one per`): two clauses equal for one item, equal sums of two clauses of one applicant,
 * two items of one clause and one key.
 */
export function stackingCases(policy: Policy, population: readonly unknown[]): Set<string> {
  const open = structuredClone(policy) as Policy;
  for (const a of open.articles) {
    delete (a as { exclusive?: unknown }).exclusive;
    delete (a as { totalCap?: unknown }).totalCap;
    for (const c of a.clauses) delete (c as { onePer?: unknown }).onePer;
  }
  const seen = new Set<string>();
  for (const facts of population) {
    const out = evaluateFacts(policy, facts);
    if (!out.ok) continue;
    for (const z of out.result.zeroAwards) {
      const m = /^excluded \(([^)]*)\)/.exec(z.reason);
      if (m) seen.add(m[1]!);
    }
    const all = evaluateFacts(open, facts);
    if (!all.ok) continue;
    const perItem = amounts(all.result.awards, (a) => `${a.clause} ${a.item}`);
    for (const [k, v] of perItem)
      if (k.startsWith("byInvest ") && perItem.get(k.replace("byInvest", "byKind")) === v) seen.add("tie per item");
    for (const [k, v] of perItem)
      if (k.startsWith("matched ") && perItem.get(k.replace("matched", "base")) === v) seen.add("tie evaluated first");
    const perClause = amounts(all.result.awards, (a) => a.clause);
    for (const [x, y] of [
      ["equipment", "rated"],
      ["interest", "flat"],
    ] as const)
      if (perClause.has(x) && perClause.get(x) === perClause.get(y)) seen.add("tie per applicant");
    // two awards of `contest` for one project with the same amount
    const entries = (facts as { entries?: { id: string; project: string }[] }).entries ?? [];
    const byProject = new Set<string>();
    for (const a of all.result.awards.filter((x) => x.clause === "contest")) {
      const key = `${entries.find((e) => e.id === a.item)?.project} ${a.amount}`;
      if (byProject.has(key)) seen.add("tie one per");
      byProject.add(key);
    }
  }
  return seen;
}
