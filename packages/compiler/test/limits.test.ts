import { MAX_DIAGNOSTICS, MAX_EXPRESSION_DEPTH } from "@subsidia/syntax";
import { describe, expect, test } from "vitest";
import { compile } from "../src/index.js";

const header = `policy "p" {
  title "t"
  issuer "i"
  issued 2026-01-01
  valid from 2026-01-01 to 2027-01-01 on d
}
input d: date
`;

describe("a file with many mistakes", () => {
  test("lists at most the cap of semantic errors, then how many more", () => {
    const inputs = Array.from({ length: 150 }, (_, i) => `param p${i}: moneyy = 1`).join("\n");
    const { ir, diagnostics } = compile(`${header}${inputs}\n`, "many.subsidia");
    expect(ir).toBeUndefined();
    // each parameter reads an unknown type (N008) and is read by no clause (A004)
    expect(diagnostics).toHaveLength(2 * MAX_DIAGNOSTICS + 2);
    expect(diagnostics.filter((d) => d.code === "N008")).toHaveLength(MAX_DIAGNOSTICS);
    expect(diagnostics.filter((d) => d.code === "A004")).toHaveLength(MAX_DIAGNOSTICS);
    expect(diagnostics.slice(-2)).toMatchObject([
      {
        code: "P006",
        message: "too many errors: 50 more not shown; expected at most 100 errors in a file",
        span: { line: 108, column: 13 },
      },
      {
        code: "A012",
        message: "too many warnings: 50 more not shown; expected at most 100 warnings in a file",
        span: { line: 108, column: 7 },
      },
    ]);
  });

  test("warnings alone never make the policy fail to compile", () => {
    const inputs = Array.from({ length: 150 }, (_, i) => `input a${i}: money`).join("\n");
    const { ir, diagnostics } = compile(`${header}${inputs}\n`, "warnings.subsidia");
    expect(ir).toBeDefined();
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(diagnostics.at(-1)?.code).toBe("A012");
  });
});

describe("deep expressions", () => {
  const terms = (n: number) => Array.from({ length: n }, () => "1元").join(" + ");
  const awarding = (n: number): string =>
    `${header}article 1 "a" {\n  text "t"\n  clause c {\n    award ${terms(n)}\n  }\n}\n`;

  test.each([1000, 100_000])("an award of %i terms is a located error, not a crash", (n) => {
    const { ir, diagnostics } = compile(awarding(n), "deep.subsidia");
    expect(ir).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span.line])).toEqual([["P005", 11]]);
  });

  test("an award at the limit compiles", () => {
    const { ir, diagnostics } = compile(awarding(MAX_EXPRESSION_DEPTH), "deep.subsidia");
    expect(diagnostics).toEqual([]);
    expect(ir?.articles[0]?.clauses[0]?.award).toMatchObject({ kind: "amount", amount: { k: "arith", op: "+" } });
  });
});
