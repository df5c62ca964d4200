import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lex } from "@subsidia/syntax";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const facts = "examples/applicant.json";

/**
 * Words that may appear in Chinese output: those of the policy itself (its identifiers, keywords, strings and
 * numbers, as the lexer reads them, so comments do not count) and of the facts (ids such as `cv-1`).
 */
function allowedWords(file = flagship): Set<string> {
  const policy = readFileSync(join(repo, file), "utf8");
  const words = lex(policy, file).tokens.flatMap((t) => t.image.match(/[A-Za-z]{2,}/g) ?? []);
  const factWords = readFileSync(join(repo, facts), "utf8").match(/[A-Za-z]{2,}/g) ?? [];
  return new Set([...words, ...factWords]);
}

/** Every word of two or more Latin letters that neither the policy nor the facts contain: an English label. */
const englishLabels = (out: string, allowed: Set<string>) =>
  [...new Set(out.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !allowed.has(w));

describe("the CLI in Chinese", () => {
  test("`eval --lang zh` shows no English label: only the policy's own words and the facts' ids", () => {
    const r = cli(["eval", flagship, "--facts", facts, "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(englishLabels(r.stdout, allowedWords())).toEqual([]);
    expect(r.stdout).toContain("第4条 支持中试熟化平台建设");
    expect(r.stdout).toContain("应付合计：      6804万元");
    expect(r.stdout).not.toMatch(/\d 元 \(/);
  });

  test("`eval --what-if --lang zh` gives the differences in 万元 too, for one policy and for stacked ones", () => {
    const whatIf = ["--what-if", "projects[0].fixedAssetInvestment=20000000", "--lang", "zh"];
    const one = cli(["eval", flagship, "--facts", facts, ...whatIf]);
    expect(one.stdout).toContain("  第6条 projectConstruction · plant-1：5000万元 → 400万元（-4600万元）\n");
    expect(one.stdout).toContain("  应付合计 6804万元 → 2204万元（-4600万元）\n");
    const stacked = cli([
      "eval",
      flagship,
      "policies/examples/demo-platform-support.subsidia",
      "--facts",
      facts,
      ...whatIf,
    ]);
    expect(stacked.stdout).toContain("  hlj-biomanufacturing-2026：6804万元 → 2204万元（-4600万元）\n");
    expect(stacked.stdout.slice(stacked.stdout.indexOf("假如"))).not.toMatch(/\(-?\d+\.\d\d\)|（-?\d+\.\d\d）/);
  });

  test("stacked policies in Chinese: the step of an award kept over another's has no English label either", () => {
    const demo = "policies/examples/demo-platform-support.subsidia";
    const r = cli(["eval", flagship, demo, "--facts", facts, "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(englishLabels(r.stdout, new Set([...allowedWords(), ...allowedWords(demo)]))).toEqual([]);
    expect(r.stdout).toContain(
      "叠加规则 highest（从优、就高、不重复）：优于 demo-platform-support 第1条 platformGrant · cv-1（",
    );
  });

  test("`test --lang zh`: failed expectations in Chinese, amounts in 万元; no English label but the tests' names", () => {
    const dir = mkdtempSync(join(tmpdir(), "subsidia-zh-test-"));
    const file = join(dir, "lowered.subsidia");
    writeFileSync(file, readFileSync(join(repo, flagship), "utf8").replace("cap 1000万元", "cap 800万元"));
    const r = cli(["test", file, "--lang", "zh"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("      奖补 platformConstruction（`cv-1`） 应为 1000万元，实际为 800万元\n");
    expect(r.stdout).toContain("      奖补 platformConstruction（`cv-1`） 应为 1500万元，实际为 1200万元\n");
    expect(r.stdout).toMatch(/\d+ 个通过，4 个失败\n$/);
    expect(englishLabels(r.stdout.replaceAll(file, ""), allowedWords())).toEqual([]);
  });

  test("`library --lang zh`: the kinds and levels of the index in Chinese", () => {
    const r = cli(["library", "policies", "--lang", "zh"]);
    expect(r.stdout).toContain("政策 hlj-biomanufacturing-2026 · 省级 · 2026-02-13 – 2028-12-31\n");
    expect(r.stdout).toContain(
      "实施细则 FICTIONAL-hlj-kjt-rd-subsidy-rates · 省级 · 2026-04-01 – 2028-12-31 · 实施 hlj-biomanufacturing-2026\n",
    );
    expect(r.stdout).not.toMatch(
      /^(policy|rule|amendment|vocabulary) |· (national|provincial|city|county|unspecified)/m,
    );
  });

  test("the locale chooses the language; LC_ALL wins over LANG; --lang wins over both", () => {
    const zh = cli(["eval", flagship, "--facts", facts], undefined, { LANG: "zh_CN.UTF-8" });
    expect(zh.stdout).toContain("含最高额合计：  7804万元");
    const c = cli(["eval", flagship, "--facts", facts], undefined, { LANG: "zh_CN.UTF-8", LC_ALL: "C" });
    expect(c.stdout).toContain("Total with up-to: 78040000.00 元 (7804万元)");
    const en = cli(["eval", flagship, "--facts", facts, "--lang=en"], undefined, { LANG: "zh_CN.UTF-8" });
    expect(en.stdout).toBe(c.stdout);
  });

  test("--json is the same document in every language", () => {
    const en = cli(["eval", flagship, "--facts", facts, "--json"]);
    const zh = cli(["eval", flagship, "--facts", facts, "--json", "--lang", "zh"]);
    expect(zh.stdout).toBe(en.stdout);
    expect(JSON.parse(en.stdout).total).toBe("68040000.00");
  });

  test("`check --lang zh`: diagnostics, their help and the count in Chinese", () => {
    const r = cli(["check", "apps/cli/test/data/broken.subsidia", "--lang", "zh"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误 T001 `+` 不能用于金额 `amount` 和百分比 `5%`");
    expect(r.stdout).toContain("  = 提示：只组合单位与运算符相符的值");
    expect(r.stdout).toMatch(/1 个错误，0 个警告\n$/);
  });

  test("a policy that does not compile: `eval`, `diff` and `fmt -` give its errors in Chinese too", () => {
    const broken = "apps/cli/test/data/broken.subsidia";
    const evaluated = cli(["eval", broken, "--facts", facts, "--lang", "zh"]);
    expect([evaluated.code, evaluated.stdout]).toEqual([1, ""]);
    expect(evaluated.stderr).toContain("错误 T001 `+` 不能用于金额 `amount` 和百分比 `5%`");
    expect(cli(["diff", broken, flagship, "--lang", "zh"]).stderr).toContain("错误 T001");
    const formatted = cli(["fmt", "-", "--lang", "zh"], 'policy "p" {');
    expect([formatted.code, formatted.stdout]).toEqual([1, ""]);
    expect(formatted.stderr).toMatch(/错误 P\d{3}/);
  });

  test("`init`, `fmt --check` and errors of files in Chinese: no English label", () => {
    const parent = mkdtempSync(join(tmpdir(), "subsidia-zh-init-"));
    const dir = join(parent, "zhengce");
    const created = cli(["init", dir, "--lang", "zh"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`已创建 ${join(dir, "README.md")}\n`);
    expect(created.stdout).toContain(`下一步：cd ${dir} && npm install && npx subsidia test policies\n`);
    // the paths and the command to type are the user's; every other word is Chinese
    const command = new Set(["cd", "npm", "install", "npx", "subsidia", "test", "policies"]);
    const labels = (out: string) => englishLabels(out.replace(/\S*zhengce\S*/g, ""), command);
    expect(labels(created.stdout)).toEqual([]);
    const again = cli(["init", dir, "--lang", "zh"]);
    expect([again.code, again.stdout]).toEqual([1, ""]);
    expect(again.stderr).toBe(`错误：\`${dir}\` 不是空文件夹；新的政策项目应建在空文件夹或新文件夹中\n`);
    const formatted = cli(["fmt", "--check", join(dir, "policies"), "--lang", "zh"]);
    expect([formatted.code, formatted.stdout]).toEqual([0, "1 个文件格式已规范\n"]);
    const missing = cli(["eval", flagship, "--facts", "no-such.json", "--lang", "zh"]);
    expect(missing.stderr).toBe("错误：无法读取 `no-such.json`：文件不存在\n");
    const invalid = cli(["eval", flagship, "--facts", "-", "--lang", "zh"], "{}");
    expect(invalid.stderr).toMatch(/^错误：标准输入：事实无效（1 个问题）：\n/);
    expect(cli(["check", join(dir, "README.md"), "--lang", "zh"]).stderr).toContain("不是政策文件");
  });

  test("invalid facts in Chinese: each problem with its fact's path, no English word but names and values", () => {
    const bad = JSON.stringify({
      applicationDate: "2026-02-30",
      projets: [],
      projects: [{ id: "p-1", construction: "new", fixedAssetInvestment: "-5" }],
      clinicalTrials: [{ id: "t-1", phase: 4, approvedByNationalRegulator: "yes" }],
      rdInvestment: 7,
    });
    const zh = cli(["eval", flagship, "--facts", "-", "--lang", "zh"], bad);
    expect([zh.code, zh.stdout]).toEqual([1, ""]);
    expect(zh.stderr).toContain(
      "  applicationDate：应为日期，格式为 年-月-日（如 2026-02-13），实际为 `2026-02-30`（不是日历上的日期）\n",
    );
    expect(zh.stderr).toContain("  projets：未知的事实；是否想写 `projects`？\n");
    expect(zh.stderr).toContain("  projects[0].highTech：缺少必需的事实：应为 `true` 或 `false`\n");
    expect(zh.stderr).toContain(
      "  projects[0].fixedAssetInvestment：应为以元计的非负金额（数字或十进制数字串），实际为 `-5`\n",
    );
    expect(zh.stderr).toContain("  clinicalTrials[0].phase：应为整数，取值 1 至 3，实际为 `4`\n");
    expect(zh.stderr).toContain("  rdInvestment：应为记录（对象），实际为 `7`\n");
    expect(englishLabels(zh.stderr, new Set([...allowedWords(), "projets", "yes"]))).toEqual([]);
    const en = cli(["eval", flagship, "--facts", "-", "--lang", "en"], bad);
    expect([en.code, en.stdout]).toEqual([1, ""]);
    expect(en.stderr).toContain("  projets: unknown fact; did you mean `projects`?\n");
    expect(en.stderr).toContain("  clinicalTrials[0].phase: expected an integer from 1 to 3, got `4`\n");
    // `--json` writes nothing to stdout either: the problems go to stderr, in the chosen language
    const json = cli(["eval", flagship, "--facts", "-", "--json", "--lang", "zh"], bad);
    expect([json.code, json.stdout, json.stderr]).toEqual([1, "", zh.stderr]);
  });

  test("`diff --markdown --lang zh`: the pull-request comment's headings, columns and folds in Chinese", () => {
    const dir = mkdtempSync(join(tmpdir(), "subsidia-zh-diff-"));
    const after = join(dir, "after.subsidia");
    const text = readFileSync(join(repo, flagship), "utf8");
    writeFileSync(after, text.replace("cap 1000万元", "cap 800万元").replace("issuer ", "// a comment\n  issuer "));
    const r = cli(["diff", flagship, after, "--markdown", "--lang", "zh"]);
    expect(r.stdout).toContain("### 政策差异：`hlj-biomanufacturing-2026`\n");
    expect(r.stdout).toContain("| 条 | 条款 | 变化 | 修改前 | 修改后 | 见证：旧 → 新 |\n");
    expect(r.stdout).toContain("<summary>见证：对新旧两个版本均有效、但奖补不同的申请人</summary>");
    expect(r.stdout).toContain("**第4条 `platformConstruction`: ");
    expect(r.stdout).toContain("应付 900万元 → 应付 800万元, -100万元");
    expect(r.stdout).not.toMatch(/Policy diff|Article|Witness|without behavioural effect|art\. \d/);
  });

  test("usage errors in Chinese exit 2; an unknown language is a usage error", () => {
    const missing = cli(["eval", flagship, "--lang", "zh"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("错误：未指定必需的选项 '-f, --facts <file>'");
    expect(cli(["diff", "--lang", "zh"]).stderr).toContain("错误：缺少必需的参数 'files'");
    const bad = cli(["check", flagship, "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("`--lang` expects `en` or `zh`; got `fr`");
  });
});

describe("docs/cli.md", () => {
  const page = readFileSync(join(repo, "docs/cli.md"), "utf8");
  const block = (command: string) => {
    const start = page.indexOf(`$ ${command}\n`);
    if (start < 0) throw new Error(`docs/cli.md does not show \`${command}\``);
    const body = page.slice(page.indexOf("\n", start) + 1);
    return body.slice(0, body.indexOf("```"));
  };

  test("the --lang example is what `check --lang zh` prints today", () => {
    const r = cli(["check", "apps/cli/test/data/broken.subsidia", "--lang", "zh"]);
    expect(r.stdout).toBe(block("npx subsidia check apps/cli/test/data/broken.subsidia --lang zh"));
  });

  test("the init example is what `init` prints today", () => {
    const parent = mkdtempSync(join(tmpdir(), "subsidia-doc-init-"));
    const r = cli(["init", join(parent, "my-policies")]);
    expect(r.stdout.replaceAll(`${parent}/`, "")).toBe(block("npx subsidia init my-policies"));
  });
});
