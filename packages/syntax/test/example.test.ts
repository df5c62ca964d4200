import { describe, expect, it } from "vitest";
import { parse, type ArticleDecl, type ClauseDecl, type InputDecl, type TestDecl } from "../src/index.js";
import { examplePolicy, parseOk, show } from "./helpers.js";

describe("the example policy of docs/language.md", () => {
  const text = examplePolicy();
  const ast = parseOk(text);

  it("has the header entries in order", () => {
    expect(ast.header?.id.value).toBe("demo-platforms-2026");
    expect(ast.header?.entries.map((e) => e.kind)).toEqual([
      "Title",
      "Issuer",
      "Issued",
      "Validity",
      "Stacking",
      "Rounding",
    ]);
    const validity = ast.header?.entries.find((e) => e.kind === "Validity");
    expect(validity).toMatchObject({
      from: { value: "2026-02-13" },
      to: { value: "2028-12-31" },
      dateInput: { name: "applicationDate" },
    });
    const rounding = ast.header?.entries.find((e) => e.kind === "Rounding");
    expect(rounding).toMatchObject({ unit: { value: "0.01" }, mode: [{ name: "half" }, { name: "up" }] });
  });

  it("declares a date input and a list input with its fields", () => {
    const [date, list] = ast.items as [InputDecl, InputDecl];
    expect(date.field).toMatchObject({
      name: { name: "applicationDate" },
      type: { name: { name: "date" } },
      doc: { value: "申请日期" },
    });
    expect(list.field.type.name.name).toBe("list");
    expect(list.field.doc?.value).toBe("中试熟化平台，每个平台一项");
    expect(list.field.type.fields?.map((f) => [f.name.name, f.type.name.name, f.type.optional])).toEqual([
      ["id", "string", false],
      ["totalInvestment", "money", true],
      ["performanceQualified", "boolean", false],
      ["nationalPilotPlatform", "boolean", false],
    ]);
  });

  it("has article 4 with text, units and a clause for each platform", () => {
    const article = ast.items[2] as ArticleDecl;
    expect(article).toMatchObject({
      kind: "Article",
      number: { value: "4" },
      title: { value: "支持中试熟化平台建设" },
    });
    expect(article.entries.map((e) => e.kind)).toEqual(["Text", "Units", "Clause"]);
    expect(article.entries[1]).toMatchObject({ values: [{ value: "省发展改革委" }, { value: "省财政厅" }] });
    const clause = article.entries[2] as ClauseDecl;
    expect(clause).toMatchObject({ name: { name: "construction" }, title: { value: "建设补助" } });
    expect(clause.forEach).toMatchObject({ var: { name: "p" }, list: { name: "pilotPlatforms" } });
  });

  it("reads the clause's condition, rate award, cap and uplift after cap", () => {
    const clause = (ast.items[2] as ArticleDecl).entries[2] as ClauseDecl;
    const [when, award, cap, uplift] = clause.entries;
    expect(when?.kind === "When" && show(when.cond)).toBe("(and p.performanceQualified (given p.totalInvestment))");
    expect(award).toMatchObject({
      kind: "Award",
      upTo: false,
      award: { kind: "AwardRate", rate: { fraction: "0.3" } },
    });
    expect(award?.kind === "Award" && award.award.kind === "AwardRate" && show(award.award.base)).toBe(
      "p.totalInvestment",
    );
    expect(cap).toMatchObject({ kind: "Cap", amount: { kind: "Money", yuan: "10000000" } });
    expect(uplift).toMatchObject({ kind: "Uplift", rate: { fraction: "0.5" }, order: "after" });
    expect(uplift?.kind === "Uplift" && uplift.when && show(uplift.when)).toBe("p.nationalPilotPlatform");
  });

  it("has a test with facts and two expectations", () => {
    const test = ast.items[3] as TestDecl;
    expect(test.name.value).toBe("a national platform reaches the cap, then the uplift");
    expect(test.facts.entries.map((e) => e.key.kind === "Ident" && e.key.name)).toEqual([
      "applicationDate",
      "pilotPlatforms",
    ]);
    expect(test.facts.entries[1]?.value).toMatchObject({
      kind: "Array",
      items: [
        {
          kind: "Object",
          entries: [
            { key: { name: "id" }, value: { value: "cv-1" } },
            { value: { yuan: "40000000" } },
            { value: { value: true } },
            { value: { value: true } },
          ],
        },
      ],
    });
    expect(test.expects).toMatchObject([
      { kind: "ExpectAward", clause: { name: "construction" }, item: { value: "cv-1" }, amount: { yuan: "15000000" } },
      { kind: "ExpectTotal", upTo: false, amount: { yuan: "15000000" } },
    ]);
  });

  it("keeps the comment and gives spans that point at the source", () => {
    expect(ast.comments.map((c) => c.text)).toEqual(["// A complete, small policy."]);
    const clause = (ast.items[2] as ArticleDecl).entries[2] as ClauseDecl;
    const at = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
    expect(at(clause.name.span)).toBe("construction");
    expect(at(clause.entries[3]!.span)).toBe("uplift 50% after cap when p.nationalPilotPlatform");
    const before = text.slice(0, clause.entries[3]!.span.offset).split("\n");
    expect(clause.entries[3]!.span).toMatchObject({ file: "test.subsidia", line: before.length, column: 5 });
    expect(before.at(-1)).toBe("    ");
    expect(at(clause.span).startsWith("clause construction") && at(clause.span).endsWith("}")).toBe(true);
    expect(ast.span).toEqual({ file: "test.subsidia", line: 1, column: 1, offset: 0, length: text.length });
  });

  it("an empty file, or one with only comments, is an empty policy file", () => {
    for (const source of ["", "  \n\t", "// nothing yet\n/* later */"]) {
      const { ast: empty, diagnostics } = parse(source, "e");
      expect(diagnostics).toEqual([]);
      expect(empty.header).toBeUndefined();
      expect(empty.items).toEqual([]);
    }
  });
});
