import { readFileSync } from "node:fs";
import type { ILexingResult } from "chevrotain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeInParts } from "../src/lex-parts.js";
import { lexer } from "../src/tokens.js";

const flagship = readFileSync(
  new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url),
  "utf8",
);
/** Long enough to be read in several parts. */
const long = flagship.repeat(3);

/** Everything a token, comment, garbage run or error holds, its type by name. */
function seen(r: ILexingResult): unknown {
  const token = (t: ILexingResult["tokens"][number]) => [
    t.tokenType.name,
    t.image,
    t.startOffset,
    t.startLine,
    t.startColumn,
  ];
  return {
    tokens: r.tokens.map(token),
    comments: (r.groups["comments"] ?? []).map(token),
    garbage: (r.groups["garbage"] ?? []).map(token),
    errors: r.errors,
  };
}

/** What a drafter may type where a part ends: line ends of each kind, comment and string openers, garbage. */
const typed = fc.constantFrom("\n", "\r\n", "\r", "/*", "*/", '"', "//", "，", "!", "\u3000", "1.", "a", "\nx", "\n\n");

describe("lexing in parts", () => {
  it("reads a long policy as lexing it whole does", () => {
    expect(tokenizeInParts(long).tokens.length).toBeGreaterThan(10_000);
    expect(seen(tokenizeInParts(long))).toEqual(seen(lexer.tokenize(long)));
  });

  it("reads edited long policies as lexing them whole does, wherever the edit falls", () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat(40),
      insert: fc.array(typed, { maxLength: 4 }).map((xs) => xs.join("")),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = long;
        for (const { at, remove, insert } of edits) {
          const i = Math.floor(at * text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        expect(seen(tokenizeInParts(text))).toEqual(seen(lexer.tokenize(text)));
      }),
      { numRuns: 60 },
    );
  });

  it("reads a block comment left open at the start of a long text to the end", () => {
    const text = `/* ${long}`;
    expect(seen(tokenizeInParts(text))).toEqual(seen(lexer.tokenize(text)));
    expect(tokenizeInParts(text).groups["comments"]).toHaveLength(1);
  });
});
