import { describe, expect, it } from "vitest";
import { decodeString, keywords, lex, moneyToYuan, parse, percentToFraction } from "../src/index.js";

const kinds = (text: string): string[] => lex(text, "t").tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe("lexer", () => {
  it("reads every literal kind as drafters write them", () => {
    expect(kinds("50万元 50万 3亿元 1.5亿 200元 2000000 0.01 30% +50% 2026-02-13 true false")).toEqual([
      "MoneyLiteral:50万元",
      "MoneyLiteral:50万",
      "MoneyLiteral:3亿元",
      "MoneyLiteral:1.5亿",
      "MoneyLiteral:200元",
      "NumberLiteral:2000000",
      "NumberLiteral:0.01",
      "PercentLiteral:30%",
      "Plus:+",
      "PercentLiteral:50%",
      "DateLiteral:2026-02-13",
      "true:true",
      "false:false",
    ]);
  });

  it('reads Chinese strings and the escapes \\" \\\\ \\n', () => {
    const [t] = lex(String.raw`"支持中试熟化平台建设：\"中试\" a\\b\nc"`, "t").tokens;
    expect(t?.tokenType.name).toBe("StringLiteral");
    expect(decodeString(t?.image ?? "")).toBe('支持中试熟化平台建设："中试" a\\b\nc');
  });

  it("reads escapes at either end of a string, an unknown escape as written, and an unterminated string", () => {
    expect(decodeString('"\\"a long stretch of plain text\\n"')).toBe('"a long stretch of plain text\n');
    expect(decodeString('"\\\\\\"\\q"')).toBe('\\"\\q');
    expect(decodeString('"ends at the quote" and not after')).toBe("ends at the quote");
    expect(decodeString('"no closing quote')).toBe("no closing quote");
    expect(decodeString('"a trailing backslash \\')).toBe("a trailing backslash \\");
  });

  it("tells keywords from identifiers that start with one", () => {
    expect(kinds("total totalInvestment in input is issuer to total_2 for force no not nonmonetary")).toEqual([
      "total:total",
      "Identifier:totalInvestment",
      "in:in",
      "input:input",
      "is:is",
      "issuer:issuer",
      "to:to",
      "Identifier:total_2",
      "for:for",
      "force:force",
      "no:no",
      "not:not",
      "nonmonetary:nonmonetary",
    ]);
  });

  it("reads operators, longest first", () => {
    expect(kinds("a>=b>c<=d<e!=f=g+h-i*j/k")).toEqual(
      ["a", ">=", "b", ">", "c", "<=", "d", "<", "e", "!=", "f", "=", "g", "+", "h", "-", "i", "*", "j", "/", "k"].map(
        (s) => expect.stringMatching(new RegExp(`:${s.replace(/[*+]/g, "\\$&")}$`)),
      ),
    );
  });

  it("keeps line and block comments, with their positions", () => {
    const { ast, diagnostics } = parse('// first\ninput a: money /* doc\nmore */ "x"\n', "t");
    expect(diagnostics).toEqual([]);
    expect(ast.comments.map((c) => [c.text, c.span.line, c.span.column])).toEqual([
      ["// first", 1, 1],
      ["/* doc\nmore */", 2, 16],
    ]);
    expect(ast.items).toHaveLength(1);
  });

  it("lists every reserved word of the reference, each once", () => {
    expect(new Set(keywords).size).toBe(keywords.length);
    for (const word of ["policy", "nonmonetary", "otherwise", "uplift", "min", "max", "given"])
      expect(keywords).toContain(word);
  });
});

describe("exact literal values", () => {
  it.each([
    ["1.5亿", "150000000"],
    ["50万元", "500000"],
    ["50万", "500000"],
    ["3亿元", "300000000"],
    ["0.5万", "5000"],
    ["200元", "200"],
    ["200.50元", "200.5"],
    ["1.23456万", "12345.6"],
    ["0.000000015亿", "1.5"],
    ["007万", "70000"],
  ])("money %s is %s yuan", (text, yuan) => {
    expect(moneyToYuan(text)).toBe(yuan);
  });

  it.each([
    ["30%", "0.3"],
    ["5%", "0.05"],
    ["12.5%", "0.125"],
    ["100%", "1"],
    ["150%", "1.5"],
    ["0%", "0"],
    ["0.5%", "0.005"],
  ])("percent %s is the fraction %s", (text, fraction) => {
    expect(percentToFraction(text)).toBe(fraction);
  });
});
