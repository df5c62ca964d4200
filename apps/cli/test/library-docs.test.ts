import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

/** Each `$ npx subsidia …` of a console block in docs/library.md, with the output shown under it. */
function examples(page: string): { args: string[]; shown: string }[] {
  const text = readFileSync(join(repo, page), "utf8");
  const out: { args: string[]; shown: string }[] = [];
  for (const block of text.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    const parts = block[1]!.split(/^\$ /m).filter((p) => p !== "");
    for (const part of parts) {
      const [command = "", ...lines] = part.split("\n");
      if (!command.startsWith("npx subsidia ")) continue;
      // an argument in single quotes is one argument, as the shell reads it (none holds a space)
      const args = command
        .slice("npx subsidia ".length)
        .split(" ")
        .map((a) => a.replace(/^'(.*)'$/, "$1"));
      out.push({ args, shown: lines.join("\n") });
    }
  }
  return out;
}

describe("docs/library.md shows what the commands print today", () => {
  const found = examples("docs/library.md");
  test("has the examples of every command of the library", () => {
    expect(new Set(found.map((e) => e.args[0]))).toEqual(new Set(["library", "eval", "diff", "match"]));
  });
  test.each(found.map((e) => [e.args.join(" "), e] as const))("subsidia %s", (_name, e) => {
    const r = cli(e.args);
    expect(r.stderr).toBe("");
    // `...` first: the example shows the end of the output
    if (e.shown.startsWith("...\n")) expect(r.stdout.endsWith(e.shown.slice(4))).toBe(true);
    else expect(r.stdout).toBe(e.shown);
  });
});
