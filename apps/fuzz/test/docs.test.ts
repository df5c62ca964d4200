import { readFileSync } from "node:fs";
import { MAX_DIAGNOSTICS, MAX_EXPRESSION_DEPTH, MAX_NESTING, MAX_TEXT_LENGTH } from "@subsidia/syntax";
import { describe, expect, it } from "vitest";
import { corpusDir } from "../src/corpus.js";

/** docs/reliability.md states the limits the packages enforce, and its examples are real. */
const page = readFileSync(new URL("../../../docs/reliability.md", import.meta.url), "utf8");
const section = (title: string) => page.split(`## ${title}\n`)[1]?.split("\n## ")[0] ?? "";
const row = (name: string) =>
  section("Policy text")
    .split("\n")
    .find((l) => l.startsWith(`| ${name} |`)) ?? "";

describe("docs/reliability.md", () => {
  it("states the limits of a policy text that the syntax package exports", () => {
    expect(row("length of a file")).toContain(`| ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters`);
    expect(row("brackets and prefix operators")).toContain(`| ${MAX_NESTING} nested`);
    expect(row("depth of an expression")).toContain(`| ${MAX_EXPRESSION_DEPTH} levels`);
    expect(row("errors listed")).toContain(`| ${MAX_DIAGNOSTICS} per file`);
    expect(row("warnings listed")).toContain(`| ${MAX_DIAGNOSTICS} per file`);
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
