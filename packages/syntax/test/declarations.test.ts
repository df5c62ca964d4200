import { describe, expect, it } from "vitest";
import type { InputDecl, ParamDecl } from "../src/index.js";
import { parseOk, show } from "./helpers.js";

describe("header", () => {
  it("reads every header entry", () => {
    const ast = parseOk(`policy "p-1" {
      title "标题"
      issuer "某省"
      issued 2026-02-13
      valid from 2026-02-13 to 2028-12-31
      source "https://example.org/doc"
      stacking add
      rounding 1 down
    }`);
    expect(ast.header?.entries).toMatchObject([
      { kind: "Title", value: { value: "标题" } },
      { kind: "Issuer", value: { value: "某省" } },
      { kind: "Issued", date: { value: "2026-02-13" } },
      { kind: "Validity", from: { value: "2026-02-13" }, to: { value: "2028-12-31" }, dateInput: undefined },
      { kind: "Source", value: { value: "https://example.org/doc" } },
      { kind: "Stacking", rule: { name: "add" }, text: undefined },
      { kind: "Rounding", unit: { value: "1" }, mode: [{ name: "down" }] },
    ]);
  });

  it("ends a rounding mode at the next header entry", () => {
    const ast = parseOk(`policy "p" { rounding 0.01 half even title "t" }`);
    expect(ast.header?.entries).toMatchObject([
      { kind: "Rounding", mode: [{ name: "half" }, { name: "even" }] },
      { kind: "Title" },
    ]);
  });
});

describe("inputs", () => {
  const input = (source: string) => (parseOk(source).items[0] as InputDecl).field;

  it.each(["money", "percent", "number", "integer", "boolean", "date", "string"])(
    "scalar %s, plain and optional",
    (type) => {
      expect(input(`input x: ${type}`)).toMatchObject({
        name: { name: "x" },
        type: { optional: false, name: { name: type } },
        doc: undefined,
      });
      expect(input(`input x: optional ${type} "doc"`)).toMatchObject({
        type: { optional: true, name: { name: type } },
        doc: { value: "doc" },
      });
    },
  );

  it("reads an enum with its members", () => {
    expect(input(`input kind: optional enum("transfer", "license") "合同类型"`)).toMatchObject({
      type: { optional: true, name: { name: "enum" }, enumValues: [{ value: "transfer" }, { value: "license" }] },
      doc: { value: "合同类型" },
    });
  });

  it("reads nested records and lists whose fields are named by keywords", () => {
    const field = input(`input firm: record "企业" {
      total: money
      type: enum("a")
      projects: list { date: date  kind: string }
    }`);
    expect(field.type.fields?.map((f) => f.name.name)).toEqual(["total", "type", "projects"]);
    expect(field.type.fields?.[2]?.type.fields?.map((f) => f.name.name)).toEqual(["date", "kind"]);
  });
});

describe("parameters", () => {
  const param = (source: string) => parseOk(source).items[0] as ParamDecl;

  it("reads a value with a doc string", () => {
    const p = param(`param constructionCap: money = 1000万元 "单个平台最高补助"`);
    expect(p).toMatchObject({
      name: { name: "constructionCap" },
      type: { name: "money" },
      pending: undefined,
      doc: { value: "单个平台最高补助" },
    });
    expect(p.values.map((v) => [show(v.value), v.from?.value])).toEqual([["1000万元", undefined]]);
  });

  it("reads values by date", () => {
    const p = param(
      `param workshopCap: money = 100万元, 200万元 from 2027-01-01, 300万元 from 2028-01-01 "values by date"`,
    );
    expect(p.values.map((v) => [show(v.value), v.from?.value])).toEqual([
      ["100万元", undefined],
      ["200万元", "2027-01-01"],
      ["300万元", "2028-01-01"],
    ]);
    expect(p.doc?.value).toBe("values by date");
  });

  it("reads a pending parameter", () => {
    expect(param(`param stockRate: percent pending "存量部分补助比例由实施细则确定"`)).toMatchObject({
      type: { name: "percent" },
      values: [],
      pending: { value: "存量部分补助比例由实施细则确定" },
      doc: undefined,
    });
  });
});
