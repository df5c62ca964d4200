import { describe, expect, test } from "vitest";
import { chooseLang, interpolate, langOfLocale, OR, paramNames, term, type Words } from "../src/index.js";

const en: Words = { terms: { money: "money", mean: "; did you mean `{word}`?" }, or: OR.en };
const zh: Words = { terms: { money: "金额", mean: "；是否想写 `{word}`？" }, or: OR.zh };

describe("templates", () => {
  test("fill named parameters, translate terms, join lists in each language's way", () => {
    const t = "`{name}` is {type}; expected {expected}{hint}";
    const params = {
      name: "amout",
      type: term("money"),
      expected: ["`a`", "`b`", "`c`"],
      hint: term("mean", { word: "amount" }),
    };
    expect(interpolate(t, params, en)).toBe("`amout` is money; expected `a`, `b` or `c`; did you mean `amount`?");
    expect(interpolate(t, params, zh)).toBe("`amout` is 金额; expected `a`、`b` 或 `c`；是否想写 `amount`？");
  });

  test("leave braces that are not parameters, and show a missing parameter as it is written", () => {
    expect(paramNames('expected `policy "id" { title "…" }` and {name}')).toEqual(["name"]);
    expect(interpolate("`{ x }` {missing}", {}, en)).toBe("`{ x }` {missing}");
  });
});

describe("choosing a language", () => {
  test.each([
    ["zh_CN.UTF-8", "zh"],
    ["zh-CN", "zh"],
    ["zh-Hans", "zh"],
    ["en_US.UTF-8", "en"],
    ["C", undefined],
    ["fr_FR", undefined],
    ["", undefined],
  ])("%s → %s", (locale, lang) => expect(langOfLocale(locale)).toBe(lang));

  test("the first candidate that names a language wins; English otherwise", () => {
    expect(chooseLang(undefined, "C.UTF-8", "zh_CN.UTF-8")).toBe("zh");
    expect(chooseLang("en", "zh_CN.UTF-8")).toBe("en");
    expect(chooseLang("fr", undefined)).toBe("en");
  });
});
