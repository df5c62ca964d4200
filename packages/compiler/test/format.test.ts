import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { format, parse } from "@subsidia/syntax";
import { compile } from "../src/index.js";
import { policyText } from "./policy-arbitrary.js";

/**
 * The formatter against the compiler: formatting is idempotent, keeps every
 * comment, and the formatted text compiles to the same IR as the original
 * (spans aside, and the source text of expressions up to layout and comments).
 */

/** The IR without spans; `src` without whitespace and comments (the formatter moves comments out of expressions). */
function comparable(ir: unknown): unknown {
  if (ir === undefined) return undefined;
  return JSON.parse(JSON.stringify(ir), (key, value: unknown) => {
    if (key === "span") return undefined;
    if (key === "src" && typeof value === "string") return withoutLayout(value);
    return value;
  });
}

/** A diagnostic's code and message, the quoted source text up to layout and comments. */
const said = (d: { code: string; message: string }): string => `${d.code} ${withoutLayout(d.message)}`;
const withoutLayout = (s: string): string => s.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").replace(/\s+/g, "");

const commentsOf = (text: string): string[] =>
  parse(text, "p.subsidia")
    .ast.comments.map((c) => c.text.trimEnd())
    .sort();

function checkFormatting(text: string, file: string): string {
  const once = format(text, file);
  expect(once.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const formatted = once.text ?? "";
  expect(format(formatted, file).text).toBe(formatted);
  expect(commentsOf(formatted)).toEqual(commentsOf(text));
  const [before, after] = [compile(text, file), compile(formatted, file)];
  expect(after.diagnostics.map(said)).toEqual(before.diagnostics.map(said));
  expect(comparable(after.ir)).toEqual(comparable(before.ir));
  return formatted;
}

const repo = new URL("../../../", import.meta.url).pathname;
const fixtures = join(repo, "corpus");
const files = [
  "policies/heilongjiang/biomanufacturing-2026.subsidia",
  ...readdirSync(fixtures)
    .map((d) => `corpus/${d}/input.subsidia`)
    .filter((f) => existsSync(join(repo, f))),
].filter((f) => !f.includes("errors-syntax"));

describe("formatting the repository's policies", () => {
  test.each(files)("%s: idempotent, comments kept, same IR", (file) => {
    checkFormatting(readFileSync(join(repo, file), "utf8"), file);
  });

  test("the flagship is already in the canonical style", () => {
    const text = readFileSync(join(repo, files[0]!), "utf8");
    expect(format(text).text).toBe(text);
  });
});

describe("formatting generated policies", () => {
  test("generated policies compile, whatever their layout and comments", () => {
    fc.assert(
      fc.property(policyText, (text) => {
        const r = compile(text, "generated.subsidia");
        expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test("format(format(x)) = format(x), every comment kept, and the same IR", () => {
    fc.assert(
      fc.property(policyText, (text) => {
        checkFormatting(text, "generated.subsidia");
      }),
      { numRuns: Number(process.env.FORMAT_RUNS ?? 300) },
    );
  }, 600_000);
});
