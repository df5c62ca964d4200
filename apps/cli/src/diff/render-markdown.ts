import type { Policy } from "@subsidia/ir";
import type { Change, PolicyDiff } from "@subsidia/diff";
import { translateChange } from "@subsidia/messages";
import { cliLang, tr } from "../lang.js";
import { excerpt, headline, testsLine } from "./group.js";
import { showDelta, showOutcome } from "./show-witness.js";

const cell = (s: string | undefined) => (s === undefined ? "—" : s.replace(/\|/g, "\\|").replace(/\n/g, "<br>"));
const code = (s: string | undefined) =>
  s === undefined
    ? "—"
    : s
        .split("\n")
        .map((l) => `\`${l.replace(/\|/g, "\\|")}\``)
        .join("<br>");
/** A change's words in the CLI's language: its summary, a side that is not source text. */
const words = (c: Change) => translateChange(c, cliLang());
const where = (c: Change) =>
  `${c.article === null ? tr()("md.policy") : tr()("report.articleShort", { number: c.article })}${c.clause ? ` \`${c.clause}\`` : ""}`;

/** A side as code when it is source text, as words when the change says it in words (`第3条`). */
function side(c: Change, which: "before" | "after"): string {
  return c.message[which] !== undefined ? cell(words(c)[which]) : code(c[which]);
}

function witnessCell(c: Change): string {
  if (!c.witness) return c.witness === null ? tr()("md.noneFound") : "—";
  const delta = showDelta(c.witness).replace(/^.*\((.*)\)$/, "$1");
  return cell(`${showOutcome(c.witness.before)} → ${showOutcome(c.witness.after)}${delta ? `, ${delta}` : ""}`);
}

function behaviouralTable(changes: Change[]): string[] {
  if (changes.length === 0) return [];
  return [
    tr()("md.columns"),
    "|---:|---|---|---|---|---|",
    ...changes.map(
      (c) =>
        `| ${c.article ?? "—"} | ${c.clause ? `\`${c.clause}\`` : "—"} | ${cell(words(c).summary)} | ${side(c, "before")} | ${side(c, "after")} | ${witnessCell(c)} |`,
    ),
    "",
  ];
}

function witnesses(changes: Change[]): string[] {
  const found = changes.filter((c) => c.witness);
  if (found.length === 0) return [];
  const out = [`<details><summary>${tr()("md.witnesses")}</summary>`, ""];
  for (const c of found) {
    out.push(
      `**${where(c)}: ${words(c).summary}**`,
      "",
      "```json",
      JSON.stringify(c.witness!.facts, null, 2),
      "```",
      "",
    );
  }
  out.push("</details>", "");
  return out;
}

function cosmetic(changes: Change[]): string[] {
  if (changes.length === 0) return [];
  const out = [`<details><summary>${tr()("md.cosmetic", { count: changes.length })}</summary>`, ""];
  for (const c of changes) {
    out.push(`- ${where(c)}: ${words(c).summary}`);
    const [before, after] =
      c.before !== undefined && c.after !== undefined ? excerpt(c.before, c.after) : [c.before, c.after];
    if (before !== undefined || after !== undefined)
      out.push(`  - ${tr()("md.before")}: ${code(before)}`, `  - ${tr()("md.after")}: ${code(after)}`);
  }
  out.push("", "</details>", "");
  return out;
}

/** The diff as a pull-request comment: a table of behavioural changes, witnesses and the rest folded. */
export function renderMarkdown(diff: PolicyDiff, after: Policy, labels: [string, string]): string {
  const behavioural = diff.changes.filter((c) => c.behavioural);
  const out = [
    `### ${tr()("md.title", { id: `\`${after.id}\`` })}`,
    "",
    `\`${labels[0]}\` → \`${labels[1]}\``,
    "",
    `**${headline(diff)}**`,
    "",
    ...behaviouralTable(behavioural),
    ...witnesses(behavioural),
    ...cosmetic(diff.changes.filter((c) => !c.behavioural)),
  ];
  const tests = testsLine(diff);
  if (tests) out.push(`${tests}${cliLang() === "zh" ? "。" : "."}`, "");
  return out.join("\n");
}
