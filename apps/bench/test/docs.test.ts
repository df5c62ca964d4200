import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { repo } from "../src/policy.js";

const page = readFileSync(join(repo, "docs/performance.md"), "utf8");
const example = "apps/bench/examples/compiled-amounts.ts";

test("the compiled example of docs/performance.md is the example file, and prints what the page shows", () => {
  expect(page).toContain(`\`\`\`ts\n${readFileSync(join(repo, example), "utf8")}\`\`\``);
  const command = `node --conditions=source --import tsx ${example}`;
  const at = page.indexOf(`$ ${command}\n`);
  expect(at, `the page shows \`${command}\``).toBeGreaterThan(0);
  const shown = page.slice(at + command.length + 3, page.indexOf("```", at));
  const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", example], {
    cwd: repo,
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(shown);
});

test("the page holds a table from a full run of the benchmark", () => {
  const table = page.slice(page.indexOf("<!-- bench:start -->"), page.indexOf("<!-- bench:end -->"));
  for (const row of [
    "parse + compile the flagship, warm",
    "hand-written, exact integer cents (**the limit**)",
    "hand-written, decimal.js",
    "compiled evaluator",
    "interpreter with explanations",
    "public `evaluate(ir, facts)`",
    "json-logic-js",
    "json-rules-engine",
    "the flagship 10 times over",
    "batch: 1,000,000 applicants",
  ])
    expect(table).toContain(row);
});
