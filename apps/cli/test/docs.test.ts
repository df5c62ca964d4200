import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@subsidia/compiler";
import { runPolicyTests } from "@subsidia/runtime";
import { describe, expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

/** Every ```subsidia block in these pages is a complete policy: it must compile without errors and its tests pass. */
const pages = ["docs/language.md", "docs/cli.md"];

function blocks(markdown: string): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  const re = /^```subsidia\n([\s\S]*?)^```$/gm;
  for (let m: RegExpExecArray | null; (m = re.exec(markdown)); )
    out.push({ code: m[1]!, line: markdown.slice(0, m.index).split("\n").length });
  return out;
}

describe.each(pages)("%s", (page) => {
  const found = blocks(readFileSync(join(repo, page), "utf8"));
  test("has examples", () => expect(found.length).toBeGreaterThan(0));
  test.each(found.map((b) => [b.line, b] as const))(
    "the example at line %i compiles and its tests pass",
    (_line, b) => {
      const r = compile(b.code, `${page}:${b.line}`);
      expect(
        r.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => `${d.span.line}:${d.span.column} ${d.code} ${d.message}`),
      ).toEqual([]);
      const failures = runPolicyTests(r.ir!)
        .filter((t) => !t.passed)
        .map((t) => `${t.name}: ${t.failures.join("; ")}`);
      expect(failures).toEqual([]);
    },
  );
});

/** A console block in a page: the command after `$ ` and the output lines after it, up to the closing fence. */
function consoleBlock(page: string, command: string): string {
  const text = readFileSync(join(repo, page), "utf8");
  const start = text.indexOf(`$ ${command}`);
  if (start < 0) throw new Error(`${page} does not show \`${command}\``);
  const body = text.slice(text.indexOf("\n", start) + 1);
  return body.slice(0, body.indexOf("```"));
}

test("the worked example of the flagship page is what `subsidia eval` prints today", () => {
  const shown = consoleBlock(
    "docs/policies/heilongjiang-biomanufacturing-2026.md",
    "npx subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts examples/applicant.json",
  );
  const r = cli(["eval", "policies/heilongjiang/biomanufacturing-2026.subsidia", "--facts", "examples/applicant.json"]);
  expect(r.code).toBe(0);
  expect(shown).toBe(r.stdout);
});

test("the `check` example of docs/cli.md is what `subsidia check` prints today", () => {
  const shown = consoleBlock("docs/cli.md", "npx subsidia check apps/cli/test/data/broken.subsidia");
  const r = cli(["check", "apps/cli/test/data/broken.subsidia"]);
  expect(shown).toBe(r.stdout);
});

test("the invalid-facts example of docs/cli.md is what `subsidia eval` prints today", () => {
  const shown = consoleBlock("docs/cli.md", 'echo \'{"projects"').split("\n").slice(1).join("\n");
  const facts = '{"projects":[{"id":"p","construction":"rebuild","highTech":true,"fixedAssetInvestment":"-5"}]}';
  const r = cli(["eval", "policies/heilongjiang/biomanufacturing-2026.subsidia", "--facts", "-", "--json"], facts);
  expect(r.stdout).toBe("");
  expect(shown).toBe(r.stderr);
});
