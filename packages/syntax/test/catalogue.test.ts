import { paramNames } from "@subsidia/messages";
import { describe, expect, test } from "vitest";
import { DIAGNOSTICS, localize, MESSAGES_EN, MESSAGES_ZH, parse, TERMS_EN, TERMS_ZH, TITLES_ZH } from "../src/index.js";

const ids = Object.keys(MESSAGES_EN) as (keyof typeof MESSAGES_EN)[];
const sorted = (xs: string[]) => [...xs].sort();

describe("the diagnostic catalogue", () => {
  test("every code has at least one message, and every message belongs to a code", () => {
    const codes = new Set(ids.map((id) => id.slice(0, 4)));
    expect(sorted([...codes])).toEqual(sorted(Object.keys(DIAGNOSTICS)));
    for (const id of ids) expect(id).toMatch(/^[LPNTSAR]\d{3}\.[a-zA-Z]+$/);
  });

  test.each(ids)("%s: the Chinese text and help take the same parameters as the English", (id) => {
    const en = MESSAGES_EN[id];
    const zh = MESSAGES_ZH[id];
    expect(sorted(paramNames(zh.message))).toEqual(sorted(paramNames(en.message)));
    expect(paramNames(zh.help).every((p) => paramNames(en.message + en.help).includes(p))).toBe(true);
    expect(en.help).not.toBe("");
    expect(zh.help).not.toBe("");
  });

  test("messages follow the style: lowercase start, no final period; Chinese messages contain Chinese", () => {
    for (const id of ids) {
      expect(MESSAGES_EN[id].message).toMatch(/^[^A-Z]/);
      expect(MESSAGES_EN[id].message).not.toMatch(/\.$/);
      expect(MESSAGES_ZH[id].message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("every term and title has a Chinese translation that differs from the English where it is a word", () => {
    expect(sorted(Object.keys(TERMS_ZH))).toEqual(sorted(Object.keys(TERMS_EN)));
    expect(sorted(Object.keys(TITLES_ZH))).toEqual(sorted(Object.keys(DIAGNOSTICS)));
    for (const [k, v] of Object.entries(TERMS_ZH)) expect(v, k).toMatch(/[\u4e00-\u9fff（]/);
  });
});

describe("a diagnostic", () => {
  const [d] = parse('policy "x" {\n  title "t"\n}\nartcle 1 "a" {}\n', "x.subsidia").diagnostics;

  test("carries its code, message id, parameters, English message and help", () => {
    expect(d).toMatchObject({ code: "P001", id: "P001.unexpected", severity: "error", suggestion: "article" });
    expect(d?.message).toBe(
      "unexpected `artcle`; expected `input`, `param`, `article` or `test`; did you mean `article`?",
    );
    expect(d?.help).toBe("remove the token or move it into a declaration; each top-level item starts with a keyword");
    expect(d?.params).toMatchObject({ actual: "`artcle`" });
  });

  test("renders in Chinese from its id and parameters", () => {
    expect(localize(d!, "zh")).toEqual({
      message: "意外的`artcle`；应为`input`、`param`、`article` 或 `test`；是否想写 `article`？",
      help: "删除它，或把它移入某个声明；每个顶层条目都以关键字开头",
    });
  });

  test("survives JSON: a diagnostic sent to another process renders the same", () => {
    const copy = JSON.parse(JSON.stringify(d));
    expect(localize(copy, "zh")).toEqual(localize(d!, "zh"));
  });
});
