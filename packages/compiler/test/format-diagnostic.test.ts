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
      ].join("\n"),
    );
  });
});
