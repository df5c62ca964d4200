import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { consoleExamples, shows } from "./doc-examples.js";
import { cli, repo } from "./run-cli.js";

describe("docs/library.md shows what the commands print today", () => {
  const found = consoleExamples(readFileSync(join(repo, "docs/library.md"), "utf8"));
  test("has the examples of every command of the library", () => {
    expect(new Set(found.map((e) => e.args[0]))).toEqual(new Set(["library", "eval", "diff", "match"]));
  });
  test.each(found.map((e) => [e.args.join(" "), e] as const))("subsidia %s", (_name, e) => {
    const r = cli(e.args);
    expect(r.stderr).toBe("");
    // `...` first: the example shows the end of the output
    if (!shows(e.shown, r.stdout)) expect(r.stdout).toBe(e.shown);
  });
});
