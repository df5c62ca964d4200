import { describe, expect, it } from "vitest";
import type { ArticleDecl, AwardExpr, ClauseDecl, ClauseEntry } from "../src/index.js";
import { parseOk, show } from "./helpers.js";

const article = (body: string): ArticleDecl => parseOk(`article 7 "标题" {\n${body}\n}`).items[0] as ArticleDecl;
const entries = (body: string): ClauseEntry[] => (article(`clause c {\n${body}\n}`).entries[0] as ClauseDecl).entries;
const award = (source: string): AwardExpr & { upTo: boolean } => {
  const [e] = entries(`award ${source}`);
  if (e?.kind !== "Award") throw new Error("not an award");
  return { ...e.award, upTo: e.upTo };
};

describe("articles", () => {
  it("reads text, units, cap total and clauses in order", () => {
    const a = article(`text "第一句。" "第二句。"
      units "省发展改革委", "省财政厅", "省科技厅"
      cap total 300万元
      clause a { award 1万元 }
      clause b "标题" for each p in projects { award 2万元 }`);
    expect(a.entries.map((e) => e.kind)).toEqual(["Text", "Units", "TotalCap", "Clause", "Clause"]);
    expect(a.entries[0]).toMatchObject({ parts: [{ value: "第一句。" }, { value: "第二句。" }] });
    expect(a.entries[1]).toMatchObject({
      values: [{ value: "省发展改革委" }, { value: "省财政厅" }, { value: "省科技厅" }],
    });
    expect(a.entries[2]).toMatchObject({ amount: { yuan: "3000000" } });
    expect(a.entries[3]).toMatchObject({ name: { name: "a" }, title: undefined, forEach: undefined });
    expect(a.entries[4]).toMatchObject({
      title: { value: "标题" },
      forEach: { var: { name: "p" }, list: { name: "projects" } },
    });
  });
});

describe("awards", () => {
  it("a fixed amount, a rate of a base, and up to", () => {
    expect(award("50万元")).toMatchObject({ kind: "AwardAmount", upTo: false, amount: { yuan: "500000" } });
    const rate = award("30% of p.totalInvestment - p.grants");
    expect(rate.kind === "AwardRate" && [show(rate.rate), show(rate.base)]).toEqual([
      "30%",
      "(- p.totalInvestment p.grants)",
    ]);
    expect(award("up to 200万元")).toMatchObject({ kind: "AwardAmount", upTo: true });
    expect(award("up to 10% of p.x")).toMatchObject({ kind: "AwardRate", upTo: true });
  });

  it("tiers: the highest tier reached", () => {
    const t = award(`tiers of p.revenue {
      at least 1000万元: 10万元
      at least 1亿: 50万元
    }`);
    expect(t.kind === "AwardTiers" && [show(t.base), t.tiers.map((x) => [show(x.atLeast), show(x.amount)])]).toEqual([
      "p.revenue",
      [
        ["1000万元", "10万元"],
        ["1亿", "50万元"],
      ],
    ]);
    expect(award("up to tiers of x { at least 1: 2 }")).toMatchObject({ kind: "AwardTiers", upTo: true });
  });

  it("lookup by a key, with and without otherwise", () => {
    const l = award(`by p.level { "national": 100万元, "provincial": 50万元, 3: 1万元 otherwise: 0元 }`);
    expect(l.kind === "AwardLookup" && l.cases.map((c) => [c.matches.map(show).join(", "), show(c.amount)])).toEqual([
      [`"national"`, "100万元"],
      [`"provincial"`, "50万元"],
      ["3", "1万元"],
    ]);
    expect(l.kind === "AwardLookup" && l.otherwise && show(l.otherwise)).toBe("0元");
    expect(award(`by p.level { "a": 1 }`)).toMatchObject({ kind: "AwardLookup", otherwise: undefined });
  });
});

describe("clause entries", () => {
  it("reads every entry kind", () => {
    const es = entries(`text "引用"
      when p.a and p.b
      when not p.c
      award 1万元
      cap 1000万元
      cap total 3000万元
      uplift 20%
      uplift 50% before cap
      uplift +10% after cap when p.national
      uplift 5% when p.green
      funded by province 1, city 1
      nonmonetary "按有关规定"
      stack "platform"`);
    expect(es.map((e) => e.kind)).toEqual([
      "Text",
      "When",
      "When",
      "Award",
      "Cap",
      "TotalCap",
      "Uplift",
      "Uplift",
      "Uplift",
      "Uplift",
      "Funding",
      "NonMonetary",
      "Stack",
    ]);
    expect(es[4]).toMatchObject({ amount: { yuan: "10000000" } });
    expect(es[5]).toMatchObject({ amount: { yuan: "30000000" } });
    expect(es.slice(6, 10)).toMatchObject([
      { rate: { fraction: "0.2" }, order: undefined, when: undefined },
      { rate: { fraction: "0.5" }, order: "before", when: undefined },
      { rate: { kind: "Unary", op: "+" }, order: "after", when: { kind: "Path" } },
      { order: undefined, when: { parts: [{ name: "p" }, { name: "green" }] } },
    ]);
    expect(es[10]).toMatchObject({
      payers: [
        { name: { name: "province" }, share: { value: "1" } },
        { name: { name: "city" }, share: { value: "1" } },
      ],
    });
    expect(es[11]).toMatchObject({ reason: { value: "按有关规定" } });
    expect(es[12]).toMatchObject({ key: { value: "platform" } });
  });

  it("clause-level and article-level caps are told apart", () => {
    const a = article(`cap total 1万元\nclause c { cap total 2万元 cap 3万元 award 1元 }`);
    expect(a.entries[0]).toMatchObject({ kind: "TotalCap", amount: { yuan: "10000" } });
    expect((a.entries[1] as ClauseDecl).entries.map((e) => e.kind)).toEqual(["TotalCap", "Cap", "Award"]);
  });
});
