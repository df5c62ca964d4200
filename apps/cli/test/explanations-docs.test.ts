import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/** docs/explanations.md shows real output: each example is run again and compared. */
const page = readFileSync(join(repo, "docs/explanations.md"), "utf8");
const facts = "examples/near-miss.json";

/** The output under a `$ command` line of a console block, up to the next `$` line or the closing fence. */
function shown(command: string): string {
  const start = page.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`docs/explanations.md does not show \`${command}\``);
  const body = page.slice(page.indexOf("\n", start) + 1);
  const end = Math.min(...["```", "\n$ "].map((m) => body.indexOf(m)).filter((i) => i >= 0));
  return body.slice(0, end);
}

/** The JSON blocks of the page, parsed. */
const jsonBlocks = [...page.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]!));

const tmp = mkdtempSync(join(tmpdir(), "subsidia-explanations-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("docs/explanations.md", () => {
  test("the report with why not and near misses is what `eval` prints", () => {
    const r = cli(["eval", flagship, "--facts", facts]);
    expect(r.code).toBe(0);
    expect(shown(`npx subsidia eval ${flagship} --facts ${facts}`)).toBe(r.stdout);
  });

  test("the Chinese why-not excerpt is part of what `eval --lang zh` prints", () => {
    const r = cli(["eval", flagship, "--facts", facts, "--lang", "zh"]);
    expect(r.code).toBe(0);
    const excerpt = shown(`npx subsidia eval ${flagship} --facts ${facts} --lang zh`)
      .replace(/^\.\.\.\n/, "")
      .replace(/\.\.\.\n$/, "");
    expect(excerpt).toContain("→ 若 projects[0].fixedAssetInvestment 19999999.99 → 20000000，可获 400万元");
    expect(r.stdout).toContain(excerpt);
  });

  test("the --fixed example: outcomes are proposed as near misses until they are named fixed", () => {
    const outcomes = ["eval", flagship, "--facts", "examples/outcomes.json"];
    const fixed = ["--fixed", "pilotPlatforms.performanceQualified", "--fixed", "projects.highTech"];
    for (const extra of [[], fixed]) {
      const r = cli([...outcomes, ...extra]);
      expect(r.code).toBe(0);
      const part = shown(`npx subsidia ${[...outcomes, ...extra].join(" ")}`)
        .replace(/^\.\.\.\n/, "")
        .replace(/\.\.\.\n?$/, "");
      expect(part).toContain("line 147: p.performanceQualified: false, expected true");
      expect(part.includes("→ would pay")).toBe(extra.length === 0);
      expect(r.stdout).toContain(part);
    }
  });

  test("the what-if example is the end of what `eval --what-if` prints", () => {
    const changes = ["projects[0].fixedAssetInvestment=20000000", "techContracts[0].seller=university"];
    const r = cli(["eval", flagship, "--facts", facts, ...changes.flatMap((c) => ["--what-if", c])]);
    const command = `npx subsidia eval ${flagship} --facts ${facts} ${changes.map((c) => `--what-if '${c}'`).join(" ")}`;
    const tail = shown(command).replace(/^\.\.\.\n/, "");
    expect(r.stdout.endsWith(tail)).toBe(true);
    expect(tail).toContain("What if");
  });

  const values = ["corpus/explain-values/input.subsidia", "--facts", "corpus/explain-values/facts.json"];

  test("the intermediate values example is the article `eval` prints", () => {
    const r = cli(["eval", ...values]);
    expect(r.code).toBe(0);
    const article = shown(`npx subsidia eval ${values.join(" ")}`).replace(/^\.\.\.\n/, "");
    expect(article).toContain("where workshopCap = 2000000 元 (the value from 2027-01-01, on 2027-03-01)");
    expect(r.stdout).toContain(article);
  });

  test("the intermediate values JSON is the cap step `eval --json` writes", () => {
    const out = JSON.parse(cli(["eval", ...values, "--json"]).stdout);
    const cap = out.awards
      .find((a: { clause: string }) => a.clause === "byCase")
      .explanation.find((s: { kind: string }) => s.kind === "cap");
    expect(jsonBlocks[0]).toEqual(cap);
  });

  test("with --lang zh the values keep their units", () => {
    const r = cli(["eval", ...values, "--lang", "zh"]);
    expect(r.stdout).toContain("；其中 workshopCap = 2000000 元（自 2027-01-01 起适用的值，申请日 2027-03-01）");
    expect(r.stdout).toContain("；其中 if firm.revenue > 1亿元：条件成立，取 `then` → 1%");
  });

  test("the JSON entries are those of `eval --json`", () => {
    const out = JSON.parse(cli(["eval", flagship, "--facts", facts, "--json"]).stdout);
    const { conditions: _, ...project } = out.notAwarded.find(
      (n: { clause: string }) => n.clause === "projectConstruction",
    );
    const capped = out.notAwarded.find((n: { kind: string }) => n.kind === "reduced");
    // the page's last two JSON blocks (the first one, before them, shows intermediate values)
    expect(jsonBlocks.slice(-2)).toEqual([project, capped]);
  });

  test("the cliff-edge table is what `population cliffs` prints", () => {
    const sample = cli(["population", "sample", flagship, "--count", "200", "--seed", "7"]);
    const file = join(tmp, "applicants.jsonl");
    writeFileSync(file, sample.stdout);
    const r = cli(["population", "cliffs", flagship, "--facts", file]);
    expect(r.code).toBe(0);
    expect(shown(`npx subsidia population cliffs ${flagship} --facts applicants.jsonl`)).toBe(r.stdout);
  });

  test("the what-if example over two policies is the end of what `eval A B --what-if` prints", () => {
    const both = [flagship, "policies/examples/demo-platform-support.subsidia"];
    const applicant = "examples/library/applicant.json";
    const change = "pilotPlatforms[0].nationalPilotPlatform=true";
    const r = cli(["eval", ...both, "--facts", applicant, "--what-if", change]);
    expect(r.code).toBe(0);
    const tail = shown(`npx subsidia eval ${both.join(" ")} --facts ${applicant} --what-if '${change}'`).replace(
      /^\.\.\.\n/,
      "",
    );
    expect(tail).toContain("demo-platform-support: 8000000.00 元 (800万元) → 0.00 元 (-8000000.00)");
    expect(r.stdout.endsWith(tail)).toBe(true);
    const json = JSON.parse(cli(["eval", ...both, "--facts", applicant, "--what-if", change, "--json"]).stdout);
    expect(json.whatIf.total).toEqual({ before: "10000000.00", after: "11000000.00", change: "+1000000.00" });
    expect(
      json.whatIf.policies.map((p: { policy: string; total: { change: string } }) => [p.policy, p.total.change]),
    ).toEqual([
      ["hlj-biomanufacturing-2026", "+9000000.00"],
      ["demo-platform-support", "-8000000.00"],
    ]);
  });
});
