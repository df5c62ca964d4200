import type { Policy } from "@subsidia/ir";
import { type Plan, planOf } from "@subsidia/plan";
import { Dec, ZERO, type Dec as D } from "./money.js";
import type { Award, NotAwarded, Result } from "./result.js";
import { totals } from "./write-result.js";

/** An award removed because another policy grants more for the same item (从优、就高、不重复). */
export interface Superseded {
  policy: string;
  article: number;
  clause: string;
  item?: string;
  amount: string;
  by: { policy: string; article: number; clause: string };
}

export interface Stacked {
  /** per policy, in the order given, after stacking */
  results: Result[];
  total: string;
  upToTotal: string;
  superseded: Superseded[];
}

interface Entry {
  p: number;
  award: Award;
  amount: D;
}

/** The key under which an award stacks: its clause's `stack` key and its item id; null when it has neither. */
function stackKey(plan: Plan, award: Award): string | null {
  const key = plan.clauses.find((c) => c.clause.id === award.clause)?.stackKey ?? null;
  if (key === null && award.item === undefined) return null;
  return JSON.stringify([key, award.item ?? null]);
}

function groups(policies: readonly Policy[], results: readonly Result[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  results.forEach((r, p) => {
    const policy = policies[p]!;
    if (policy.stacking.rule !== "highest") return;
    for (const award of r.awards) {
      const key = stackKey(planOf(policy), award);
      if (key === null) continue;
      const list = out.get(key) ?? [];
      list.push({ p, award, amount: new Dec(award.amount) });
      out.set(key, list);
    }
  });
  return out;
}

/** Why a superseded award is not paid: the award of another policy that replaced it. */
function replaced(x: Superseded, r: Result, rule: Policy["stacking"]): NotAwarded {
  const title = r.awards.find((a) => a.clause === x.clause && a.item === x.item)?.title ?? x.clause;
  const by = `${x.by.policy} art. ${x.by.article} ${x.by.clause}`;
  const because = {
    src: `stacking ${rule.rule}`,
    text: `stacking ${rule.rule}${rule.text ? ` (${rule.text})` : ""}: replaced by ${by}, which grants more`,
    actual: x.amount,
    expected: `more than ${by}`,
  };
  const at = { article: x.article, clause: x.clause, ...(x.item !== undefined ? { item: x.item } : {}) };
  return { ...at, title, kind: "reduced", because: [because], amount: "0.00", full: x.amount };
}

/**
 * Stacking across policies evaluated together: among policies with rule `highest`, awards of
 * different policies under the same key compete; the policy granting the most for the key
 * (ties: the first) keeps its awards, the others are superseded.
 */
export function applyStacking(policies: readonly Policy[], results: readonly Result[]): Stacked {
  const removed = new Set<Award>();
  const steps = new Map<Award, string[]>();
  const superseded: Superseded[] = [];
  for (const entries of groups(policies, results).values()) {
    const sums = new Map<number, D>();
    for (const e of entries) sums.set(e.p, (sums.get(e.p) ?? ZERO).plus(e.amount));
    if (sums.size < 2) continue;
    let winner = -1;
    for (const [p, sum] of sums)
      if (winner < 0 || sum.gt(sums.get(winner)!) || (sum.eq(sums.get(winner)!) && p < winner)) winner = p;
    const kept = entries.filter((e) => e.p === winner);
    const best = kept.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
    const by = { policy: results[winner]!.policy, article: best.award.article, clause: best.award.clause };
    for (const e of entries) {
      if (e.p === winner) continue;
      removed.add(e.award);
      const { article, clause, item, amount } = e.award;
      superseded.push({
        policy: results[e.p]!.policy,
        article,
        clause,
        ...(item !== undefined ? { item } : {}),
        amount,
        by,
      });
      const text = `${results[e.p]!.policy} art. ${article} ${clause}${item !== undefined ? ` for ${item}` : ""} (${amount})`;
      for (const k of kept) steps.set(k.award, [...(steps.get(k.award) ?? []), text]);
    }
  }
  const out = results.map((r, p) => {
    const rule = policies[p]!.stacking;
    const lost = superseded.filter((x) => x.policy === r.policy);
    const notAwarded = r.notAwarded ? { notAwarded: [...r.notAwarded, ...lost.map((x) => replaced(x, r, rule))] } : {};
    const awards = r.awards
      .filter((a) => !removed.has(a))
      .map((a) => {
        const over = steps.get(a);
        if (!over) return a;
        const text = `stacking ${rule.rule}${rule.text ? ` (${rule.text})` : ""}: kept over ${over.join(", ")}`;
        return { ...a, explanation: [...a.explanation, { kind: "stacking" as const, text }] };
      });
    return { ...r, awards, ...totals(awards), ...notAwarded };
  });
  return { results: out, ...totals(out.flatMap((r) => r.awards)), superseded };
}
