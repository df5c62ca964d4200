import type { Policy } from "@subsidia/ir";
import type { Change, PolicyDiff } from "@subsidia/diff";
import { cliLang, tr } from "../lang.js";

export interface ClauseGroup {
  clause: string | null;
  changes: Change[];
}

export interface Section {
  /** `Policy` or `Article 4 支持中试熟化平台建设` */
  heading: string;
  groups: ClauseGroup[];
}

/** Changes as a reviewer reads them: the policy's own first, then article by article, clause by clause. */
export function sections(diff: PolicyDiff, before: Policy, after: Policy): Section[] {
  const out: Section[] = [];
  for (const c of diff.changes) {
    const heading = c.article === null ? tr()("diff.policySection") : articleHeading(c.article, before, after);
    let s = out.at(-1);
    if (!s || s.heading !== heading) out.push((s = { heading, groups: [] }));
    let g = s.groups.at(-1);
    if (!g || g.clause !== c.clause) s.groups.push((g = { clause: c.clause, changes: [] }));
    g.changes.push(c);
  }
  return out;
}

function articleHeading(n: number, before: Policy, after: Policy): string {
  const a = after.articles.find((x) => x.number === n) ?? before.articles.find((x) => x.number === n);
  return tr()("report.article", { number: n, title: a?.title ?? "" }).trimEnd();
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `2 behavioural changes, 4 changes without behavioural effect` or `no behavioural change (…)`. */
export function headline(diff: PolicyDiff): string {
  const t = tr();
  const other = diff.changes.length - diff.behavioural;
  if (diff.behavioural === 0)
    return `${t("diff.noBehavioural")}${other > 0 ? t("diff.withoutEffect", { count: other }) : ""}`;
  return `${t("diff.behavioural", { count: diff.behavioural })}${other > 0 ? t("diff.cosmeticCount", { count: other }) : ""}`;
}

/** `Tests: 2 added, 2 removed, 1 changed`, or null when the tests are the same. */
export function testsLine(diff: PolicyDiff): string | null {
  const tests = diff.tests;
  const t = tr();
  const parts = [
    tests.added.length && t("diff.testsAdded", { count: tests.added.length }),
    tests.removed.length && t("diff.testsRemoved", { count: tests.removed.length }),
    tests.changed.length && t("diff.testsChanged", { count: tests.changed.length }),
  ].filter(Boolean);
  return parts.length > 0 ? t("diff.tests", { parts: parts.join(cliLang() === "zh" ? "，" : ", ") }) : null;
}

/** Long one-line texts (cited text) cut to where they differ, with ten characters of context. */
export function excerpt(a: string, b: string): [string, string] {
  if ((a.length <= 60 && b.length <= 60) || a.includes("\n") || b.includes("\n")) return [a, b];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const cut = (x: string) =>
    `${p > 10 ? "…" : ""}${x.slice(Math.max(0, p - 10), x.length - Math.max(0, s - 10))}${s > 10 ? "…" : ""}`;
  return [cut(a), cut(b)];
}
