import type { Policy } from "@subsidia/ir";
import { Dec, formatWan, type Award, type Result as EvalResult } from "@subsidia/runtime";
import type { Paint } from "./paint.js";

const money = (yuan: string) => `${yuan} 元 (${formatWan(new Dec(yuan))})`;

/** The report a grant officer reads: per article, each award with its explanation; pending items; totals. */
export function renderReport(policy: Policy, r: EvalResult, paint: Paint): string {
  const out: string[] = [
    paint.bold(policy.title),
    paint.dim(`${policy.id}${policy.issuer ? ` · ${policy.issuer}` : ""}${policy.issued ? ` · ${policy.issued}` : ""}`),
    "",
  ];
  if (!r.inForce) {
    const v = policy.validity;
    out.push(
      paint.yellow(
        `Not in force on ${r.applicationDate ?? "the application date"}${v ? `: the policy applies from ${v.from} to ${v.to}` : ""}. Nothing is awarded.`,
      ),
    );
    out.push("", totals(r, paint));
    return `${out.join("\n")}\n`;
  }
  out.push(paint.dim(`In force on ${r.applicationDate ?? "the application date"}.`), "");
  if (r.awards.length === 0) out.push("No award.", "");
  for (const article of policy.articles) {
    const awards = r.awards.filter((a) => a.article === article.number);
    if (awards.length === 0) continue;
    out.push(paint.bold(`Article ${article.number} ${article.title}`));
    for (const a of awards) out.push(...renderAward(a, paint));
    out.push("");
  }
  if (r.pending.length > 0) {
    out.push(paint.bold("Pending (eligible; the amount awaits implementing rules)"));
    for (const p of r.pending) {
      const title = policy.articles.find((a) => a.number === p.article)?.title ?? "";
      const funding = p.funding ? `; funded by ${p.funding.map((f) => `${f.payer} ${f.share}`).join(", ")}` : "";
      out.push(`  Article ${p.article} ${title} · ${p.clause}${p.item ? ` · ${p.item}` : ""}: ${p.reason}${funding}`);
    }
    out.push("");
  }
  out.push(totals(r, paint));
  return `${out.join("\n")}\n`;
}

function renderAward(a: Award, paint: Paint): string[] {
  const basis = a.basis === "up-to" ? paint.yellow("up to (ceiling, set case by case)") : "due";
  const lines = [`  ${paint.cyan(a.clause)}${a.item ? ` · ${a.item}` : ""}: ${paint.bold(money(a.amount))} ${basis}`];
  for (const s of a.explanation) lines.push(paint.dim(`      ${s.span ? `line ${s.span.line}: ` : ""}${s.text}`));
  if (a.funding)
    lines.push(paint.dim(`      funded by ${a.funding.map((f) => `${f.payer} ${f.amount} (${f.share})`).join(", ")}`));
  return lines;
}

function totals(r: EvalResult, paint: Paint): string {
  return [
    paint.bold(`Total due:        ${money(r.total)}`),
    paint.bold(`Total with up-to: ${money(r.upToTotal)}`),
  ].join("\n");
}
