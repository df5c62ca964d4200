import { describe, expect, test } from "vitest";
import { compile, formatDiagnostic } from "../src/index.js";

const lines = [
  'policy "p" {',
  '  title "t"',
  "}",
  "input a: money",
  'article 1 "a" {',
  '  text "x"',
  "  clause c {",
  "    award 20% of amout",
  "  }",
  "}",
  "",
];

describe("the caret under a diagnostic", () => {
  test.each([
    ["\\n", "\n"],
    ["\\r\\n", "\r\n"],
    ["a lone \\r", "\r"],
  ])("is under the span whatever the line ends (%s)", (_, eol) => {
    const text = lines.join(eol);
    const [d] = compile(text, "p.subsidia").diagnostics.filter((x) => x.code === "N001");
    expect(d && formatDiagnostic(d, text)).toBe(
      [
        "p.subsidia:8:18 error N001 unknown name `amout`; expected an input or a parameter",
        "8 |     award 20% of amout",
        "                     ^^^^^",
        "  = help: declare it with `input` or `param`, or correct the spelling",
      ].join("\n"),
    );
  });
});

describe("a message quoting an expression written over several lines", () => {
  test.each([
    ["\\n", "\n"],
    ["\\r\\n", "\r\n"],
    ["a lone \\r", "\r"],
  ])("reads on one line whatever the line ends (%s)", (_, eol) => {
    const text = [
      'policy "p" {',
      '  title "t"',
      "}",
      'input xs: list "l" {',
      "  id: string",
      "  m: money",
      "}",
      'article 1 "a" {',
      '  text "t"',
      "  clause c for each x in xs {",
      "    when x.m",
      "        + x.m >= 2000万元",
      "    award 20% of (x.m",
      "        + x.m)",
      "    cap 200万元",
      "  }",
      "}",
      "",
    ].join(eol);
    const [d] = compile(text, "p.subsidia").diagnostics;
    expect(d?.code).toBe("A011");
    expect(d?.message).toMatch(/^`x\.m \+ x\.m >= 2000万元` is at or above the knee .* when `\(x\.m \+ x\.m\)` is /);
  });
});

describe("a message quoting source text written over several lines", () => {
  test.each([
    ["\\n", "\n"],
    ["\\r\\n", "\r\n"],
    ["a lone \\r", "\r"],
  ])("is one line (%s)", (_, eol) => {
    const text = [
      'policy "p" {',
      '  title "t"',
      "}",
      "input x: money",
      "input d: date",
      'article 1 "a" {',
      '  text "t"',
      "  clause c {",
      "    award -(x",
      "      + x) * d",
      "  }",
      "}",
      "",
    ].join(eol);
    expect(compile(text, "p.subsidia").diagnostics.map((d) => d.message)).toEqual([
      "cannot apply `*` to money `-(x + x)` and date `d`; expected money × percent, money × number or numbers",
    ]);
  });
});
