import { readFileSync } from "node:fs";
import { MAX_DIAGNOSTICS, MAX_EXPRESSION_DEPTH, MAX_NESTING, MAX_TEXT_LENGTH } from "@subsidia/syntax";
import { describe, expect, it } from "vitest";
import { corpusDir } from "../src/corpus.js";

/** docs/reliability.md states the limits the packages enforce, and its examples are real. */
const page = readFileSync(new URL("../../../docs/reliability.md", import.meta.url), "utf8");
const section = (title: string) => page.split(`## ${title}\n`)[1]?.split("\n## ")[0] ?? "";
/** The value cell of a row of the table of limits. */
const row = (name: string): string =>
  section("Policy text")
    .split("\n")
    .map((l) => l.split("|").map((cell) => cell.trim()))
    .find((cells) => cells[1] === name)?.[2] ?? "";
const startsWith = (n: number, unit: string) => new RegExp(`^${n.toLocaleString("en-US")} ${unit}`);

describe("docs/reliability.md", () => {
  it("states the limits of a policy text that the syntax package exports", () => {
    expect(row("length of a file")).toMatch(startsWith(MAX_TEXT_LENGTH, "characters"));
    expect(row("brackets and prefix operators")).toMatch(startsWith(MAX_NESTING, "nested"));
    expect(row("depth of an expression")).toMatch(startsWith(MAX_EXPRESSION_DEPTH, "levels"));
    expect(row("errors listed")).toMatch(startsWith(MAX_DIAGNOSTICS, "per file"));
    expect(row("warnings listed")).toMatch(startsWith(MAX_DIAGNOSTICS, "per file"));
  });

  it("shows a corpus entry as it is in the corpus", () => {
    const shown = /```json\n([\s\S]*?)```/.exec(section("Fuzzing"))?.[1] ?? "";
    const file = /\(`corpus\/(facts\/[^`]+)`\)/.exec(section("Fuzzing"))?.[1] ?? "";
    expect(JSON.parse(shown)).toEqual(JSON.parse(readFileSync(`${corpusDir}${file}`, "utf8")));
  });

  it("names the settings that the fuzz run reads", () => {
    const main = readFileSync(new URL("../src/main.ts", import.meta.url), "utf8");
    const named = [...section("Fuzzing").matchAll(/\b(FUZZ_[A-Z_]+)=/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set([...main.matchAll(/process\.env\.(FUZZ_[A-Z_]+)/g)].map((m) => m[1])));
  });
});
