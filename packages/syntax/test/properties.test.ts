import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keywords, lex, parse, type ParseResult } from "../src/index.js";
import { allSpans, examplePolicy } from "./helpers.js";

/** What must hold for any text: no throw, every span (diagnostics and AST) inside the text, lines and columns right. */
function checkWellFormed(text: string): ParseResult {
  const result = parse(text, "p.subsidia");
  const spans = [...result.diagnostics.map((d) => d.span), ...allSpans(result.ast)];
  for (const s of spans) {
    expect(s.offset).toBeGreaterThanOrEqual(0);
    expect(s.length).toBeGreaterThanOrEqual(0);
    expect(s.offset + s.length).toBeLessThanOrEqual(text.length);
  }
  for (const d of result.diagnostics) {
    const before = text.slice(0, d.span.offset).split(/\r\n|\r|\n/);
    expect([d.span.line, d.span.column]).toEqual([before.length, (before.at(-1)?.length ?? 0) + 1]);
    expect(d.message).toMatch(/^[a-z]/);
  }
  return result;
}

const example = examplePolicy();
const exampleTokens = lex(example, "e").tokens.map((t) => ({
  offset: t.startOffset,
  end: t.startOffset + t.image.length,
}));

/** Pieces of Subsidia to insert: keywords, punctuation, literals, odd characters. */
const piece = fc.oneof(
  fc.constantFrom(...keywords),
  fc.constantFrom("{", "}", "(", ")", "[", "]", ",", ":", ".", "=", ">=", "!=", "+", "-", "*", "/", "%"),
  fc.constantFrom(
    "50万元",
    "1.5亿",
    "30%",
    "2026-02-13",
    "2026-2-1",
    "12abc",
    '"文本"',
    '"未闭合',
    "/*",
    "//",
    "p.x",
    "￥",
    "：",
  ),
);

/** Deletes, inserts or replaces tokens of the example policy, by position. */
const mutation = fc.record({
  at: fc.nat({ max: exampleTokens.length - 1 }),
  op: fc.constantFrom("delete", "insert", "replace"),
  piece,
});

function mutate(text: string, edits: { at: number; op: string; piece: string }[]): string {
  // apply from the end so earlier offsets stay valid
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  let out = text;
  for (const { at, op, piece: p } of sorted) {
    const t = exampleTokens[at];
    if (t === undefined) continue;
    if (op === "delete") out = out.slice(0, t.offset) + out.slice(t.end);
    else if (op === "insert") out = `${out.slice(0, t.offset)}${p} ${out.slice(t.offset)}`;
    else out = out.slice(0, t.offset) + p + out.slice(t.end);
  }
  return out;
}

describe("parse never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => void checkWellFormed(text)),
      { numRuns: 300 },
    );
  });

  it("on arbitrary strings made of Subsidia pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => void checkWellFormed(pieces.join(" "))),
      { numRuns: 300 },
    );
  });

  it("on random edits of the example policy", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (edits) => {
        const text = mutate(example, edits);
        checkWellFormed(text);
      }),
      { numRuns: 300 },
    );
  });

  it("on the example policy with any one token deleted, and a deleted bracket is always an error", () => {
    exampleTokens.forEach((t, i) => {
      const { diagnostics } = checkWellFormed(mutate(example, [{ at: i, op: "delete", piece: "" }]));
      if (/^[{}()[\]]$/.test(example.slice(t.offset, t.end))) expect(diagnostics.length).toBeGreaterThan(0);
    });
  });

  it("gives the same result when the shared parser is reused", () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), (edits) => {
        const text = mutate(example, edits);
        expect(JSON.stringify(parse(text, "a"))).toBe(JSON.stringify(parse(text, "a")));
      }),
      { numRuns: 50 },
    );
  });
});
