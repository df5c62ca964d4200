import { describe, expect, it } from "vitest";
import { consoleExamples, rewriteConsoleBlocks } from "./doc-examples.js";

const page = [
  "Intro",
  "```console",
  "$ npx subsidia eval 'a.subsidia' --facts f.json",
  "old output",
  "$ npx subsidia match --what-if x",
  "...",
  "old last line",
  "$ ls",
  "kept as it is",
  "```",
  "",
].join("\n");

describe("the console blocks of a docs page", () => {
  it("reads each command's arguments as the shell does, single quotes removed", () => {
    expect(consoleExamples(page).map((e) => e.args)).toEqual([
      ["eval", "a.subsidia", "--facts", "f.json"],
      ["match", "--what-if", "x"],
    ]);
  });

  it("rewrites the outputs, keeping as many last lines after `...` as were shown, and other commands as they are", () => {
    const run = (args: string[]) => (args[0] === "eval" ? "new output\n" : "first\nsecond\nnew last line\n");
    expect(rewriteConsoleBlocks(page, run)).toBe(
      page.replace("old output", "new output").replace("old last line", "new last line"),
    );
  });
});
