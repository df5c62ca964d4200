import type { Policy } from "@subsidia/ir";
import { type Lang, type Translate, translateStep, translator } from "@subsidia/messages";
import { type Award, Dec, type Result as EvalResult, type InstalmentPart } from "@subsidia/runtime";
import { cliLang } from "./lang.js";
import { money } from "./money-text.js";
import type { Paint } from "./paint.js";
import { type ExplainLevel, colon, renderWhyNot } from "./why-not-report.js";
import { citedLines, clauseCited } from "./cited-report.js";

/**
 * The report a grant officer reads: per article, each award with its clause's title, cited text,
 * implementing rules and explanation; pending items (with the same); totals.
 */
export function renderReport(
  policy: Policy,
  r: EvalResult,
  paint: Paint,
  lang: Lang = cliLang(),
  level: ExplainLevel = "concise",
): string {
  const tr = translator(lang);
  const out: string[] = [
    paint.bold(policy.title),
    paint.dim(`${policy.id}${policy.issuer ? ` · ${policy.issuer}` : ""}${policy.issued ? ` · ${policy.issued}` : ""}`),
    "",
  ];
  const date = r.applicationDate ?? tr("report.theApplicationDate");
  if (!r.inForce) {
    const v = policy.validity;
    out.push(
      paint.yellow(
        v ? tr("report.notInForce", { date, from: v.from, to: v.to }) : tr("report.notInForceNoWindow", { date }),
      ),
    );
    out.push("", totals(r, paint, lang, tr));
    return `${out.join("\n")}\n`;
  }
  // a policy without a validity window is never "in force on" a date: nothing to say
  if (policy.validity) out.push(paint.dim(tr("report.inForce", { date })), "");
  if (r.awards.length === 0) out.push(tr("report.noAward"), "");
  for (const article of policy.articles) {
    const awards = r.awards.filter((a) => a.article === article.number);
    if (awards.length === 0) continue;
    out.push(paint.bold(tr("report.article", { number: article.number, title: article.title })));
    // a clause's cited text and rules under its first item only: the others of a long list would repeat them
    const cited = new Set<string>();
    for (const a of awards) {
      out.push(...renderAward(a, paint, lang, tr, !cited.has(a.clause)));
      cited.add(a.clause);
    }
    out.push("");
  }
  if (r.pending.length > 0) {
    out.push(paint.bold(tr("report.pending")));
    const shown = new Set<string>();
    for (const p of r.pending) {
      const cited = clauseCited(policy, p.article, p.clause);
      const payers = p.funding?.map((f) => `${f.payer} ${f.share}`).join(", ");
      const funding = payers ? `; ${tr("report.fundedBy", { payers })}` : "";
      const where = `${tr("report.articleShort", { number: p.article })} ${p.clause}${p.item ? ` · ${p.item}` : ""}`;
      out.push(`  ${paint.cyan(where)} ${cited.title}${colon(lang)}${p.reason}${funding}`);
      if (!shown.has(p.clause)) out.push(...citedLines(cited, "      ", paint, tr));
      shown.add(p.clause);
    }
    out.push("");
  }
  if (r.notAwarded) out.push(...renderWhyNot(r.notAwarded, level, paint, lang, tr));
  out.push(totals(r, paint, lang, tr));
  return `${out.join("\n")}\n`;
}

/** `5亿元 due`, `1000万元 up to (…)`, or a range's two ends: `2亿元 to 5亿元 (a range, …)`. */
function amountAndBasis(a: Award, paint: Paint, lang: Lang, tr: Translate): string {
  if (a.basis === "range" && a.range) {
    const ends = tr("report.rangeEnds", { min: money(a.range.min, lang), max: money(a.range.max, lang) });
    return `${paint.bold(ends)}${lang === "zh" ? "" : " "}${paint.yellow(tr("report.range"))}`;
  }
  const basis = a.basis === "up-to" ? paint.yellow(tr("report.upTo")) : tr("report.due");
  return `${paint.bold(money(a.amount, lang))} ${basis}`;
}

function renderAward(a: Award, paint: Paint, lang: Lang, tr: Translate, withCited = true): string[] {
  const where = `${paint.cyan(a.clause)}${a.item ? ` · ${a.item}` : ""} ${a.title}`;
  const lines = [
    `  ${where}${colon(lang)}${amountAndBasis(a, paint, lang, tr)}`,
    ...(withCited ? citedLines(a, "      ", paint, tr) : []),
  ];
  for (const s of a.explanation)
    lines.push(
      paint.dim(`      ${s.span ? tr("report.line", { line: s.span.line }) : ""}${translateStep(s.text, lang)}`),
    );
  for (const x of a.instalments ?? []) lines.push(paint.dim(`      ${instalment(x, lang, tr)}`));
  if (a.funding) {
    const payers = a.funding.map((f) => `${f.payer} ${money(f.amount, lang)} (${f.share})`).join(", ");
    lines.push(paint.dim(`      ${tr("report.fundedBy", { payers })}`));
  }
  return lines;
}

/** One instalment of `pay`: its milestone, amount, share and whether it is payable on the policy's date. */
function instalment(x: InstalmentPart, lang: Lang, tr: Translate): string {
  const status =
    x.status === "awaiting"
      ? tr("report.instalment.awaiting")
      : tr(x.status === "payable" ? "report.instalment.payable" : "report.instalment.scheduled", {
          date: x.date ?? "",
        });
  const share = `${new Dec(x.share).times(100).toString()}%`;
  return tr("report.instalment", { milestone: x.milestone, amount: money(x.amount, lang), share, status });
}

function totals(r: EvalResult, paint: Paint, lang: Lang, tr: Translate): string {
  return [
    paint.bold(tr("report.totalDue", { amount: money(r.total, lang) })),
    paint.bold(tr("report.totalUpTo", { amount: money(r.upToTotal, lang) })),
  ].join("\n");
}
