import type { InputField, Policy } from "@subsidia/ir";
import type { Outcome, Witness } from "@subsidia/diff";
import { CURRENCY_UNITS, Dec, formatWan } from "@subsidia/runtime";
import { tr } from "../lang.js";
import { money } from "../money-text.js";

/**
 * The dotted paths of a policy's money facts (`pilotPlatforms.totalInvestment`) with the unit
 * they are written in, to show amounts in 万元 (or 万美元 for an amount declared `money in USD`).
 */
function moneyPaths(fields: readonly InputField[], prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (f.type.kind === "money" && !out.has(path))
      out.set(path, f.type.currency ? CURRENCY_UNITS[f.type.currency] : "元");
    if (f.type.kind === "record" || f.type.kind === "list") moneyPaths(f.type.fields, path, out);
  }
  return out;
}

function value(v: unknown, path: string, money: Map<string, string>): string {
  if (Array.isArray(v)) return `[${v.map((x) => value(x, path, money)).join(", ")}]`;
  if (v !== null && typeof v === "object")
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${value(x, `${path}.${k}`, money)}`)
      .join(", ")} }`;
  const unit = money.get(path);
  if (unit !== undefined && (typeof v === "number" || typeof v === "string"))
    return formatWan(new Dec(v)).replace(/元$/, unit);
  return String(v);
}

/** A witness's facts, one line per fact or list item: `pilotPlatforms[0] = { id: w1, totalInvestment: 4000万元, … }`. */
export function factLines(w: Witness, policies: Policy[]): string[] {
  const money = new Map<string, string>();
  for (const p of policies) moneyPaths(p.inputs, "", money);
  const lines: string[] = [];
  for (const [k, v] of Object.entries(w.facts)) {
    if (Array.isArray(v)) v.forEach((item, i) => lines.push(`${k}[${i}] = ${value(item, k, money)}`));
    else lines.push(`${k} = ${value(v, k, money)}`);
  }
  return lines;
}

/** What one version gives the witness: `10000000.00 元 (1000万元) due`, `pending`, `nothing`. */
export function showOutcome(o: Outcome): string {
  const t = tr();
  switch (o.status) {
    case "award":
      return t(o.basis === "up-to" ? "diff.outcomeUpTo" : "diff.outcomeDue", { amount: money(o.amount!) });
    case "pending":
      return t("diff.outcomePending");
    case "none":
      return t("diff.outcomeNone");
    case "not-in-force":
      return t("diff.outcomeNotInForce");
  }
}

/** The change in the witness's award, signed: `+2000000.00 元 (+200万元)`; empty when not both amounts. */
export function showDelta(w: Witness): string {
  const a = w.before.status === "award" ? new Dec(w.before.amount!) : new Dec(0);
  const b = w.after.status === "award" ? new Dec(w.after.amount!) : new Dec(0);
  const d = b.minus(a);
  if (d.isZero()) return "";
  const sign = d.gt(0) ? "+" : "-";
  return `${sign}${money(d.abs()).replace("(", `(${sign}`)}`;
}
