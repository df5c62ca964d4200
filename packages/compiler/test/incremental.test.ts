import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, createIncrementalChecker } from "../src/index.js";

const flagship = readFileSync(
  new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url),
  "utf8",
);
const FILE = "flagship.subsidia";
const digits = [...flagship.matchAll(/\d/g)].map((m) => m.index);

/**
 * Edits of the flagship: a digit changed (the policy still compiles, with other
 * amounts, or gets a semantic error), a name's letter changed (unknown names,
 * unused inputs), or text typed or deleted anywhere (syntax errors).
 */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("digit" as const), which: fc.nat({ max: digits.length - 1 }), to: fc.nat({ max: 9 }) }),
  fc.record({
    kind: fc.constant("text" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 3 }),
    insert: fc.constantFrom("", "x", "}", "\n", " ", "万", "p.", "article 4 ", '"', "0"),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(text: string, e: Edit): string {
  if (e.kind === "digit") {
    // the n-th digit of the current text (texts drift from the flagship as edits pile up)
    const all = [...text.matchAll(/\d/g)];
    const at = all[e.which % Math.max(1, all.length)]?.index ?? 0;
    return text.slice(0, at) + String(e.to) + text.slice(at + 1);
  }
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe("incremental checker", () => {
  it("gives what compile gives after each of a series of random edits of the flagship: IR, diagnostics", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        const checker = createIncrementalChecker(FILE, { draft: true });
        let text = flagship;
        checker.check(text);
        for (const e of edits) {
          text = apply(text, e);
          const got = checker.check(text);
          const want = compile(text, FILE);
          expect(got.diagnostics).toStrictEqual(want.diagnostics);
          expect(got.ir).toStrictEqual(want.ir);
          // the same JSON too: keys in the same order
          expect(JSON.stringify(got.ir)).toBe(JSON.stringify(want.ir));
        }
      }),
      { numRuns: 20 },
    );
  });

  it("compiles again only the article an edit changed", () => {
    const checker = createIncrementalChecker(FILE);
    const before = checker.check(flagship).ir!;
    const at = flagship.indexOf("cap 1000万元");
    const after = checker.check(`${flagship.slice(0, at)}cap 1200万元${flagship.slice(at + 10)}`).ir!;
    const changed = after.articles.filter((a, i) => a !== before.articles[i]).map((a) => a.id);
    expect(changed).toEqual(["art4"]);
    expect(after.articles[3]!.clauses[0]!.caps[0]!.amount).toMatchObject({ value: "12000000" });
  });

  it("reports the unused input once the last clause reading it is gone, and not before", () => {
    const checker = createIncrementalChecker(FILE);
    const without = flagship.replace("    when k.annualSalesRevenue >= 200万元\n", "");
    expect(checker.check(without).diagnostics.map((d) => d.code)).toEqual(
      compile(without, FILE).diagnostics.map((d) => d.code),
    );
    expect(checker.check(flagship).diagnostics).toEqual([]);
  });

  it("keeps a draft of the policy while the file has syntax errors", () => {
    const checker = createIncrementalChecker(FILE, { draft: true });
    const broken = flagship.replace("award 30% of p.totalInvestment", "award 30% of");
    const result = checker.check(broken);
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics[0]?.code).toMatch(/^P/);
    expect(result.draft?.params.map((p) => p.name)).toEqual(["rdStockRate", "rdIncrementRate", "loanInterestRate"]);
  });
});
