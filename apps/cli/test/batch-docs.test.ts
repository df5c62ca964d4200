import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

test("the `subsidia batch` example of docs/performance.md is what it prints today", () => {
  const page = readFileSync(join(repo, "docs/performance.md"), "utf8");
  const start = page.indexOf("$ printf '%s\\n' ");
  expect(start, "docs/performance.md shows a `printf … | npx subsidia batch` example").toBeGreaterThan(0);
  const [command, ...shown] = page.slice(start, page.indexOf("```", start)).trimEnd().split("\n");
  const input = [...command!.split(" | ")[0]!.matchAll(/'(\{[^']*)'/g)].map((m) => m[1]!);
  const args = command!.split(" | npx subsidia ")[1]!.split(" ");
  const r = cli(args, `${input.join("\n")}\n`);
  expect(r.stdout).toBe(`${shown.join("\n")}\n`);
  expect(r.stderr).toMatch(
    /^3 applicants → standard output in [\d.]+ s, [\d,]+\/s; 2 error records \(lines 2, 3\)\ntotal due 2000000\.00 元 \(200万元\); with up-to 2000000\.00 元 \(200万元\)\n$/,
  );
});
