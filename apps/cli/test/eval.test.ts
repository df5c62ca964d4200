import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const examples = join(repo, "../shared/contract/examples");
const cents = (s: string) => BigInt(s.replace(".", ""));

describe("eval --json on the contract examples", () => {
  const names = readdirSync(examples)
    .filter((f) => f.endsWith(".facts.json"))
    .map((f) => f.slice(0, -11));
  test.each(names)("%s gives the contract's figures", (name) => {
    const r = cli(["eval", flagship, "--facts", join(examples, `${name}.facts.json`), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const exp = JSON.parse(readFileSync(join(examples, `${name}.expected.json`), "utf8"));
    expect(out.inForce).toBe(exp.inForce);
    expect(out.total).toBe(exp.total);
    expect(out.upToTotal).toBe(exp.upToTotal);
    const byArticle: Record<string, { exact: bigint; upTo: bigint }> = {};
    for (const a of out.awards) {
      const g = (byArticle[a.article] ??= { exact: 0n, upTo: 0n });
      g[a.basis === "up-to" ? "upTo" : "exact"] += cents(a.amount);
      expect(a.explanation.length).toBeGreaterThan(0);
    }
    expect(Object.keys(byArticle).sort()).toEqual(Object.keys(exp.byArticle).sort());
    for (const [art, e] of Object.entries(exp.byArticle as Record<string, { exact: string; upTo: string }>)) {
      expect(byArticle[art]).toEqual({ exact: cents(e.exact), upTo: cents(e.upTo) });
    }
    expect([...new Set(out.pending.map((p: { article: number }) => p.article))]).toEqual(exp.pendingArticles);
  });
});

describe("bad facts: non-zero exit, nothing on stdout, the fact's path on stderr", () => {
  const base = { applicationDate: "2026-06-30" };
  const cases: [string, string, string][] = [
    [
      "negative money",
      JSON.stringify({
        ...base,
        projects: [{ id: "p", construction: "new", highTech: true, fixedAssetInvestment: "-5" }],
      }),
      "projects[0].fixedAssetInvestment",
    ],
    [
      "negative money as a number",
      JSON.stringify({
        ...base,
        techContracts: [
          {},
          { id: "c", type: "transfer", seller: "university", actualPayment: -1, landedInProvince: true },
        ],
      }),
      "techContracts[1].actualPayment",
    ],
    [
      "unknown enum value",
      JSON.stringify({
        ...base,
        projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: "1" }],
      }),
      "projects[0].construction",
    ],
    ["malformed date", JSON.stringify({ applicationDate: "30/06/2026" }), "applicationDate"],
    ["impossible date", JSON.stringify({ applicationDate: "2026-02-30" }), "applicationDate"],
    ["missing applicationDate", JSON.stringify({ projects: [] }), "applicationDate"],
    [
      "money that is not a number",
      JSON.stringify({ ...base, rdInvestment: { current: "lots" } }),
      "rdInvestment.current",
    ],
    ["a list that is not a list", JSON.stringify({ ...base, projects: { id: "p" } }), "projects"],
    ["facts that are not an object", "[1, 2]", "expected"],
    ["malformed JSON", '{ "applicationDate": "2026-06-30", ', "malformed JSON"],
  ];
  test.each(cases)("%s", (_name, facts, mention) => {
    const r = cli(["eval", flagship, "--facts", "-", "--json"], facts);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(mention);
  });

  test("every problem of a file is reported, not only the first", () => {
    const facts = JSON.stringify({
      projects: [{ id: "p", construction: "rebuild", highTech: "yes", fixedAssetInvestment: "-1" }],
    });
    const r = cli(["eval", flagship, "--facts", "-", "--json"], facts);
    for (const path of [
      "applicationDate",
      "projects[0].construction",
      "projects[0].highTech",
      "projects[0].fixedAssetInvestment",
    ])
      expect(r.stderr).toContain(path);
  });

  test("a policy with errors: exit 1, stdout empty, file:line:column on stderr", () => {
    const r = cli(["eval", "apps/cli/test/data/broken.subsidia", "--facts", "-", "--json"], JSON.stringify(base));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/apps\/cli\/test\/data\/broken\.subsidia:\d+:\d+ error [A-Z]\d{3}/);
  });
});

test("money beyond a double's precision is kept exact from the JSON text", () => {
  const facts = `{"applicationDate":"2026-06-30","keyNewProducts":[{"id":"x","provincialKeyNewProduct":true,"annualSalesRevenue":3000000,"annualTransactionAmount":1234567.7000000000001}]}`;
  const r = cli(["eval", flagship, "--facts", "-", "--json"], facts);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).total).toBe("61728.39");
});

test("the human report names articles, amounts in yuan and 万元, steps and totals", () => {
  const r = cli(["eval", flagship, "--facts", "examples/applicant.json"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Article 4 支持中试熟化平台建设");
  expect(r.stdout).toContain("9000000.00 元 (900万元)");
  expect(r.stdout).toContain("uplift 50% after cap");
  expect(r.stdout).toMatch(/Total due: +68040000\.00 元/);
  expect(r.stdout).toContain("Pending");
  expect(r.stdout).not.toMatch(/\u001b\[/);
});

test("the report says clearly when the policy is not in force", () => {
  const r = cli(["eval", flagship, "--facts", join(examples, "expired.facts.json")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Not in force on 2029-01-05");
});

test("a policy without a validity window is never said to be in force on a date, in either language", () => {
  const policy = "policies/jiangsu/changzhou-science-award-matching-2022.subsidia";
  const facts = '{"prizes":[{"id":"p1","role":"first","nationalProgressPrize":false,"prizeMoney":"200000"}]}';
  const en = cli(["eval", policy, "--facts", "-"], facts);
  expect(en.code).toBe(0);
  expect(en.stdout).toContain("Total due:");
  expect(en.stdout).not.toMatch(/in force/i);
  const zh = cli(["eval", policy, "--facts", "-", "--lang", "zh"], facts);
  expect(zh.code).toBe(0);
  expect(zh.stdout).not.toContain("有效期");
});

test("an item that comes to 0 of itself shows its reason, not a cut from itself", () => {
  const facts = JSON.stringify({
    applicationDate: "2026-03-01",
    projects: [],
    entries: [],
    nominees: [{ id: "t1", score: 90 }],
    company: { interest: "0", equipment: "0" },
  });
  const r = cli(["eval", "corpus/wave2-links/input.subsidia", "--facts", "-"], facts);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("  art. 3 interestSubsidy 贷款贴息: 0.00 元: the amount comes to 0\n");
  expect(r.stdout).not.toContain("instead of 0.00 元");
});

test("the report lists each instalment of `pay`: milestone, amount, share and whether it is payable, in both languages", () => {
  const facts = JSON.stringify({
    applicationDate: "2026-03-01",
    projects: [{ id: "p1", investment: "12345678.91", approved: "2025-01-01" }],
    entries: [],
    nominees: [],
    company: { interest: "0", equipment: "0" },
  });
  const en = cli(["eval", "corpus/wave2-links/input.subsidia", "--facts", "-"], facts);
  expect(en.stdout).toContain("      instalment 认定后: 617283.95 元 (50%), payable (2025-01-01)\n");
  expect(en.stdout).toContain("      instalment 达产升规后: 617283.94 元 (50%), awaiting its date\n");
  const zh = cli(["eval", "corpus/wave2-links/input.subsidia", "--facts", "-", "--lang", "zh"], facts);
  expect(zh.stdout).toContain("      分期 认定后：617283.95元（50%），可拨付（2025-01-01）\n");
  expect(zh.stdout).toContain("      分期 达产升规后：617283.94元（50%），日期待定\n");
});
