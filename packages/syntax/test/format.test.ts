import { describe, expect, it } from "vitest";
import { format } from "../src/index.js";
import { examplePolicy } from "./helpers.js";

/** Formats and checks that formatting again changes nothing. */
function fmt(text: string): string {
  const once = format(text, "t.subsidia");
  expect(once.diagnostics).toEqual([]);
  const out = once.text ?? "";
  expect(format(out, "t.subsidia").text).toBe(out);
  return out;
}

const lines = (...ls: string[]) => `${ls.join("\n")}\n`;

describe("the canonical style", () => {
  it("puts one entry per line, indents by two spaces and puts a blank line after each top-level block", () => {
    const text = `policy "p" { title "示例" issued 2026-02-13 valid from 2026-02-13 to 2028-12-31 on d rounding 0.01 half up }
input d: date "申请日期"

input xs: list "项目" { id: string "编号" amount: money "金额" } input y: money
article 4 "平台" { text "第一句。" "第二句。" units "省财政厅", "省科技厅" clause c "补助" for each x in xs { when x.amount>=100万元 award 30%   of x.amount cap 1000万元 uplift 50% after cap when x.amount > 0 } }`;
    expect(fmt(text)).toBe(
      lines(
        'policy "p" {',
        '  title "示例"',
        "  issued 2026-02-13",
        "  valid from 2026-02-13 to 2028-12-31 on d",
        "  rounding 0.01 half up",
        "}",
        "",
        'input d: date "申请日期"',
        "",
        'input xs: list "项目" {',
        '  id: string "编号"',
        '  amount: money "金额"',
        "}",
        "",
        "input y: money",
        'article 4 "平台" {',
        '  text "第一句。"',
        '       "第二句。"',
        '  units "省财政厅", "省科技厅"',
        '  clause c "补助" for each x in xs {',
        "    when x.amount >= 100万元",
        "    award 30% of x.amount",
        "    cap 1000万元",
        "    uplift 50% after cap when x.amount > 0",
        "  }",
        "}",
      ),
    );
  });

  it("keeps one-line inputs and parameters together, or apart, as written", () => {
    const text = lines(
      'param a: percent pending "待定"',
      "param b: money = 100万元, 200万元 from 2027-01-01",
      "",
      "",
      "input c: money",
    );
    expect(fmt(text)).toBe(
      lines(
        'param a: percent pending "待定"',
        "param b: money = 100万元, 200万元 from 2027-01-01",
        "",
        "input c: money",
      ),
    );
  });

  it("writes tiers and lookups one tier or case per line", () => {
    const text = `article 1 "a" { clause c { award tiers of x { at least 1万: 1元 at least 2万: 2元 } } clause d { award up to by k { "a": 1万元, "b": 2万元, otherwise: 3万元 } } }`;
    expect(fmt(text)).toBe(
      lines(
        'article 1 "a" {',
        "  clause c {",
        "    award tiers of x {",
        "      at least 1万: 1元",
        "      at least 2万: 2元",
        "    }",
        "  }",
        "  clause d {",
        "    award up to by k {",
        '      "a": 1万元',
        '      "b": 2万元',
        "      otherwise: 3万元",
        "    }",
        "  }",
        "}",
      ),
    );
  });

  it("keeps a line break between operands, the operator leading the continuation line", () => {
    const text = lines(
      'article 1 "a" {',
      "  clause c {",
      "    award a * min(b,c) +",
      "  d * max(e - f, 0元)",
      "  }",
      "}",
    );
    expect(fmt(text)).toContain("    award a * min(b, c)\n        + d * max(e - f, 0元)\n");
  });

  it("writes expressions with one space around operators and keeps parentheses", () => {
    const text = "param x: money = - ( 1万 +2万 )*3 - -1万";
    expect(fmt(text)).toBe(lines("param x: money = -(1万 + 2万) * 3 - -1万"));
    const conditions =
      'article 1 "a" { clause c { when not (a.b in ["x","y"] or c is not given) and d!=1 award 1元 } }';
    expect(fmt(conditions)).toContain('    when not (a.b in ["x", "y"] or c is not given) and d != 1\n');
  });
});

describe("test facts", () => {
  it("keeps a one-line object on one line and expands one broken after its opening bracket", () => {
    const text = `test "t" { facts { a: 1,
      b: [ {id:"x"},{ id: "y" } ] } expect total=0 }
test "u" { facts {
  a: 1, b: { c: 2 } } expect no award }`;
    expect(fmt(text)).toBe(
      lines(
        'test "t" {',
        '  facts { a: 1, b: [{ id: "x" }, { id: "y" }] }',
        "  expect total = 0",
        "}",
        "",
        'test "u" {',
        "  facts {",
        "    a: 1",
        "    b: { c: 2 }",
        "  }",
        "  expect no award",
        "}",
      ),
    );
  });

  it("expands a one-line value that would go past column 120, and only that value", () => {
    const item = (id: string) => `{ id: "${id}", kind: "concept-verification", totalInvestment: 2000万元, ok: true }`;
    const text = `test "t" { facts { d: 2026-06-30, xs: [${item("a")}, ${item("b")}] } expect total = 0 }`;
    const out = fmt(text);
    expect(out).toBe(
      lines(
        'test "t" {',
        "  facts {",
        "    d: 2026-06-30",
        "    xs: [",
        `      ${item("a")}`,
        `      ${item("b")}`,
        "    ]",
        "  }",
        "  expect total = 0",
        "}",
      ),
    );
    expect(Math.max(...out.split("\n").map((l) => l.length))).toBeLessThanOrEqual(120);
    expect(fmt(out)).toBe(out);
  });

  it("lets an expanded list hug the one-line object it is in", () => {
    const text = `test "t" { facts { d: 2026-06-30, xs: [\n{ id: "a" }, { id: "b" }] } expect in force }`;
    expect(fmt(text)).toBe(
      lines(
        'test "t" {',
        "  facts { d: 2026-06-30, xs: [",
        '    { id: "a" }',
        '    { id: "b" }',
        "  ] }",
        "  expect in force",
        "}",
      ),
    );
  });
});

describe("comments", () => {
  it("keeps every comment: above a line, at its end, and at the end of a block", () => {
    const text = lines(
      "// file comment",
      "",
      "",
      'article 1 "a" { // after the brace',
      "  /* before the clause */ clause c {",
      "    award 1万元 // at the end",
      "    // dangling at the end of the clause",
      "  }",
      "}",
      "// at the end of the file",
    );
    expect(fmt(text)).toBe(
      lines(
        "// file comment",
        "",
        'article 1 "a" { // after the brace',
        "  /* before the clause */",
        "  clause c {",
        "    award 1万元 // at the end",
        "    // dangling at the end of the clause",
        "  }",
        "}",
        "// at the end of the file",
      ),
    );
  });

  it("moves a comment inside an expression above its line", () => {
    const text = lines('article 1 "a" {', "  clause c {", "    award 30% // 三成", "      of x", "  }", "}");
    expect(fmt(text)).toBe(lines('article 1 "a" {', "  clause c {", "    // 三成", "    award 30% of x", "  }", "}"));
  });

  it("keeps one blank line between entries where the source has blank lines, none after an opening brace", () => {
    const text = lines(
      'article 1 "a" {',
      "",
      "",
      "  clause c { award 1元 }",
      "",
      "",
      "",
      "  clause d { award 2元 }",
      "}",
    );
    expect(fmt(text)).toBe(
      lines('article 1 "a" {', "  clause c {", "    award 1元", "  }", "", "  clause d {", "    award 2元", "  }", "}"),
    );
  });
});

describe("what is not formatted", () => {
  it("refuses a file with syntax errors and returns its diagnostics", () => {
    const r = format('article 1 "a" { clause c { award 30% of } }', "bad.subsidia");
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["P004"]);
  });

  it("formats an empty file to an empty file", () => {
    expect(fmt("")).toBe("");
    expect(fmt("\n\n// only a comment\n\n")).toBe("// only a comment\n");
  });

  it("leaves the example of docs/language.md as it is written", () => {
    const text = examplePolicy();
    expect(fmt(text)).toBe(text);
  });
});
