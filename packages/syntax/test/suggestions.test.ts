import { describe, expect, it } from "vitest";
import { closest, distance, parse } from "../src/index.js";

const errors = (text: string) =>
  parse(text, "t.subsidia").diagnostics.map((d) => ({
    code: d.code,
    column: d.span.column,
    suggestion: d.suggestion,
    message: d.message,
  }));

describe("did you mean: misspelt keywords", () => {
  it.each([
    ['polciy "p" { title "t" }', "polciy", "policy"],
    ['policy "p" { titel "t" }', "titel", "title"],
    ['artcle 1 "a" { text "x" }', "artcle", "article"],
    ['article 1 "a" { clasue c { award 1万元 } }', "clasue", "clause"],
    ['article 1 "a" { clause c { wehn x award 1万元 } }', "wehn", "when"],
    ['article 1 "a" { clause c { award 1万元 upilft 5% } }', "upilft", "uplift"],
    ['article 1 "a" { clause c { award 30% off x } }', "off", "of"],
    ["input x: mony", "mony", "money"],
    ["input x: optinal money", "optinal", "optional"],
    ['test "t" { facts {} expect totl = 1 }', "totl", "total"],
  ])("%s: one error at `%s`, suggesting `%s`", (text, word, meant) => {
    const ds = errors(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]?.column).toBe(text.indexOf(word) + 1);
    expect(ds[0]?.suggestion).toBe(meant);
    expect(ds[0]?.message).toMatch(new RegExp(`^unexpected \`${word}\`; expected .*; did you mean \`${meant}\`\\?$`));
  });

  it("reads a misspelt keyword as the keyword it resembles, so one typo gives one error", () => {
    expect(errors('article 1 "a" { clause c for eech x in items { award 1元 } }')).toEqual([
      { code: "P002", column: 30, suggestion: "each", message: "unexpected `eech`; expected `each`" },
    ]);
    expect(parse('article 1 "a" { clause c for eech x in items { award 1元 } }', "t").ast.items).toHaveLength(1);
  });

  it("suggests nothing for a keyword in the wrong place, or a word far from any keyword", () => {
    expect(errors('article 1 "a" { clause c { when x >= award 5万元 } }')[0]?.suggestion).toBeUndefined();
    expect(errors('article 1 "a" { clause c { zzzzzz 1万元 } }')[0]?.suggestion).toBeUndefined();
  });
});

describe("distance and closest", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(distance("wehn", "when")).toBe(1);
    expect(distance("applicationDat", "applicationDate")).toBe(1);
    expect(distance("kitten", "sitting")).toBe(3);
  });

  it("accepts up to a third of the word's letters changed", () => {
    expect(closest("investmnt", ["investment", "id"])).toBe("investment");
    expect(closest("xyz", ["investment"])).toBeUndefined();
  });
});
