import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

// what `eval --with` and `match` say an amendment removed and added (docs/library.md, amendments)
const POLICY = "policies/hainan/biomedicine-awards-2022.subsidia";
const AMENDMENT = "examples/library/FICTIONAL-hainan-amendment-2027.subsidia";
const FACTS = "examples/library/hainan-2027.json";
const ID = "FICTIONAL-hn-biomedicine-awards-2027";
const TITLE = "【虚构示例 FICTIONAL】关于调整生物医药奖补资金支持方向的通知";

const ok = (args: string[], input?: string, env?: Record<string, string>) => {
  const r = cli(args, input, env);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
};
const hainan = (date: string) => JSON.stringify(facts(date));
const facts = (date: string) => ({
  applicationDate: date,
  wins: [{ id: "A", sales: "50000000" }],
  certifications: [],
  loans: [],
  clinicalTrials: [{ id: "T1", phase: 3 }],
});

describe("eval --with an amendment that removes a clause and adds an input and a parameter", () => {
  test("the report lists, under the amendment, the clause it removed with its sentence and what it added", () => {
    const out = ok(["eval", POLICY, "--with", AMENDMENT, "--facts", FACTS]);
    const applied = out.slice(out.indexOf("Implementing rules and amendments applied on 2027-03-01:"));
    expect(applied.split("\n").slice(1, 6)).toEqual([
      `  ${TITLE} (${ID}) · 海南省工业和信息化厅（虚构示例）, in force 2027-01-01 to 2030-12-31:`,
      "    adds article 8 trials",
      "    removes article 6 procurement (带量采购奖励): “（虚构）自2027年1月1日起，不再给予带量采购奖励”",
      "    adds input clinicalTrials (在本省开展的临床试验（虚构）)",
      "    adds parameter trialGrant = 100万元: “（虚构）每项III期临床试验给予100万元补助”",
    ]);
    // the added parameter is listed once, under the amendment, not again as a value filled
    expect(applied).not.toContain("  trialGrant = 100万元:");
  });

  test("in Chinese, by --lang zh and by LANG=zh_CN.UTF-8", () => {
    const lines = [
      `  ${TITLE}（${ID}） · 海南省工业和信息化厅（虚构示例），有效期 2027-01-01 至 2030-12-31：`,
      "    新增第 8 条 trials",
      "    删去第 6 条 procurement（带量采购奖励）：“（虚构）自2027年1月1日起，不再给予带量采购奖励”",
      "    新增输入 clinicalTrials（在本省开展的临床试验（虚构））",
      "    新增参数 trialGrant = 100万元：“（虚构）每项III期临床试验给予100万元补助”",
    ].join("\n");
    expect(ok(["eval", POLICY, "--with", AMENDMENT, "--facts", FACTS, "--lang", "zh"])).toContain(
      `2027-03-01 适用的实施细则和修订：\n${lines}\n`,
    );
    expect(ok(["eval", POLICY, "--with", AMENDMENT, "--facts", FACTS], undefined, { LANG: "zh_CN.UTF-8" })).toContain(
      lines,
    );
  });

  test("--json: `applied.removed` and `applied.added`, each naming the amendment", () => {
    const { applied } = JSON.parse(ok(["eval", POLICY, "--with", AMENDMENT, "--facts", FACTS, "--json"]));
    const amendment = {
      id: ID,
      title: TITLE,
      issuer: "海南省工业和信息化厅（虚构示例）",
      from: "2027-01-01",
      to: "2030-12-31",
    };
    expect(applied.removed).toEqual([
      {
        article: 6,
        clause: "procurement",
        title: "带量采购奖励",
        text: "（虚构）自2027年1月1日起，不再给予带量采购奖励",
        amendment,
      },
    ]);
    expect(applied.added).toEqual([
      { kind: "input", name: "clinicalTrials", doc: "在本省开展的临床试验（虚构）", amendment },
      {
        kind: "param",
        name: "trialGrant",
        value: "100万元",
        text: "（虚构）每项III期临床试验给予100万元补助",
        amendment,
      },
    ]);
  });

  test("before the amendment's window nothing is listed as removed or added, and the clause pays", () => {
    const out = JSON.parse(ok(["eval", POLICY, "--with", AMENDMENT, "--facts", "-", "--json"], hainan("2026-12-31")));
    expect(out.awards.map((a: { clause: string; amount: string }) => `${a.clause} ${a.amount}`)).toEqual([
      "procurement 1500000.00",
    ]);
    expect([out.applied.removed, out.applied.added]).toEqual([undefined, undefined]);
    const text = ok(["eval", POLICY, "--with", AMENDMENT, "--facts", "-"], hainan("2026-12-31"));
    expect(text).toContain("No implementing rule or amendment in force on 2026-12-31.");
    expect(text).not.toContain("removes");
  });

  test("an amendment removing a whole article: its number, title and sentence", () => {
    const dir = mkdtempSync(join(tmpdir(), "subsidia-remove-article-"));
    const file = join(dir, "remove-6.subsidia");
    writeFileSync(
      file,
      'amendment "x-remove-6" amends "hn-biomedicine-awards-2022" {\n  title "删去第六条（测试）"\n' +
        '  valid from 2027-01-01 to 2027-12-31\n}\n\nremove article 6 "（测试）删去第六条"\n',
    );
    const { clinicalTrials: _, ...rest } = facts("2027-03-01");
    const out = ok(["eval", POLICY, "--with", file, "--facts", "-"], JSON.stringify(rest));
    expect(out).toContain(
      "  删去第六条（测试） (x-remove-6), in force 2027-01-01 to 2027-12-31:\n" +
        "    removes article 6 (奖补标准): “（测试）删去第六条”\n",
    );
    const { applied } = JSON.parse(
      ok(["eval", POLICY, "--with", file, "--facts", "-", "--json"], JSON.stringify(rest)),
    );
    expect(applied.removed).toMatchObject([{ article: 6, title: "奖补标准", text: "（测试）删去第六条" }]);
    expect(applied.removed[0].clause).toBeUndefined();
  });
});

describe("match over a library with the amendment", () => {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-match-amended-"));
  copyFileSync(join(repo, POLICY), join(dir, "hainan.subsidia"));
  copyFileSync(join(repo, AMENDMENT), join(dir, "amendment.subsidia"));

  test("the report names, per policy and amendment, the clause removed and what was added", () => {
    const out = ok(["match", dir, "--facts", FACTS]);
    expect(out).toContain(
      [
        "Amendments in force, and what each changes:",
        "  hn-biomedicine-awards-2022:",
        `    ${TITLE} (${ID}) · 海南省工业和信息化厅（虚构示例）, in force 2027-01-01 to 2030-12-31:`,
        "      adds article 8 trials",
        "      removes article 6 procurement (带量采购奖励): “（虚构）自2027年1月1日起，不再给予带量采购奖励”",
      ].join("\n"),
    );
    expect(ok(["match", dir, "--facts", FACTS, "--lang", "zh"])).toContain(
      "有效的修订及其改动：\n  hn-biomedicine-awards-2022：\n",
    );
  });

  test("--json carries them in each policy's `applied`; on a date before the amendment there are none", () => {
    const after = JSON.parse(ok(["match", dir, "--facts", FACTS, "--json"])).policies[0].applied;
    expect(after.removed.map((r: { clause: string }) => r.clause)).toEqual(["procurement"]);
    expect(after.added.map((a: { name: string }) => a.name)).toEqual(["clinicalTrials", "trialGrant"]);
    const before = ok(["match", dir, "--facts", FACTS, "--on", "2026-12-31"]);
    expect(before).not.toContain("Amendments in force");
    expect(before).toContain("procurement");
  });
});
