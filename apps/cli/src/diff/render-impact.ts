import type { ImpactSummary } from "@subsidia/diff";
import { IMPACT_LIST, impactMd, type Lang, type Translate, translateSkipReason } from "@subsidia/messages";
import { amountUnit, Dec, formatIn, formatWan } from "@subsidia/runtime";
import { cliLang, tr } from "../lang.js";
import type { Paint } from "../paint.js";

const signed = (s: string) => (new Dec(s).gt(0) ? `+${s}` : s);
const wan = (s: string) => formatWan(new Dec(s));
const signedWan = (s: string) => (new Dec(s).gt(0) ? `+${wan(s)}` : wan(s));

/** A row of "before → after (difference)" in one unit, so that the figures compare at a glance. */
function inOneUnit(before: string, after: string, difference: string): [string, string, string] {
  const xs = [before, after, difference].map((x) => new Dec(x));
  const unit = amountUnit(xs);
  const [b, a, d] = xs.map((x) => formatIn(x, unit)) as [string, string, string];
  return [b, a, xs[2]!.gt(0) ? `+${d}` : d];
}
/** ` (+6.13亿元)` when 万 or 亿 say the amount shorter than yuan, else nothing. */
const inWan = (s: string) => (/[万亿]/.test(wan(s)) ? signedWan(s) : "");
const changed = (d: { total: string; upToTotal: string }) =>
  !new Dec(d.total).isZero() || !new Dec(d.upToTotal).isZero();

interface Row {
  label: string;
  before: string;
  after: string;
  difference: string;
}

/** Rows of amounts: the articles any version pays under, then the totals. */
function rows(s: ImpactSummary, t: Translate): Row[] {
  const paid = s.articles.filter((a) => changed(a.before) || changed(a.after));
  const row = (label: string, x: { before: string; after: string; difference: string }) => ({ label, ...x });
  return [
    ...paid.map((a) =>
      row(t("report.article", { number: a.article, title: a.title }), {
        before: a.before.upToTotal,
        after: a.after.upToTotal,
        difference: a.difference.upToTotal,
      }),
    ),
    row(t("impact.totalDue"), { before: s.before.total, after: s.after.total, difference: s.difference.total }),
    row(t("impact.totalUpTo"), {
      before: s.before.upToTotal,
      after: s.after.upToTotal,
      difference: s.difference.upToTotal,
    }),
  ];
}

const width = (s: string) =>
  [...s].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

/** The budget impact for a terminal: a table per article in yuan, who gains and loses, the largest changes. */
export function renderImpactText(s: ImpactSummary, file: string, paint: Paint, t: Translate = tr()): string {
  const out = [paint.bold(t("impact.title", { applicants: s.applicants, file }))];
  const table = rows(s, t);
  const heads = (["impact.before", "impact.after", "impact.difference"] as const).map((k) => t(k, { unit: "元" }));
  const w = [
    Math.max(...table.map((r) => width(r.label))),
    // the English column names set the minimum width, as they always have; a wider heading overflows to the left
    ...(["before", "after", "difference"] as const).map((k) =>
      Math.max(k.length, ...table.map((r) => (k === "difference" ? signed(r[k]) : r[k]).length)),
    ),
  ] as [number, number, number, number];
  out.push(
    paint.dim(
      `  ${padEnd("", w[0])}  ${padStart(heads[0]!, w[1])}  ${padStart(heads[1]!, w[2])}  ${padStart(heads[2]!, w[3])}`,
    ),
  );
  for (const r of table) {
    const d = signed(r.difference);
    const colour = new Dec(r.difference).gt(0)
      ? paint.green
      : new Dec(r.difference).lt(0)
        ? paint.red
        : (x: string) => x;
    out.push(
      `  ${padEnd(r.label, w[0])}  ${padStart(r.before, w[1])}  ${padStart(r.after, w[2])}  ${colour(padStart(d, w[3]))}${inWan(r.difference) ? `  ${inWan(r.difference)}` : ""}`,
    );
  }
  out.push(paint.dim(`  ${t("impact.articleRows")}`), "");
  out.push(`  ${t("impact.gainLose", { gain: s.gain, lose: s.lose, same: s.same })}`);
  out.push(`  ${t("impact.pending", s.pending)}`);
  if (s.skipped.count > 0) {
    const lines = s.skipped.first.map((x) => x.ref.line).join(", ");
    const more = s.skipped.count > s.skipped.first.length ? ", …" : "";
    out.push(paint.yellow(`  ${t("impact.skipped", { count: s.skipped.count, lines, more })}`));
  }
  if (s.largest.length > 0) {
    out.push("", paint.bold(`  ${t("impact.largest")}`));
    for (const c of s.largest) {
      const [before, after, difference] = inOneUnit(c.before.total, c.after.total, c.difference.total);
      const upTo =
        changed({ total: "0", upToTotal: c.difference.upToTotal }) && c.difference.upToTotal !== c.difference.total
          ? t("impact.withUpTo", { difference: signedWan(c.difference.upToTotal) })
          : "";
      out.push(`    ${t("impact.largestLine", { line: c.ref.line, before, after, difference, upTo })}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** The budget impact as Markdown for a pull-request comment. */
export function renderImpactMarkdown(
  s: ImpactSummary,
  file: string,
  t: Translate = tr(),
  lang: Lang = cliLang(),
): string {
  const out = [
    `#### ${impactMd(lang, "title", { applicants: s.applicants, file })}`,
    "",
    impactMd(lang, "columns", {}),
    "|---|---:|---:|---:|",
  ];
  for (const r of rows(s, t))
    out.push(
      `| ${r.label} | ${r.before} | ${r.after} | ${signed(r.difference)}${inWan(r.difference) ? ` (${inWan(r.difference)})` : ""} |`,
    );
  out.push("", impactMd(lang, "summary", { gain: s.gain, lose: s.lose, same: s.same, ...s.pending }));
  if (s.skipped.count > 0) {
    const lines = s.skipped.first.map((x) =>
      impactMd(lang, "skippedLine", { line: x.ref.line, reason: translateSkipReason(x.reason, lang) }),
    );
    out.push("", impactMd(lang, "skipped", { count: s.skipped.count, lines: lines.join(IMPACT_LIST[lang]) }));
  }
  if (s.largest.length > 0) {
    out.push("", impactMd(lang, "largestColumns", {}), "|---:|---:|---:|---:|");
    for (const c of s.largest)
      out.push(`| ${c.ref.line} | ${inOneUnit(c.before.total, c.after.total, c.difference.total).join(" | ")} |`);
  }
  return `${out.join("\n")}\n`;
}
