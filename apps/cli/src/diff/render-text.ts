import type { Policy } from "@subsidia/ir";
import type { Change, PolicyDiff } from "@subsidia/diff";
import { type ChangeWords, translateChange } from "@subsidia/messages";
import { cliLang, tr } from "../lang.js";
import type { Paint } from "../paint.js";
import { excerpt, headline, sections, testsLine } from "./group.js";
import { factLines, showDelta, showOutcome } from "./show-witness.js";

/** After a label: `old: …` in English, `旧：…` in Chinese. */
const colon = () => (cliLang() === "zh" ? "：" : ": ");

function sides(c: ChangeWords, indent: string, red: (s: string) => string, green: (s: string) => string): string[] {
  const lines: string[] = [];
  const side = (text: string | undefined, mark: string, colour: (s: string) => string) => {
    if (text !== undefined) for (const l of text.split("\n")) lines.push(colour(`${indent}${mark} ${l}`));
  };
  const [before, after] =
    c.before !== undefined && c.after !== undefined ? excerpt(c.before, c.after) : [c.before, c.after];
  side(before, "-", red);
  side(after, "+", green);
  return lines;
}

function witness(c: Change, words: ChangeWords, indent: string, policies: Policy[], paint: Paint): string[] {
  if (c.witness === undefined) return [];
  const t = tr();
  if (c.witness === null)
    return [paint.yellow(`${indent}${t("diff.noWitness")}${words.note ? `${colon()}${words.note}` : ""}`)];
  const w = c.witness;
  const facts = factLines(w, policies);
  const delta = showDelta(w);
  return [
    `${indent}${paint.bold(t("diff.witness"))} ${facts[0] ?? t("diff.noFacts")}`,
    ...facts.slice(1).map((l) => `${indent}        ${l}`),
    `${indent}  ${t("diff.old")}${colon()}${showOutcome(w.before)}`,
    `${indent}  ${t("diff.new")}${colon()}${showOutcome(w.after)}${delta ? `  ${paint.bold(delta)}` : ""}`,
  ];
}

function change(c: Change, indent: string, policies: Policy[], paint: Paint): string[] {
  // the words in the CLI's language; the sides stay source text unless they are words (`article 3`)
  const words = translateChange(c, cliLang());
  if (!c.behavioural)
    return [
      paint.dim(`${indent}~ ${words.summary} ${tr()("diff.noBehaviouralChange")}`),
      ...sides(words, `${indent}    `, paint.dim, paint.dim),
      ...(words.note ? [paint.dim(`${indent}    ${words.note}`)] : []),
    ];
  const lines = [
    `${indent}${paint.yellow("●")} ${paint.bold(words.summary)}`,
    ...sides(words, `${indent}    `, paint.red, paint.green),
  ];
  if (words.note && c.witness) lines.push(`${indent}    ${words.note}`);
  return [...lines, ...witness(c, words, `${indent}    `, policies, paint)];
}

/** The diff for a terminal: each article's changes clause by clause, witnesses under behavioural ones. */
export function renderText(
  diff: PolicyDiff,
  before: Policy,
  after: Policy,
  labels: [string, string],
  paint: Paint,
): string {
  const t = tr();
  const out = [
    paint.bold(
      `${t("diff.policy", { id: after.id })}${before.id !== after.id ? t("diff.was", { id: before.id }) : ""}`,
    ),
    paint.dim(`  ${t("diff.old")}${colon()}${labels[0]}`),
    paint.dim(`  ${t("diff.new")}${colon()}${labels[1]}`),
    "",
  ];
  out.push(diff.behavioural === 0 ? paint.green(headline(diff)) : paint.bold(headline(diff)), "");
  for (const s of sections(diff, before, after)) {
    out.push(paint.bold(s.heading));
    for (const g of s.groups) {
      if (g.clause === null) g.changes.forEach((c) => out.push(...change(c, "  ", [before, after], paint)));
      else {
        out.push(`  ${paint.cyan(g.clause)}`);
        g.changes.forEach((c) => out.push(...change(c, "    ", [before, after], paint)));
      }
    }
    out.push("");
  }
  const tests = testsLine(diff);
  if (tests) out.push(paint.dim(`${tests} ${t("diff.testsNote")}`), "");
  return out.join("\n");
}
