import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIncrementalParser, parse } from "../src/index.js";

const flagship = readFileSync(
  new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url),
  "utf8",
);
const FILE = "flagship.subsidia";

/** What a drafter types or deletes: structure, names, amounts, Chinese, line breaks, comment and string openers. */
const typed = fc.constantFrom(
  "}",
  "{",
  "a",
  " ",
  "\n",
  "\r\n",
  '"',
  "1",
  "万",
  "（",
  "article 99 ",
  "p.",
  "//",
  "/*",
  "*/",
  "clause x ",
  "test ",
  "input z: money\n",
  "，",
);

interface Edit {
  /** where, as a fraction of the text's length */
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(typed, fc.constant("")),
});

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** The incremental parse of each version equals a parse from scratch: AST (spans included) and diagnostics. */
function checkSequence(start: string, edits: Edit[]): void {
  const incremental = createIncrementalParser(FILE);
  let text = start;
  expect(incremental.parse(text)).toMatchObject(parse(text, FILE));
  for (const e of edits) {
    text = apply(text, e);
    const got = incremental.parse(text);
    const want = parse(text, FILE);
    expect(got.diagnostics).toStrictEqual(want.diagnostics);
    expect(got.ast).toStrictEqual(want.ast);
  }
}

describe("incremental parse", () => {
  it("equals a parse from scratch after each of a series of random edits of the flagship", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => checkSequence(flagship, edits)),
      { numRuns: 20 },
    );
  });

  it("equals a parse from scratch on a file with CRLF line ends", () => {
    const crlf = flagship.replace(/\n/g, "\r\n");
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => checkSequence(crlf, edits)),
      { numRuns: 6 },
    );
  });

  it("reuses the items an edit leaves alone and moves those after it", () => {
    const incremental = createIncrementalParser(FILE);
    const before = incremental.parse(flagship).ast.items;
    const at = flagship.indexOf("cap 1000万元");
    const after = incremental.parse(`${flagship.slice(0, at)}cap 12000万元${flagship.slice(at + 10)}`);
    const changed = after.ast.items.findIndex((item, i) => item !== before[i]);
    // art. 4 was parsed again; the items before it are the same objects
    expect(after.ast.items[changed]).toMatchObject({ kind: "Article", number: { value: "4" } });
    // the items after it are the same objects, moved one character on
    const next = after.ast.items[changed + 1]!;
    expect(before).toContain(next);
    expect(after.moved.items.has(next)).toBe(true);
    expect(after.moved.by).toEqual({ offset: 1, line: 0 });
    expect(after.moved.items.size).toBe(after.ast.items.length - changed - 1);
  });

  it("reads a comment opened by an edit up to the end of the file, as a parse from scratch does", () => {
    const incremental = createIncrementalParser(FILE);
    incremental.parse(flagship);
    const at = flagship.indexOf("article 5");
    const opened = `${flagship.slice(0, at)}/* ${flagship.slice(at)}`;
    expect(incremental.parse(opened)).toMatchObject(parse(opened, FILE));
    expect(incremental.parse(opened).diagnostics.map((d) => d.code)).toContain("L004");
    expect(incremental.parse(flagship).diagnostics).toEqual([]);
  });
});

describe("incremental parse at the limits", () => {
  const base = 'policy "p" {\n  title "t"\n}\nparam p: money = 1元\n';
  const strip = (ds: readonly { code: string; span: { offset: number } }[]) => ds.map((d) => [d.code, d.span.offset]);
  it.each([
    [
      "an expression too deep",
      `policy "p" {\n  title "t"\n}\nparam p: money = ${Array(150).fill("1元").join(" + ")}\n`,
    ],
    [
      "brackets nested too deep",
      `policy "p" {\n  title "t"\n}\nparam p: money = ${"(".repeat(70)}1元${")".repeat(70)}\n`,
    ],
    ["more than 100 errors", `${base}${"param : = \n".repeat(150)}`],
  ])("an edit to %s reports what a parse from scratch does, then recovers", (_, edited) => {
    const inc = createIncrementalParser("p.subsidia");
    inc.parse(base);
    expect(strip(inc.parse(edited).diagnostics)).toEqual(strip(parse(edited, "p.subsidia").diagnostics));
    expect(inc.parse(base).diagnostics).toEqual([]);
  });
});
