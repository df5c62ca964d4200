import type { Lang, Translate } from "@subsidia/messages";
import { Dec, formatYuan, type Result } from "@subsidia/runtime";
import { money } from "./money-text.js";
import type { Paint } from "./paint.js";
import { type AwardDifference, type Change, difference, shownChange, type WhatIf } from "./what-if.js";
import { changesText, colon, moneyChange } from "./why-not-report.js";

/** One policy's awards before and after the changes, both after stacking across the policies. */
export interface PolicyWhatIf {
  policy: string;
  total: WhatIf["total"];
  awards: AwardDifference[];
}

/** `--what-if` over several policies (`eval A B`, `match`): per policy, after stacking, and the total of all. */
export interface StackedWhatIf {
  changes: Change[];
  total: WhatIf["total"];
  policies: PolicyWhatIf[];
}

/** What each policy pays, after stacking: its awards and its total. */
export interface PolicyAwards {
  policy: string;
  awards: Result["awards"];
  total: string;
}

const signed = (d: Dec) => `${d.gt(0) ? "+" : ""}${formatYuan(d)}`;

/**
 * The difference per policy between two stacked evaluations of the same policies: an award
 * another policy's award replaces (从优、就高、不重复) counts in the policy that pays it. A policy
 * evaluated on one side only (skipped for its facts on the other) pays 0.00 there.
 */
export function stackedDifference(
  changes: Change[],
  before: { total: string; policies: PolicyAwards[] },
  after: { total: string; policies: PolicyAwards[] },
): StackedWhatIf {
  const ids = [...new Set([...before.policies, ...after.policies].map((p) => p.policy))];
  const none = { awards: [], total: "0.00" };
  const policies = ids.map((policy) => {
    const b = before.policies.find((p) => p.policy === policy) ?? none;
    const a = after.policies.find((p) => p.policy === policy) ?? none;
    const { total, awards } = difference(changes, b, a);
    return { policy, total, awards };
  });
  const total = {
    before: before.total,
    after: after.total,
    change: signed(new Dec(after.total).minus(before.total)),
  };
  return { changes, total, policies };
}

/** The what-if part of a report over several policies: each policy whose awards change, then the total of all. */
export function renderStackedWhatIf(w: StackedWhatIf, paint: Paint, lang: Lang, tr: Translate): string[] {
  const out = [paint.bold(tr("report.whatIf", { changes: changesText(w.changes, lang) }))];
  const changed = w.policies.filter((p) => p.awards.length > 0);
  if (changed.length === 0) out.push(`  ${tr("report.whatIfSame")}`);
  for (const p of changed) {
    const { before, after } = p.total;
    const change = shownChange(p.total.change, lang);
    out.push(`  ${paint.bold(p.policy)}${colon(lang)}${moneyChange(before, after, change, lang)}`);
    for (const a of p.awards) {
      const at = `${tr("report.articleShort", { number: a.article })} ${a.clause}${a.item ? ` · ${a.item}` : ""}`;
      const shown = shownChange(a.change, lang);
      out.push(`    ${paint.cyan(at)}${colon(lang)}${moneyChange(a.before, a.after, shown, lang)}`);
    }
  }
  const { before, after } = w.total;
  const change = shownChange(w.total.change, lang);
  out.push(`  ${tr("report.whatIfTotal", { before: money(before, lang), after: money(after, lang), change })}`, "");
  return out;
}
