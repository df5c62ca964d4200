#!/usr/bin/env node
// Re-runs every `$ npx subsidia …` of the console blocks of a docs page and writes what the
// command prints today under it (the page's test, test/library-docs.test.ts, compares them).
// Usage, from the repository root after a build: node apps/cli/scripts/update-doc-examples.mjs docs/library.md
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const page = process.argv[2] ?? "docs/library.md";
const text = readFileSync(page, "utf8");
const updated = text.replace(/^```console\n([\s\S]*?)^```$/gm, (_block, body) => {
  const parts = body.split(/^\$ /m).filter((p) => p !== "");
  const out = parts.map((part) => {
    const [command = ""] = part.split("\n");
    if (!command.startsWith("npx subsidia ")) return `$ ${part}`;
    const args = command.slice("npx subsidia ".length).split(" ");
    const env = { ...process.env, NO_COLOR: "1", LANG: "C", LC_ALL: "", LC_MESSAGES: "" };
    const r = spawnSync("npx", ["subsidia", ...args], { encoding: "utf8", env });
    return `$ ${command}\n${r.stdout}`;
  });
  return `\`\`\`console\n${out.join("")}\`\`\``;
});
writeFileSync(page, updated);
