#!/usr/bin/env node
// Re-runs every `$ npx subsidia …` of the console blocks of a docs page and writes what the
// command prints today under it (the page's test, test/library-docs.test.ts, compares them; an
// output shown from `...` keeps as many last lines as it showed).
// Usage, from the repository root after a build:
//   node --import tsx apps/cli/scripts/update-doc-examples.ts docs/library.md
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { rewriteConsoleBlocks } from "../test/doc-examples.js";

const page = process.argv[2] ?? "docs/library.md";
const env = { ...process.env, NO_COLOR: "1", LANG: "C", LC_ALL: "", LC_MESSAGES: "" };
const run = (args: string[]) => spawnSync("npx", ["subsidia", ...args], { encoding: "utf8", env }).stdout;
writeFileSync(page, rewriteConsoleBlocks(readFileSync(page, "utf8"), run));
