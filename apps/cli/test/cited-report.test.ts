import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/** The flagship with its (fictional) implementing rule: art. 3 is paid and cites the rule. */
const withRule = [
  "eval",
  flagship,
  "--with",
  "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia",
  "--facts",
  "examples/library/applicant.json",
];
const rule = "【虚构示例 FICTIONAL】黑龙江省生物制造企业研发投入补助实施细则";
const ruleId = "FICTIONAL-hlj-kjt-rd-subsidy-rates";
const rdText = "“对研发投入50万元以上且符合条件的，按照企业年度研发投入存量和增量部分给予不同比例补助”";
const loanText = "“对符合企业技术改造政策要求的，给予省级财政资金贴息支持”";

describe("each award of the report shows its clause's title, cited text and implementing rules", () => {
  test("in English: the award line with the title, then the cited text and the rule, before the steps", () => {
    const r = cli(withRule);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        "  rdSubsidy 研发投入补助: 50000.00 元 (5万元) due",
        `      ${rdText}`,
        `      under ${rule} (${ruleId})`,
        `      rdStockRate = 5%: ${rule} (${ruleId}): “第二条（虚构）：企业年度研发投入存量部分，按照5%给予补助”`,
      ].join("\n"),
    );
    // an award whose clause cites no rule: its title and cited text only
    expect(r.stdout).toContain(
      "  platformConstruction · cv-1 建设补助: 6000000.00 元 (600万元) due\n" +
        "      “根据绩效评价结果，按照总投资额的30%最高给予1000万元补助”\n      line 147:",
    );
    // a pending item: its clause's title and cited text too
    expect(r.stdout).toContain(
      `  art. 8 loanInterest · loan-1 技术改造贴息: 省级财政资金贴息比例由实施细则确定\n      ${loanText}\n`,
    );
  });

  test("in Chinese: the same, with Chinese labels and punctuation, no English label left", () => {
    const r = cli([...withRule, "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  rdSubsidy 研发投入补助：5万元 应付\n      ${rdText}\n      依据${rule}（${ruleId}）\n`,
    );
    expect(r.stdout).toContain(
      `  第8条 loanInterest · loan-1 技术改造贴息：省级财政资金贴息比例由实施细则确定\n      ${loanText}\n`,
    );
    for (const english of ["under ", " due", "art. ", "Pending", "Article "]) expect(r.stdout).not.toContain(english);
  });

  test("the JSON is unchanged by the report: title, citation and rules as before", () => {
    const r = cli([...withRule, "--json"]);
    expect(r.code).toBe(0);
    const award = JSON.parse(r.stdout).awards.find((a: { clause: string }) => a.clause === "rdSubsidy");
    expect(award.title).toBe("研发投入补助");
    expect(`“${award.citation}”`).toBe(rdText);
    expect(award.rules).toEqual([{ title: rule, number: ruleId }]);
  });

  test("`match` shows the cited text and the rule under each award, as `eval` does", () => {
    const r = cli(["match", "--facts", "examples/library/applicant.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `50000.00 元 (5万元) due · hlj-biomanufacturing-2026 art. 3 rdSubsidy · 研发投入补助\n    ${rdText}\n` +
        `    under ${rule} (${ruleId})\n`,
    );
  });

  test("the stacked report of two policies renders each award the same way", () => {
    const r = cli([
      "eval",
      flagship,
      "policies/examples/demo-platform-support.subsidia",
      "--facts",
      "examples/library/applicant.json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "  newFood · nf-1 “三新食品”一次性奖励: 2000000.00 元 (200万元) due\n      “对通过国家审批",
    );
  });
});

describe("a range award shows its two ends, not one amount `due`", () => {
  const facts = JSON.stringify({
    applicationDate: "2026-03-01",
    projects: [{ id: "m", investment: "2000000000", approved: "2025-01-01" }],
    entries: [],
    nominees: [],
    company: { interest: "0", equipment: "0" },
  });
  const run = (...more: string[]) => cli(["eval", "corpus/wave2-links/input.subsidia", "--facts", "-", ...more], facts);

  test("in English and in Chinese", () => {
    const en = run();
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      "  major · m 重大产业项目支持: 200000000.00 元 (2亿元) to 500000000.00 元 (5亿元) (a range, set case by case)\n",
    );
    expect(en.stdout).not.toMatch(/重大产业项目支持: .* due/);
    const zh = run("--lang", "zh");
    expect(zh.stdout).toContain("  major · m 重大产业项目支持：2亿元 至 5亿元（区间，一事一议）\n");
  });
});

test("a clause's cited text is shown under its first item only, not repeated for each", () => {
  const facts = JSON.parse(readFileSync(join(repo, "examples/applicant.json"), "utf8"));
  facts.techContracts.push({ ...facts.techContracts[0], id: "c-2" });
  const r = cli(["eval", flagship, "--facts", "-"], JSON.stringify(facts));
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("  techTransaction · c-1 技术交易资助");
  expect(r.stdout).toContain("  techTransaction · c-2 技术交易资助");
  expect(r.stdout.split("“对省内生物制造企业购买高校").length).toBe(2);
});
