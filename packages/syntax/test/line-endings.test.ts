import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { format, lex, parse } from "../src/index.js";
import { examplePolicy } from "./helpers.js";

const flagship = readFileSync(
  new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url),
  "utf8",
);

/** A policy that uses every layout the formatter keeps: blank lines, broken operators, end-of-line comments. */
const layouts = `policy "p" {
  title "t" // the title


  issuer "i"
}

input a: money
input b: money

/* a comment
   on two lines */
article 1 "a" {
  text "x"
  clause c {
    award a
        + b /* both */
  }
}

test "t" {
  facts {
    a: 1,
    b: 2
  }
  expect total = 3元
}
`;

describe("line endings", () => {
  it.each([
    ["the flagship", flagship],
    ["the example of docs/language.md", examplePolicy()],
    ["a policy of every kept layout", layouts],
  ])("%s formats the same with \\n, \\r\\n or a lone \\r", (_, text) => {
    const lf = format(text, "p.subsidia").text;
    expect(lf).toBeDefined();
    expect(format(text.replace(/\n/g, "\r\n"), "p.subsidia").text).toBe(lf);
    expect(format(text.replace(/\n/g, "\r"), "p.subsidia").text).toBe(lf);
  });

  it("lines are counted the same by the lexer, the parser and the diagnostics", () => {
    const text = 'policy "p" {\r  title "t"\r\n  issuer ￥\n}\r\rinput a: ￥';
    expect(lex(text, "p").tokens.map((t) => t.startLine)).toEqual([1, 1, 1, 2, 2, 3, 4, 6, 6, 6]);
    expect(parse(text, "p").diagnostics.map((d) => [d.code, d.span.line, d.span.column])).toEqual([
      ["L001", 3, 10],
      ["P002", 4, 1],
      ["L001", 6, 10],
      ["P003", 6, 11],
    ]);
  });
});

describe("strings", () => {
  it.each(["a \u2028b", "a \u2029b", "a \u0085 b", "tab\t \u00a0 \u3000end ", 'esc \\" \\\\ \\n', "  "])(
    "the formatter never changes a string literal: %j",
    (inner) => {
      const text = `policy "p" {\n  title "${inner}"\n}\n`;
      expect(format(text, "p.subsidia").text).toBe(text);
    },
  );
});
