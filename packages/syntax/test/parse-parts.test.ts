import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInParts } from "../src/parse-parts.js";
import { parse, parseWhole } from "../src/parse.js";

const repo = new URL("../../../", import.meta.url);
const flagship = readFileSync(new URL("policies/heilongjiang/biomanufacturing-2026.subsidia", repo), "utf8");

/** Every `.subsidia` file under a folder of the repository. */
function files(folder: string): string[] {
  const dir = new URL(folder, repo);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".subsidia"))
    .map((f) => `${folder}${f}`);
}

/** The flagship with its items (everything after the header) `k` times over: a long text with one header. */
function longPolicy(k: number): string {
  const start = flagship.indexOf("\ninput ") + 1;
  return flagship.slice(0, start) + flagship.slice(start).repeat(k);
}

/** `parse` gives what parsing the text whole gives: the same AST, the same diagnostics. */
function sameAsWhole(text: string): void {
  expect(parse(text, "p.subsidia")).toEqual(parseWhole(text, "p.subsidia"));
}

/** Layout a drafter may change without changing the policy: where a line starts, blank lines, comments. */
const layout = fc.constantFrom("\n", "\n\n", "  ", "// note\n", "/* a\n b */", "\r\n", "\t");

describe("parsing a text a few items at a time", () => {
  it("gives every policy, corpus case and example of the repository the AST of parsing it whole", () => {
    const all = [...files("policies/"), ...files("corpus/"), ...files("examples/")];
    expect(all.length).toBeGreaterThan(30);
    for (const f of all) {
      const text = readFileSync(new URL(f, repo), "utf8");
      expect(parse(text, f), f).toEqual(parseWhole(text, f));
    }
  });

  it("reads a long policy in parts, with the AST of parsing it whole", () => {
    const text = longPolicy(10);
    const inParts = parseInParts(text, "p.subsidia");
    expect(inParts?.items.length).toBeGreaterThan(300);
    expect(inParts).toEqual(parseWhole(text, "p.subsidia").ast);
    expect(parseWhole(text, "p.subsidia").diagnostics).toEqual([]);
  });

  it("gives up on a text with a problem in any part, which is then parsed whole", () => {
    const text = longPolicy(4);
    const late = text.lastIndexOf("article ");
    const broken = `${text.slice(0, late)}article x ${text.slice(late + "article ".length)}`;
    expect(parseInParts(broken, "p.subsidia")).toBeUndefined();
    expect(parse(broken, "p.subsidia").diagnostics.map((d) => d.code)).toEqual(["P002"]);
    sameAsWhole(broken);
    // a second header in a later part is an error of the whole text
    const twoHeaders = longPolicy(2) + flagship.slice(0, flagship.indexOf("\ninput ") + 1);
    expect(parseInParts(twoHeaders, "p.subsidia")).toBeUndefined();
    sameAsWhole(twoHeaders);
  });

  it("gives the AST of parsing it whole however the layout of a long policy changes", () => {
    const long = longPolicy(3);
    const lineStarts = [...long.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1);
    const edit = fc.record({ line: fc.nat(lineStarts.length - 1), unindent: fc.boolean(), insert: layout });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let text = long;
        // from the end, so that each line start is still where it was
        for (const { line, unindent, insert } of [...edits].sort((a, b) => b.line - a.line)) {
          const at = lineStarts[line] ?? 0;
          const rest = unindent ? text.slice(at).replace(/^[ \t]+/, "") : text.slice(at);
          text = text.slice(0, at) + insert + rest;
        }
        sameAsWhole(text);
      }),
      { numRuns: 40 },
    );
  });

  it("reports what parsing the whole text reports, wherever an edit breaks a long policy", () => {
    const long = longPolicy(3);
    const typed = fc.constantFrom("}", "{", "article 9 ", "test ", '"', "/*", "，", "policy ", "input x: money\n");
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(30), insert: typed });
    fc.assert(
      fc.property(edit, ({ at, remove, insert }) => {
        const i = Math.floor(at * long.length);
        sameAsWhole(long.slice(0, i) + insert + long.slice(i + remove));
      }),
      { numRuns: 40 },
    );
  });
});
