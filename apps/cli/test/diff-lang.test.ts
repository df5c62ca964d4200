import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lex } from "@subsidia/syntax";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/**
 * The edits of @subsidia/diff's test of every change kind, one per kind. Imported by a path the type check does not
 * follow: those tests read the diff's sources, outside this package's root.
 */
const kindsCases = new URL("../../../packages/diff/test/kinds-cases.ts", import.meta.url).href;
const helpers = new URL("../../../packages/diff/test/helpers.ts", import.meta.url).href;
const { base, cases } = (await import(kindsCases)) as { base: string; cases: [string, [string, string][], string[]][] };
const { edit } = (await import(helpers)) as { edit: (text: string, ...pairs: [string, string][]) => string };

/**
 * `subsidia diff --lang zh`: the words of every change in Chinese, in the text diff and in the pull-request
 * comment. What may stay in Latin letters is the policies' own: their identifiers, keywords, strings and
 * numbers (as the lexer reads them), the source shown on `-` and `+` lines and in backticks, and the paths.
 */
const dir = mkdtempSync(join(tmpdir(), "subsidia-diff-zh-"));
const KINDS = "packages/diff/test/fixtures/kinds/base.subsidia";

function policyWords(...files: string[]): Set<string> {
  const words = files.flatMap((f) => {
    const text = readFileSync(f.startsWith("/") ? f : join(repo, f), "utf8");
    return lex(text, f).tokens.flatMap((t) => t.image.match(/[A-Za-z]{2,}/g) ?? []);
  });
  return new Set(words);
}

/** The words of two or more Latin letters of a report that are not the policies': English left untranslated. */
function english(out: string, before: string, after: string): string[] {
  const shown = out
    .replaceAll(before, "")
    .replaceAll(after, "")
    .split("\n")
    .filter((l) => !/^\s*[-+] /.test(l) || /^\s*- 第\d+条/.test(l))
    .join("\n")
    .replace(/```json[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/<\/?(details|summary|br)>/g, "");
  // a witness's facts: `true` and `false`, and the fields of an award received before (`awarded`)
  const allowed = new Set([...policyWords(before, after), "true", "false", "clause", "date", "amount"]);
  return [...new Set(shown.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !allowed.has(w));
}

function bothReports(before: string, after: string): { text: string; markdown: string } {
  const text = cli(["diff", before, after, "--lang", "zh"]);
  const markdown = cli(["diff", before, after, "--markdown", "--lang", "zh"]);
  expect([text.code, text.stderr, markdown.code, markdown.stderr]).toEqual([0, "", 0, ""]);
  return { text: text.stdout, markdown: markdown.stdout };
}

function written(name: string, text: string): string {
  const file = join(dir, `${name.replace(/\W+/g, "-")}.subsidia`);
  writeFileSync(file, text);
  return file;
}

describe("`diff --lang zh`: every change in Chinese", () => {
  test.each(cases)("%s: no English word in the text diff or the pull-request comment", (name, edits) => {
    const after = written(name, edit(base, ...edits));
    const r = bothReports(KINDS, after);
    expect(english(r.text, KINDS, after)).toEqual([]);
    expect(english(r.markdown, KINDS, after)).toEqual([]);
  });

  test.each([
    ["the flagship amended", flagship, "packages/diff/test/fixtures/flagship/changed.subsidia"],
    ["the flagship reformatted", flagship, "packages/diff/test/fixtures/flagship/reformatted.subsidia"],
    [
      "a history amended",
      "corpus/wave2-history/input.subsidia",
      "packages/diff/test/fixtures/wave2/history-amended.subsidia",
    ],
  ])("%s: no English word either", (_name, before, after) => {
    const r = bothReports(before, after);
    expect(english(r.text, before, after)).toEqual([]);
    expect(english(r.markdown, before, after)).toEqual([]);
  });

  test("a cap lowered, a condition added, a clause renamed and one moved, as a drafter reads them", () => {
    const text = readFileSync(join(repo, flagship), "utf8");
    const lowered = written("lowered", text.replace("cap 1000万元", "cap 800万元"));
    const flag = bothReports(flagship, lowered);
    expect(flag.text).toContain("    ● 上限下调：1000万元 → 800万元\n        - cap 1000万元\n        + cap 800万元\n");
    expect(flag.markdown).toContain(
      "| 4 | `platformConstruction` | 上限下调：1000万元 → 800万元 | `cap 1000万元` | `cap 800万元` |",
    );
    const kinds = (label: string) => cases.find(([n]) => n === label)![1];
    const after = written(
      "several",
      edit(
        base,
        ...kinds("condition added"),
        ...kinds("clause moved to another article"),
        ...kinds("clause renamed, a tier changed"),
      ),
    );
    const r = bothReports(KINDS, after);
    expect(r.text).toContain("    ● 新增条件：p.certified\n        + when p.certified\n");
    expect(r.text).toContain("    ~ 条款更名：tiered → bands （无行为变化）\n        - tiered\n        + bands\n");
    expect(r.text).toMatch(/ {4}● 条款从第2条移至第1条\n {8}- 第2条\n {8}\+ 第1条\n {8}其奖补改计入另一条\n/);
    expect(r.markdown).toContain("| 1 | `service` | 条款从第2条移至第1条 | 第2条 | 第1条 |");
    expect(r.markdown).toContain("- 第1条 `bands`: 条款更名：tiered → bands\n");
  });

  test("the budget impact of `--population --markdown --lang zh`: its table, counts and skipped lines in Chinese", () => {
    const applicant = {
      applicationDate: "2026-03-01",
      pilotPlatforms: [{ id: "a", kind: "pilot-scale", totalInvestment: 40000000, performanceQualified: true }],
    };
    applicant.pilotPlatforms[0] = {
      ...applicant.pilotPlatforms[0]!,
      ...{ operating: false, nationalPilotPlatform: false },
    };
    const population = join(dir, "population.jsonl");
    writeFileSync(
      population,
      `${JSON.stringify(applicant)}\n${JSON.stringify({ applicationDate: "2026-03-01", pilotPlatforms: 5 })}\n`,
    );
    const after = "packages/diff/test/fixtures/flagship/changed.subsidia";
    const r = cli(["diff", flagship, after, "--population", population, "--markdown", "--lang", "zh"]);
    expect(r.code).toBe(1); // a skipped line fails the run
    const impact = r.stdout.slice(r.stdout.indexOf("#### "));
    expect(impact).toContain(`#### 对 1 位申请人的预算影响（\`${population}\`）\n`);
    expect(impact).toContain("| | 修改前（元） | 修改后（元） | 差额（元） |\n");
    expect(impact).toContain("各条金额含最高额。增加 1，减少 0，不变 0；有待定事项：修改前 0，修改后 0。\n");
    expect(impact).toContain("跳过 1 行：第 2 行（事实无效：pilotPlatforms：应为记录的列表（数组），实际为 `5`）。\n");
    expect(r.stderr).toContain(
      `已跳过：${population}:2: 事实无效：pilotPlatforms：应为记录的列表（数组），实际为 \`5\``,
    );
    expect(r.stderr).not.toContain("skipped");
    expect(english(impact, flagship, after)).toEqual([]);
  });

  test("--json is the same in every language: the English summary and the words as a key and parameters", () => {
    const args = ["diff", flagship, "packages/diff/test/fixtures/flagship/changed.subsidia", "--json"];
    const en = cli(args);
    expect(cli([...args, "--lang", "zh"]).stdout).toBe(en.stdout);
    const cap = (
      JSON.parse(en.stdout) as { changes: { kind: string; summary: string; message: unknown }[] }
    ).changes.find((c) => c.kind === "cap");
    expect(cap).toMatchObject({
      summary: "cap raised: 1000万元 → 1200万元",
      message: { key: "cap", params: { direction: { term: "raised" }, before: "1000万元", after: "1200万元" } },
    });
  });
});
