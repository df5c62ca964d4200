import type { AmendmentRef, Applied, FilledParam, Match } from "@subsidia/runtime";
import { citedLines } from "../cited-report.js";
import { tr } from "../lang.js";
import { money } from "../money-text.js";
import type { Paint } from "../paint.js";

/** The rules and amendments that applied to one policy on the applicant's date. */
export function renderApplied(applied: Applied, date: string, paint: Paint): string {
  const t = tr();
  const amendments = amendmentLines(applied);
  if (applied.rules.length === 0 && amendments.length === 0)
    return `${paint.dim(t("library.noneApplied", { date }))}\n`;
  const lines = [paint.bold(t("library.applied", { date }))];
  // a parameter an amendment adds is shown under the amendment
  const addedParam = (f: FilledParam) =>
    (applied.added ?? []).some((a) => a.kind === "param" && a.name === f.param && a.amendment.id === f.rule.id);
  for (const f of applied.rules.filter((f) => !addedParam(f))) {
    const issuer = f.rule.issuer ? ` · ${f.rule.issuer}${f.rule.issued ? ` · ${f.rule.issued}` : ""}` : "";
    lines.push(t("library.fills", { param: f.param, value: f.value, title: f.rule.title, id: f.rule.id, issuer }));
    if (f.text) lines.push(paint.dim(`    “${f.text}”`));
    if (f.supersedes.length > 0)
      lines.push(t("library.supersedes", { ids: f.supersedes.map((s) => `\`${s}\``).join(", ") }));
  }
  lines.push(...amendments);
  return `${lines.join("\n")}\n`;
}

/**
 * Each amendment in force, then under it what it does to the policy: the clauses it amends and
 * adds, the articles and clauses it removes (with its sentence), the inputs and parameters it adds.
 */
export function amendmentLines(applied: Applied): string[] {
  const t = tr();
  const quoted = (text: string | undefined) => (text ? t("library.quoted", { text }) : "");
  const titled = (title: string | undefined) => (title ? t("library.titled", { title }) : "");
  const blocks = new Map<string, { ref: AmendmentRef; lines: string[] }>();
  const under = (ref: AmendmentRef) => {
    const block = blocks.get(ref.id) ?? { ref, lines: [] };
    blocks.set(ref.id, block);
    return block.lines;
  };
  for (const a of applied.amendments)
    under(a.amendment).push(t(a.added ? "library.added" : "library.amended", { article: a.article, clause: a.clause }));
  for (const r of applied.removed ?? []) {
    const what = { article: r.article, clause: r.clause ?? "", title: titled(r.title), text: quoted(r.text) };
    under(r.amendment).push(t(r.clause === undefined ? "library.removedArticle" : "library.removedClause", what));
  }
  for (const a of applied.added ?? [])
    under(a.amendment).push(
      a.kind === "input"
        ? t("library.addedInput", { name: a.name, doc: titled(a.doc) })
        : t("library.addedParam", { name: a.name, value: a.value, text: quoted(a.text) }),
    );
  return [...blocks.values()].flatMap(({ ref, lines }) => [
    t("library.amendment", { ...ref, issuer: ref.issuer ? ` · ${ref.issuer}` : "" }),
    ...lines,
  ]);
}

/**
 * `subsidia match`: every award after stacking, largest first, each with its policy, article, clause
 * title, cited text and implementing rules (as `eval` shows them).
 */
export function renderMatch(m: Match, paint: Paint): string {
  const t = tr();
  const inForce = m.policies.filter((p) => p.inForce);
  const lines = [paint.bold(t("match.title", { count: inForce.length }))];
  if (m.on) lines.push(paint.dim(t("match.on", { date: m.on })));
  lines.push("");
  if (m.awards.length === 0) lines.push(t("match.none"));
  const cited = new Set<string>();
  for (const a of m.awards) {
    const range = a.basis === "range" && a.range;
    const basis = a.basis === "exact" ? t("report.due") : paint.yellow(t(range ? "report.range" : "report.upTo"));
    const item = a.item ? ` · ${a.item}` : "";
    const amount = paint.bold(
      range ? t("report.rangeEnds", { min: money(range.min), max: money(range.max) }) : money(a.amount),
    );
    lines.push(
      t("match.award", { amount, basis, policy: a.policy, article: a.article, clause: a.clause, item, title: a.title }),
    );
    // a clause's cited text under its first item only
    const key = `${a.policy}\u0000${a.clause}`;
    if (!cited.has(key)) lines.push(...citedLines(a, "    ", paint, t));
    cited.add(key);
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
  const amended = inForce.flatMap((p) => {
    const lines = amendmentLines(p.applied);
    return lines.length > 0 ? [t("match.amendmentsOf", { policy: p.id }), ...lines.map((l) => `  ${l}`)] : [];
  });
  if (amended.length > 0) lines.push("", paint.bold(t("match.amendments")), ...amended);
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
