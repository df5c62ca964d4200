import type { Applied, Match } from "@subsidia/runtime";
import { tr } from "../lang.js";
import { money } from "../money-text.js";
import type { Paint } from "../paint.js";

/** The rules and amendments that applied to one policy on the applicant's date. */
export function renderApplied(applied: Applied, date: string, paint: Paint): string {
  const t = tr();
  if (applied.rules.length === 0 && applied.amendments.length === 0)
    return `${paint.dim(t("library.noneApplied", { date }))}\n`;
  const lines = [paint.bold(t("library.applied", { date }))];
  for (const f of applied.rules) {
    const issuer = f.rule.issuer ? ` · ${f.rule.issuer}${f.rule.issued ? ` · ${f.rule.issued}` : ""}` : "";
    lines.push(t("library.fills", { param: f.param, value: f.value, title: f.rule.title, id: f.rule.id, issuer }));
    if (f.text) lines.push(paint.dim(`    “${f.text}”`));
    if (f.supersedes.length > 0)
      lines.push(t("library.supersedes", { ids: f.supersedes.map((s) => `\`${s}\``).join(", ") }));
  }
  for (const a of applied.amendments) {
    const { id, title, from, to } = a.amendment;
    lines.push(
      t(a.added ? "library.added" : "library.amended", { article: a.article, clause: a.clause, id, title, from, to }),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** `subsidia match`: every award after stacking, largest first, each with its policy and article. */
export function renderMatch(m: Match, paint: Paint): string {
  const t = tr();
  const inForce = m.policies.filter((p) => p.inForce);
  const lines = [paint.bold(t("match.title", { count: inForce.length }))];
  if (m.on) lines.push(paint.dim(t("match.on", { date: m.on })));
  lines.push("");
  if (m.awards.length === 0) lines.push(t("match.none"));
  for (const a of m.awards) {
    const basis = a.basis === "exact" ? t("report.due") : paint.yellow(t("report.upTo"));
    const item = a.item ? ` · ${a.item}` : "";
    const amount = paint.bold(money(a.amount));
    lines.push(
      t("match.award", { amount, basis, policy: a.policy, article: a.article, clause: a.clause, item, title: a.title }),
    );
    for (const r of a.rules ?? []) lines.push(paint.dim(`    ${r.title}${r.number ? ` (${r.number})` : ""}`));
  }
  for (const s of m.superseded) {
    const what = `${s.policy} ${t("report.articleShort", { number: s.article })} ${s.clause}${s.item ? ` ${s.item}` : ""}`;
    const by = `${s.by.policy} ${t("report.articleShort", { number: s.by.article })} ${s.by.clause}`;
    lines.push(paint.dim(t("report.superseded", { what, amount: money(s.amount), by })));
  }
  if (m.pending.length > 0) {
    lines.push("", paint.bold(t("match.pending")));
    for (const p of m.pending) {
      const item = p.item ? ` · ${p.item}` : "";
      lines.push(
        t("match.pendingItem", { policy: p.policy, article: p.article, clause: p.clause, item, reason: p.reason }),
      );
    }
  }
  const out = inForce.length < m.policies.length ? m.policies.filter((p) => !p.inForce).map((p) => p.id) : [];
  if (out.length > 0) lines.push("", paint.dim(t("match.notInForce", { ids: out.join(", ") })));
  if (m.skipped.length > 0) lines.push("", paint.dim(t("match.skipped")));
  for (const s of m.skipped) {
    const reasons = s.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    lines.push(paint.dim(t("match.skippedItem", { policy: s.policy, reasons })));
  }
  lines.push("", paint.bold(t("match.total", { total: money(m.total), upToTotal: money(m.upToTotal) })));
  return `${lines.join("\n")}\n`;
}
