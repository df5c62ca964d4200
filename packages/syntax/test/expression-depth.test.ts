import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format, MAX_EXPRESSION_DEPTH, parse } from "../src/index.js";
import { marked } from "./helpers.js";

/** A policy whose one clause awards `expr`. */
const awarding = (expr: string): string => `policy "p" { title "t" }
article 1 "a" {
  clause c {
    award ${expr}
  }
}
`;

const depth = MAX_EXPRESSION_DEPTH;

describe("deep expressions", () => {
  it.each([1000, 100_000])("an award of %i `+` terms is refused where it goes too deep, without a crash", (n) => {
    const source = awarding(Array.from({ length: n }, () => "1元").join(" + "));
    const { ast, diagnostics } = parse(source, "deep.subsidia");
    // `1元 + ` is 5 characters: the operator that makes the expression deeper than the limit
    const column = 11 + MAX_EXPRESSION_DEPTH * 5 - 2;
    expect(diagnostics).toMatchObject([
      {
        code: "P005",
        severity: "error",
        message: `unexpected \`+\`: the expression nests more than ${depth} levels deep; expected at most ${depth}`,
        span: { file: "deep.subsidia", line: 4, column, offset: source.indexOf("award") + column - 5, length: 1 },
      },
    ]);
    expect(ast.items).toEqual([]);
  });

  it("the formatter refuses what it cannot print, and prints what is at the limit", () => {
    const terms = (n: number) => Array.from({ length: n }, () => "1元").join(" + ");
    const refused = format(awarding(terms(5000)), "deep.subsidia");
    expect(refused.text).toBeUndefined();
    expect(refused.diagnostics).toMatchObject([{ code: "P005", span: { line: 4 } }]);
    const formatted = format(awarding(terms(MAX_EXPRESSION_DEPTH)), "ok.subsidia");
    expect(formatted.diagnostics).toEqual([]);
    expect(formatted.text).toContain(terms(MAX_EXPRESSION_DEPTH));
  });

  it("the limit counts operators, brackets, calls and prefixes on the way down, whatever the operator", () => {
    const product = Array.from({ length: MAX_EXPRESSION_DEPTH - 20 }, () => "x").join(" * ");
    const atLimit = `${"(".repeat(20)}${product}${")".repeat(20)}`;
    expect(parse(awarding(atLimit), "ok.subsidia").diagnostics).toEqual([]);
    const over = `min(${atLimit}, 1元)`;
    expect(parse(awarding(over), "deep.subsidia").diagnostics.map((d) => d.code)).toEqual(["P005"]);
    const conditions = Array.from({ length: 500 }, (_, i) => `x.a${i}`).join(" and ");
    expect(parse(awarding(`1元 when ${conditions}`), "deep.subsidia").diagnostics.map((d) => d.code)).toEqual(["P005"]);
  });

  it("brackets and prefix operators in turn are counted together, and refused where they go too deep", () => {
    const level = `${"- ".repeat(40)}(`;
    // 40 prefixes and a bracket make 41 levels; the 24th prefix of the second level is the 65th
    const { text, marks } = marked(
      `${level}${"- ".repeat(23)}⟦-⟧ ${"- ".repeat(16)}(${level.repeat(62)}1${")".repeat(64)}`,
    );
    const { diagnostics } = parse(`param x: money = ${text}`, "deep.subsidia");
    expect(diagnostics.map((d) => [d.code, d.span.column])).toEqual([["P005", 17 + (marks[0]?.column ?? 0)]]);
  });
});

/** An expression tree to print, and the depth of the AST that its text parses to. */
interface Tree {
  text: string;
  depth: number;
  /** the precedence of its operator: 0 `or`, 1 `and`, 2 `not`, 3 comparison, 4 `+ -`, 5 `* /`, 6 prefix, 7 operand */
  level: number;
}

const LEAVES = ["x", "1元", "30%", "p.total", "2026-01-01", "true"];
const BINARY: [string, number][] = [
  ["or", 0],
  ["and", 1],
  [">=", 3],
  ["=", 3],
  ["+", 4],
  ["-", 4],
  ["*", 5],
  ["/", 5],
];
const leaf = (text: string): Tree => ({ text, depth: 1, level: 7 });
/** Brackets where precedence needs them (a bracket is a level of the AST too). */
const operand = (t: Tree, min: number): Tree =>
  t.level >= min ? t : { text: `(${t.text})`, depth: t.depth + 1, level: 7 };
function binary(op: string, level: number, left: Tree, right: Tree): Tree {
  // left-associative; comparisons do not chain, so a comparison below one is bracketed
  const l = operand(left, level === 3 ? 4 : level);
  const r = operand(right, level + 1);
  return { text: `${l.text} ${op} ${r.text}`, depth: 1 + Math.max(l.depth, r.depth), level };
}
const prefix = (op: string, t: Tree): Tree =>
  op === "not"
    ? { ...operand(t, 2), text: `not ${operand(t, 2).text}`, depth: operand(t, 2).depth + 1, level: 2 }
    : { text: `${op}${operand(t, 6).text}`, depth: operand(t, 6).depth + 1, level: 6 };

/** Trees from a few levels to a few hundred: chains of one operator, mixes, brackets and prefixes. */
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    // bounded nesting: a chain of 160 copies inside another multiplies the text past what a string may hold
    { depthSize: "small", maxDepth: 4, withCrossShrink: true },
    fc.constantFrom(...LEAVES).map(leaf),
    fc
      .tuple(tie("tree"), fc.array(fc.tuple(fc.constantFrom(...BINARY), tie("tree")), { maxLength: 8 }))
      .map(([first, rest]) => rest.reduce((acc, [[op, level], t]) => binary(op, level, acc, t), first)),
    fc
      .tuple(fc.constantFrom(...BINARY), fc.integer({ min: 1, max: 160 }), tie("tree"))
      .map(([[op, level], n, t]) => Array.from({ length: n }).reduce<Tree>((acc) => binary(op, level, acc, t), t)),
    fc.tuple(fc.constantFrom("-", "not"), tie("tree")).map(([op, t]) => prefix(op, t)),
    fc.tuple(tie("tree"), tie("tree")).map(([a, b]) => ({
      text: `min(${a.text}, ${b.text})`,
      depth: 1 + Math.max(a.depth, b.depth),
      level: 7,
    })),
  ),
})).tree;

describe("the depth limit, on random expressions", () => {
  it("refuses exactly the expressions whose tree is deeper than the limit", () => {
    fc.assert(
      fc.property(tree, (t) => {
        const { diagnostics } = parse(`param x: money = ${t.text}`, "p.subsidia");
        const refused = diagnostics.some((d) => d.code === "P005");
        if (diagnostics.some((d) => d.code !== "P005")) return; // bracket nesting over its own limit
        expect([refused, t.depth]).toEqual([t.depth > MAX_EXPRESSION_DEPTH, t.depth]);
      }),
      { numRuns: 300 },
    );
  });
});
