import { type Lang, type Translate, translateExpected, translateStep } from "@subsidia/messages";
import type { Because, NotAwarded } from "@subsidia/runtime";
import { money } from "./money-text.js";
import type { Paint } from "./paint.js";

export type ExplainLevel = "concise" | "full";

/** The colon between a label and what follows it: full-width in Chinese. */
export const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

/** `before → after (change)`, the parentheses full-width in Chinese. */
export const moneyChange = (before: string, after: string, change: string, lang: Lang) =>
  `${money(before, lang)} → ${money(after, lang)}${lang === "zh" ? `（${change}）` : ` (${change})`}`;

/** One reason: what the condition saw, what it asks for, and the exact gap of a threshold. */
function reason(b: Because, lang: Lang, tr: Translate): string {
  const [actual, expected] = [translateExpected(b.actual, lang), translateExpected(b.expected, lang)];
  const line = tr("report.because", { src: b.src, actual, expected });
  if (b.gap === undefined) return line;
  const over = b.expected.startsWith("<");
  return `${line}${colon(lang)}${tr(over ? "report.over" : "report.gap", { gap: b.gap })}`;
}

/** `projects[0].fixedAssetInvestment 19999999.99 → 20000000` for each change (`not given → 1`: a fact added). */
export function changesText(changes: readonly { path: string; from: unknown; to: unknown }[], lang: Lang): string {
  const absent = lang === "zh" ? "未提供" : "not given";
  const each = changes.map((c) => `${c.path} ${c.from === null ? absent : String(c.from)} → ${String(c.to)}`);
  return each.join(lang === "zh" ? "、" : ", ");
}

function where(n: NotAwarded, tr: Translate): string {
  return `${tr("report.articleShort", { number: n.article })} ${n.clause}${n.item ? ` · ${n.item}` : ""}`;
}

function entry(n: NotAwarded, level: ExplainLevel, paint: Paint, lang: Lang, tr: Translate): string[] {
  const head = `  ${paint.cyan(where(n, tr))} ${n.title}`;
  const shown = level === "full" ? n.because : n.because.slice(0, 1);
  const lines = [
    head,
    ...(level === "full" && n.citation ? [paint.dim(`      “${n.citation}”`)] : []),
    ...shown.map((b) => `      ${b.span ? tr("report.line", { line: b.span.line }) : ""}${reason(b, lang, tr)}`),
  ];
  if (shown.length < n.because.length)
    lines.push(paint.dim(`      ${tr("report.moreNotAwarded", { count: n.because.length - shown.length })}`));
  if (level === "full")
    for (const s of n.conditions ?? []) lines.push(paint.dim(`      · ${translateStep(s.text, lang)}`));
  if (n.nearest) {
    const award = money(n.nearest.award, lang);
    lines.push(
      paint.green(`      → ${tr("report.nearest", { award, changes: changesText(n.nearest.changes, lang) })}`),
    );
  } else if (level === "full" && n.kind !== "reduced" && n.because[0]?.actual !== "no items")
    lines.push(paint.dim(`      → ${tr("report.noNearest")}`));
  return lines;
}

/** An item that comes to 0 of itself (computed 0, paid before, `once`): nothing cut it. */
function comesToZero(n: NotAwarded): boolean {
  const own = n.because[0];
  return n.full === undefined && n.because.length === 1 && own?.src === n.clause && own.actual === "0.00";
}

/** An item of 0 of itself: its own reason, not "cut by" the clause. */
function zeroEntry(n: NotAwarded, paint: Paint, lang: Lang, tr: Translate): string {
  const reason = translateStep(n.because[0]!.text, lang);
  return `  ${paint.cyan(where(n, tr))} ${n.title}${colon(lang)}${tr("report.zeroLine", { amount: money("0", lang), reason })}`;
}

function reducedEntry(n: NotAwarded, level: ExplainLevel, paint: Paint, lang: Lang, tr: Translate): string[] {
  const amounts = tr("report.reducedLine", { amount: money(n.amount ?? "0", lang), full: money(n.full ?? "0", lang) });
  const shown = level === "full" ? n.because : n.because.slice(0, 1);
  // the line of the cap that bound: two caps of one amount (`cap 300万元`, `… over lifetime`) read alike
  const cut = (b: Because) =>
    (b.span ? tr("report.line", { line: b.span.line }) : "") +
    tr("report.cutBy", {
      src: b.src,
      // the cap's limit as the report writes amounts (`至多 5亿元`)
      expected: translateExpected(b.expected, lang, (yuan) => money(yuan, lang)),
      actual: money(b.actual, lang),
    });
  return [`  ${paint.cyan(where(n, tr))} ${n.title}${colon(lang)}${amounts}`, ...shown.map((b) => `      ${cut(b)}`)];
}

/**
 * The why-not part of the report: each clause (item) not paid with its first reason and its
 * near miss (`full`: every reason, every condition), the clauses without items on one line,
 * the awards cut by a cap, an exclusion or stacking, and the items that come to 0 of themselves.
 */
export function renderWhyNot(
  list: readonly NotAwarded[],
  level: ExplainLevel,
  paint: Paint,
  lang: Lang,
  tr: Translate,
) {
  const out: string[] = [];
  const empty = list.filter(
    (n) => n.kind === "not-given" && n.item === undefined && n.because[0]?.actual === "no items",
  );
  const missed = list.filter((n) => n.kind !== "reduced" && !empty.includes(n));
  const reduced = list.filter((n) => n.kind === "reduced" && !comesToZero(n));
  const zero = list.filter((n) => n.kind === "reduced" && comesToZero(n));
  if (missed.length > 0 || (level === "full" && empty.length > 0)) {
    out.push(paint.bold(tr(level === "full" ? "report.whyNotFull" : "report.whyNot")));
    for (const n of level === "full" ? [...missed, ...empty] : missed) out.push(...entry(n, level, paint, lang, tr));
    out.push("");
  }
  if (level === "concise" && empty.length > 0) {
    const clauses = [...new Set(empty.map((n) => n.because[0]!.src))].join(", ");
    out.push(paint.dim(tr("report.noItems", { clauses })), "");
  }
  if (reduced.length > 0) {
    out.push(paint.bold(tr("report.reduced")));
    for (const n of reduced) out.push(...reducedEntry(n, level, paint, lang, tr));
    out.push("");
  }
  if (zero.length > 0) {
    out.push(paint.bold(tr("report.zero")));
    for (const n of zero) out.push(zeroEntry(n, paint, lang, tr));
    out.push("");
  }
  return out;
}
