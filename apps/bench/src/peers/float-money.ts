/** Money as the peer engines handle it: JavaScript numbers (binary floating point). */
import type { Figures } from "../figures.js";

export interface FloatAward {
  article: number;
  clause: string;
  item: string;
  amount: number;
  basis: "exact" | "up-to";
}

/** What a JavaScript developer writes to round to cents: not half up on decimals (4.035 → 4.03). */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Awards above zero as figures; totals summed in floats, printed with two decimals. */
export function sumText(awards: readonly FloatAward[], pending: Figures["pending"]): Figures {
  let exact = 0;
  let upTo = 0;
  const out: Figures["awards"] = [];
  for (const a of awards) {
    if (!(a.amount > 0)) continue;
    if (a.basis === "exact") exact += a.amount;
    else upTo += a.amount;
    out.push({ article: a.article, clause: a.clause, item: a.item, amount: a.amount.toFixed(2), basis: a.basis });
  }
  return { inForce: true, total: exact.toFixed(2), upToTotal: (exact + upTo).toFixed(2), awards: out, pending };
}
