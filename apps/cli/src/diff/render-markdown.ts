import type { Policy } from "@subsidia/ir";
import type { Change, PolicyDiff } from "@subsidia/diff";
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
const where = (c: Change) =>
  `${c.article === null ? "policy" : `art. ${c.article}`}${c.clause ? ` \`${c.clause}\`` : ""}`;

function witnessCell(c: Change): string {
  if (!c.witness) return c.witness === null ? "none found" : "—";
  const delta = showDelta(c.witness).replace(/^.*\((.*)\)$/, "$1");
  return cell(`${showOutcome(c.witness.before)} → ${showOutcome(c.witness.after)}${delta ? `, ${delta}` : ""}`);
}

function behaviouralTable(changes: Change[]): string[] {
  if (changes.length === 0) return [];
  return [
    "| Article | Clause | Change | Before | After | Witness: old → new |",
    "|---:|---|---|---|---|---|",
    ...changes.map(
      (c) =>
        `| ${c.article ?? "—"} | ${c.clause ? `\`${c.clause}\`` : "—"} | ${cell(c.summary)} | ${code(c.before)} | ${code(c.after)} | ${witnessCell(c)} |`,
    ),
    "",
  ];
}

function witnesses(changes: Change[]): string[] {
  const found = changes.filter((c) => c.witness);
  if (found.length === 0) return [];
  const out = ["<details><summary>Witnesses: applicants valid for both versions, paid differently</summary>", ""];
  for (const c of found) {
    out.push(`**${where(c)}: ${c.summary}**`, "", "```json", JSON.stringify(c.witness!.facts, null, 2), "```", "");
  }
  out.push("</details>", "");
  return out;
}

function cosmetic(changes: Change[]): string[] {
  if (changes.length === 0) return [];
  const out = [
    `<details><summary>${changes.length} change${changes.length === 1 ? "" : "s"} without behavioural effect</summary>`,
    "",
  ];
  for (const c of changes) {
    out.push(`- ${where(c)}: ${c.summary}`);
    const [before, after] =
      c.before !== undefined && c.after !== undefined ? excerpt(c.before, c.after) : [c.before, c.after];
    if (before !== undefined || after !== undefined)
      out.push(`  - before: ${code(before)}`, `  - after: ${code(after)}`);
  }
  out.push("", "</details>", "");
  return out;
}

/** The diff as a pull-request comment: a table of behavioural changes, witnesses and the rest folded. */
export function renderMarkdown(diff: PolicyDiff, after: Policy, labels: [string, string]): string {
  const behavioural = diff.changes.filter((c) => c.behavioural);
  const out = [
    `### Policy diff: \`${after.id}\``,
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
  if (tests) out.push(`${tests}.`, "");
  return out.join("\n");
}
