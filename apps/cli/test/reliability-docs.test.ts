import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

/** The console examples of docs/reliability.md: `$ echo '<facts>' | npx subsidia <args>` and what it prints. */
const page = readFileSync(join(repo, "docs/reliability.md"), "utf8");
const examples = [...page.matchAll(/^```console\n\$ echo '(.*)' \| npx subsidia (.*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  input: `${m[1]}\n`,
  args: m[2]!.split(" "),
  shown: m[3]!,
}));

test("docs/reliability.md has its examples", () => expect(examples.length).toBe(2));

test.each(examples)("`subsidia $args` prints what docs/reliability.md shows", ({ input, args, shown }) => {
  const r = cli(args, input);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(shown);
});
