import { readFileSync } from "node:fs";
import type { Policy } from "@subsidia/ir";
import {
  changeKind,
  DIFF_CHANGES_EN,
  DIFF_CHANGES_ZH,
  type DiffChangeKey,
  paramNames,
  translateChange,
} from "@subsidia/messages";
import { describe, expect, expectTypeOf, test } from "vitest";
import { diffPolicies, type Change, type ChangeKind, type DiffMessageKey } from "../src/index.js";
import { edit, fixture, policyOf } from "./helpers.js";
import { B, base, cases } from "./kinds-cases.js";
import { cases as wave2, corpus } from "./wave2-cases.js";

/**
 * Every change says its words twice: the English `summary` (and notes) the JSON keeps, and a key with
 * parameters that @subsidia/messages renders in English and in Chinese. Over every change the diff's
 * tests make, and a few more edits, the English rendering is the summary, word for word, and the
 * Chinese one has no English word but the policy's own.
 */
const currency = readFileSync(new URL("../../../corpus/currency/input.subsidia", import.meta.url), "utf8");
const more: [string, [string, string][]][] = [
  ["uplift removed", [["    uplift 50% after cap when p.national\n", ""]]],
  [
    "uplift added",
    [["    uplift 50% after cap when p.national\n", "    uplift 50% after cap when p.national\n    uplift 10%\n"]],
  ],
  ["tier removed", [["      at least 5000万元: 100万元\n", ""]]],
  ["case added", [["      2: 200万元\n", "      2: 200万元\n      3: 300万元\n"]]],
  ["case removed", [["      2: 200万元\n", ""]]],
  ["otherwise changed", [["otherwise: 10万元", "otherwise: 20万元"]]],
  ["award changed", [["award 10% of p.service", "award 5万元"]]],
  ["base changed", [["award 10% of p.service", "award 10% of p.investment"]]],
  ["cap removed", [["    cap 300万元\n", ""]]],
  ["clause total cap removed", [["    cap total 80万元\n", ""]]],
  ["article total cap added", [['  units "省科技厅"\n', '  units "省科技厅"\n  cap total 300万元\n']]],
  ["article total cap removed", [["  cap total 500万元\n", ""]]],
  ["clause title", [['clause build "建设补助"', 'clause build "建设补贴"']]],
  ["input changed", [['enum("new", "renovation", "other")', 'enum("new", "renovation", "other", "expansion")']]],
  ["input description", [['"营业收入"', '"年营业收入"']]],
  ["input removed", [['  previous: optional money "上年营业收入"\n', ""]]],
  ["parameter added", [["param pendingRate:", 'param extra: money = 5万元 "额外"\nparam pendingRate:']]],
  ["parameter description", [['"建设补助比例"', '"建设补助的比例"']]],
  ["parameter now pending", [["param buildRate: percent = 20%", "param buildRate: percent pending"]]],
  [
    "issuer and issued",
    [
      ['issuer "示例省"', 'issuer "示例省政府"'],
      ["issued 2026-01-01", "issued 2026-01-02"],
    ],
  ],
  ["stacking wording", [['stacking highest "从优、就高、不重复"', 'stacking highest "从优"']]],
  ["rounding", [["rounding 0.01 half up", "rounding 1 half even"]]],
  ["id and source", [['policy "demo-kinds" {', 'policy "demo-kinds-2" {\n  source "示例文件"']]],
  ["tier base", [["award tiers of p.investment", "award tiers of p.service"]]],
  ["lookup key", [["award up to by p.phase", "award up to by p.phase + 1"]]],
  ["now paid for each item", [['clause rd "研发补助" {', 'clause rd "研发补助" for each p in projects {']]],
  ["award removed", [["    award flatAmount\n", '    nonmonetary "改为服务"\n']]],
];
/** Edits of `corpus/wave2-links`: exclusive groups, budgets, cited rules. */
const links: [string, string][] = [
  ["{ interestSubsidy, equipmentSubsidy } keep highest", "{ equipmentSubsidy, interestSubsidy } keep highest"],
  ['budget 5000万元 "年度资金总额"', 'budget 4000万元 "年度资金总额"'],
  ['"示例〔2024〕1号"', '"示例〔2024〕2号"'],
];

function allChanges(): Change[] {
  const before = policyOf(base, B);
  const out: Change[] = [];
  // each edit both ways: what one way removes, the other adds
  for (const [, edits] of [...cases.map(([n, e]) => [n, e] as const), ...more]) {
    const after = policyOf(edit(base, ...edits), "after.subsidia");
    out.push(...diffPolicies(before, after).changes, ...diffPolicies(after, before).changes);
  }
  const linked = corpus("wave2-links");
  for (const change of links) out.push(...diffPolicies(policyOf(linked), policyOf(edit(linked, change))).changes);
  for (const [, name, change] of wave2) {
    const text = corpus(name);
    out.push(...diffPolicies(policyOf(text), policyOf(edit(text, change), "after.subsidia")).changes);
  }
  const cur = policyOf(currency);
  out.push(
    ...diffPolicies(
      cur,
      policyOf(
        edit(currency, ["foreignInvestment: money in USD", "foreignInvestment: money in HKD"]).replace(/美元/g, "港元"),
      ),
    ).changes,
  );
  const flagship = policyOf(
    readFileSync(new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url), "utf8"),
  );
  for (const copy of ["flagship/changed.subsidia", "flagship/reformatted.subsidia"])
    out.push(...diffPolicies(flagship, policyOf(fixture(copy), copy)).changes);
  const article = before.articles[0]!;
  const withPart = (value: unknown): Policy => ({
    ...before,
    articles: [{ ...article, clauses: article.clauses.map((c, i) => (i === 0 ? { ...c, frobnicate: value } : c)) }],
  });
  out.push(...diffPolicies(withPart([40, 60]), withPart([50, 50])).changes);
  return out;
}

const changes = allChanges();
/** A Latin word of two letters or more, outside the text in backticks. */
const latin = (s: string) => s.replace(/`[^`]*`/g, "").match(/[A-Za-z]{2,}/g) ?? [];

describe("the words of a change, in English and in Chinese", () => {
  test("rendered in English, every change's message is its summary, its notes and its sides, word for word", () => {
    expect(changes.length).toBeGreaterThan(80);
    for (const c of changes)
      expect(translateChange(c, "en"), c.summary).toEqual({
        summary: c.summary,
        ...(c.before !== undefined ? { before: c.before } : {}),
        ...(c.after !== undefined ? { after: c.after } : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
      });
  });

  test("rendered in Chinese, no English word is left but the parameters (source, names, amounts)", () => {
    for (const c of changes) {
      const zh = translateChange(c, "zh");
      const source = [c.message, ...(c.message.notes ?? [])].flatMap((m) =>
        Object.values(m.params).flatMap((v) => (typeof v === "object" ? [] : latin(String(v)))),
      );
      const words = [zh.summary, zh.note ?? ""].flatMap(latin).filter((w) => !source.includes(w));
      expect(words, `${c.summary} → ${zh.summary}`).toEqual([]);
      expect(zh.summary).not.toMatch(/\{\w+\}/);
    }
  });

  test("these edits reach every key", () => {
    const used = new Set(
      changes.flatMap((c) => [c.message, c.message.before, ...(c.message.notes ?? [])]).map((m) => m?.key),
    );

    const missing = (Object.keys(DIFF_CHANGES_EN) as DiffMessageKey[]).filter((k) => !used.has(k));
    expect(missing).toEqual([]);
  });

  test("the keys the diff writes are the catalogues' keys, no more, no fewer (a key missing fails the type check)", () => {
    expectTypeOf<DiffMessageKey>().toEqualTypeOf<DiffChangeKey>();
  });

  test("each Chinese template takes the English one's parameters and has no English word", () => {
    for (const key of Object.keys(DIFF_CHANGES_EN) as (keyof typeof DIFF_CHANGES_EN)[]) {
      expect(paramNames(DIFF_CHANGES_ZH[key]).sort(), key).toEqual(paramNames(DIFF_CHANGES_EN[key]).sort());
      expect(latin(DIFF_CHANGES_ZH[key].replace(/\{\w+\}/g, "")), key).toEqual([]);
    }
  });

  test("every kind of change has a Chinese name for the playground's cards", () => {
    // the type lists every kind: a new one fails the type check here until it is named
    const kinds: Record<ChangeKind, true> = {
      header: true,
      validity: true,
      rounding: true,
      stacking: true,
      input: true,
      "param-added": true,
      "param-removed": true,
      "param-renamed": true,
      "param-value": true,
      "param-pending": true,
      "param-doc": true,
      "article-added": true,
      "article-removed": true,
      "article-title": true,
      "article-text": true,
      "article-units": true,
      "article-total-cap": true,
      "article-order": true,
      "clause-order": true,
      "clause-added": true,
      "clause-removed": true,
      "clause-renamed": true,
      "clause-moved": true,
      "clause-title": true,
      "clause-text": true,
      "for-each": true,
      condition: true,
      threshold: true,
      "condition-order": true,
      award: true,
      amount: true,
      rate: true,
      base: true,
      tier: true,
      "lookup-case": true,
      "lookup-otherwise": true,
      basis: true,
      cap: true,
      "total-cap": true,
      uplift: true,
      "uplift-order": true,
      funding: true,
      "non-monetary": true,
      "stack-key": true,
      range: true,
      history: true,
      schedule: true,
      selection: true,
      exclusion: true,
      rule: true,
      "clause-part": true,
    };
    for (const k of Object.keys(kinds)) expect(changeKind(k, "zh"), k).toMatch(/^[^A-Za-z]+$/);
    expect(changeKind("clause-moved", "en")).toBe("clause-moved");
  });

  test("some changes in Chinese, as a drafter reads them", () => {
    const zh = (summary: string) => {
      const c = changes.find((x) => x.summary === summary);
      if (!c) throw new Error(`no change ${summary}`);
      return translateChange(c, "zh");
    };
    expect(zh("cap lowered: 300万元 → 250万元").summary).toBe("上限下调：300万元 → 250万元");
    expect(zh("condition added: p.certified").summary).toBe("新增条件：p.certified");
    expect(zh("clause renamed: tiered → bands").summary).toBe("条款更名：tiered → bands");
    expect(zh("clause moved from article 2 to article 1")).toMatchObject({
      summary: "条款从第2条移至第1条",
      before: "第2条",
      after: "第1条",
      note: "其奖补改计入另一条",
    });
    expect(zh("uplift 50% now applies before cap instead of after cap").summary).toBe(
      "上浮 50% 改为在上限之前计算（原为在上限之后）",
    );
    expect(zh("threshold lowered: p.investment >= 100万元 → p.investment >= 80万元").summary).toBe(
      "门槛下调：p.investment >= 100万元 → p.investment >= 80万元",
    );
  });
});
