import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const schema = JSON.parse(readFileSync(new URL("data/github-workflow.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe("subsidia init", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "subsidia-init-")), "rd-grants");
  const created = cli(["init", dir]);

  test("creates a policy, facts, a README in Chinese and English, .gitignore, package.json and a workflow", () => {
    expect(created.code).toBe(0);
    expect(created.stderr).toBe("");
    const files = ["policies/rd-grants.subsidia", "facts/example.json", "README.md", ".gitignore", "package.json"];
    for (const f of [...files, ".github/workflows/policies.yml"]) expect(created.stdout).toContain(join(dir, f));
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme).toContain("## 下一步");
    expect(readme).toContain("## Next steps");
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).devDependencies.subsidia).toBe("^0.1.0");
  });

  test("the new project passes its own check, test with full coverage and fmt --check", () => {
    const policies = join(dir, "policies");
    const check = cli(["check", policies]);
    expect(check.stdout).toBe("no problems found\n");
    const tests = cli(["test", "--min-coverage", "100", policies]);
    expect(tests.code).toBe(0);
    expect(tests.stdout).toContain("coverage 100%");
    expect(tests.stdout).toContain("5 passed, 0 failed");
    expect(cli(["fmt", "--check", policies]).code).toBe(0);
    const evaluated = cli(["eval", join(policies, "rd-grants.subsidia"), "--facts", join(dir, "facts/example.json")]);
    expect(evaluated.stdout).toContain("Total due:        1200000.00 元 (120万元)");
  });

  test("the workflow is a valid GitHub Actions workflow that runs the checks and posts the diff on pull requests", () => {
    const workflow = parseYaml(readFileSync(join(dir, ".github/workflows/policies.yml"), "utf8"));
    expect(validate(workflow), JSON.stringify(validate.errors)).toBe(true);
    const runs: string[] = workflow.jobs.policies.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : []));
    expect(runs).toContain("npx subsidia check policies");
    expect(runs).toContain("npx subsidia test --min-coverage 100 policies");
    expect(runs).toContain("npx subsidia fmt --check policies");
    const review = workflow.jobs.policies.steps.find((s: { name?: string }) => s.name?.includes("review"));
    expect(review.if).toBe("github.event_name == 'pull_request'");
    expect(review.run).toContain('npx subsidia diff --git "$BASE" "$f" --markdown');
    expect(review.run).toContain("gh pr review");
  });

  test("the schema catches a broken workflow: a misspelt key and a step with neither `uses` nor `run`", () => {
    const workflow = parseYaml(readFileSync(join(dir, ".github/workflows/policies.yml"), "utf8"));
    expect(validate({ ...workflow, job: workflow.jobs })).toBe(false);
    workflow.jobs.policies.steps.push({ name: "nothing" });
    expect(validate(workflow)).toBe(false);
  });

  test("refuses a folder that is not empty, and writes nothing there", () => {
    const full = mkdtempSync(join(tmpdir(), "subsidia-init-"));
    writeFileSync(join(full, "notes.txt"), "mine\n");
    const r = cli(["init", full]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("is not empty");
    expect(readdirSync(full)).toEqual(["notes.txt"]);
  });
});
