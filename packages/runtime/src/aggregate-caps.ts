import type { Cap } from "@subsidia/ir";
import { formatYuan, ZERO, type Dec } from "./money.js";
import type { AwardDraft, PendingDraft } from "./drafts.js";
import type { Env } from "./env.js";
import { needDecimal, Stop, withSource } from "./need.js";

interface Capped {
  awards: AwardDraft[];
  pending: PendingDraft[];
}

/**
 * Caps the sum of a group of rounded items: when the sum exceeds the cap, items are
 * reduced in order (each gets what remains) and those reduced to zero are dropped.
 */
function capGroup(group: readonly AwardDraft[], cap: Cap, label: string, env: Env): Capped {
  let limit: Dec;
  try {
    limit = needDecimal(cap.amount, env);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const why = e.why;
    if (why.unknown === "absent") return { awards: [], pending: [] };
    return {
      awards: [],
      pending: group.map((d) => ({
        article: d.article,
        clause: d.clause,
        ...(d.item !== undefined ? { item: d.item } : {}),
        reason: why.reason,
      })),
    };
  }
  const sum = group.reduce((s, d) => s.plus(d.amount), ZERO);
  env.probe?.(cap, sum.gt(limit) ? "binds" : "does not bind");
  if (sum.lte(limit)) return { awards: [...group], pending: [] };
  let remaining = limit;
  const awards: AwardDraft[] = [];
  for (const d of group) {
    const amount = remaining.lt(d.amount) ? remaining : d.amount;
    remaining = remaining.minus(amount);
    if (amount.lte(0)) continue;
    if (amount.eq(d.amount)) {
      awards.push(d);
      continue;
    }
    const text = `total cap ${withSource(cap.amount, limit)} of ${label} reached (sum ${formatYuan(sum)}): ${formatYuan(d.amount)} → ${formatYuan(amount)}`;
    awards.push({ ...d, amount, steps: [...d.steps, { kind: "total-cap", text, span: cap.span }] });
  }
  return { awards, pending: [] };
}

/** Applies `cap total` of each clause, then of each article, to the rounded award items (in order). */
export function applyAggregateCaps(drafts: readonly AwardDraft[], env: Env): Capped {
  let awards = [...drafts];
  const pending: PendingDraft[] = [];
  const cap = (inGroup: (d: AwardDraft) => boolean, c: Cap, label: string): void => {
    const group = awards.filter(inGroup);
    if (group.length === 0) return;
    const out = capGroup(group, c, label, env);
    const at = awards.indexOf(group[0]!);
    const rest = awards.filter((d) => !inGroup(d));
    rest.splice(at, 0, ...out.awards);
    awards = rest;
    pending.push(...out.pending);
  };
  for (const article of env.policy.articles) {
    for (const clause of article.clauses) {
      if (clause.totalCap) cap((d) => d.clause === clause, clause.totalCap, `clause ${clause.id}`);
    }
    if (article.totalCap) cap((d) => d.article === article, article.totalCap, `article ${article.number}`);
  }
  return { awards, pending };
}
