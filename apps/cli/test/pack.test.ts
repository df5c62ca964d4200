import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { flagship, repo } from "./run-cli.js";

const cliDir = join(repo, "apps/cli");
const food = { applicationDate: "2026-06-30", newFoodApprovals: [{ id: "nf-1", category: "new-food-ingredient" }] };

/**
 * What a user gets from the registry: `npm pack` of the package with a fresh bundle (what `prepack` builds),
 * installed into an empty folder with nothing else (no workspace, no network), then run. The package is
 * bundled and packed from a copy: `prepack` in place would rebuild `dist/bundle` while the other test
 * files run the CLI from it.
 */
describe("the published package", () => {
  const tmp = mkdtempSync(join(tmpdir(), "subsidia-pack-"));
  const npm = (args: string[], cwd: string) =>
    execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });
  const pkg = join(tmp, "package");
  for (const f of ["package.json", "README.md", "bin"]) cpSync(join(cliDir, f), join(pkg, f), { recursive: true });
  execFileSync(process.execPath, [join(cliDir, "scripts/bundle.mjs"), join(pkg, "dist/bundle")], { cwd: cliDir });
  npm(["pack", "--ignore-scripts", "--pack-destination", tmp], pkg);
  const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"))!;
  const app = join(tmp, "app");
  execFileSync("mkdir", [app]);
  npm(["init", "-y"], app);
  npm(["install", "--offline", join(tmp, tarball)], app);
  const bin = join(app, "node_modules/.bin/subsidia");
  const run = (args: string[], input?: string) => spawnSync(bin, args, { cwd: app, input, encoding: "utf8" });

  test("installs with no dependency of its own and evaluates an applicant", () => {
    expect(readdirSync(join(app, "node_modules")).sort()).toEqual([".bin", ".package-lock.json", "subsidia"]);
    const r = run(["eval", join(repo, flagship), "--facts", "-", "--json"], JSON.stringify(food));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe("2000000.00");
  });

  test("its batch workers start from the bundle", () => {
    const r = run(["batch", join(repo, flagship), "--facts", "-", "--workers", "2"], `${JSON.stringify(food)}\n{}\n`);
    expect(
      r.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).line),
    ).toEqual([1, 2]);
    expect(r.status).toBe(1);
  });

  test("DuckDB is not installed with it: `--engine duckdb` says how to add it", () => {
    const r = run(["batch", join(repo, flagship), "--facts", "-", "--engine", "duckdb"], `${JSON.stringify(food)}\n`);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("npm install @duckdb/node-api@1.5.6-r.1");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).not.toBe(0);
  });

  test("its decision service starts, answers and logs the release that decided", async () => {
    const log = join(tmp, "decisions.jsonl");
    const serve = spawn(bin, ["serve", "--policies", join(repo, "policies"), "--port", "0", "--decision-log", log], {
      cwd: app,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => serve.on("exit", resolve));
    const url = await new Promise<string>((resolve, reject) => {
      serve.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`subsidia serve exited with ${code}: ${stderr}`)));
    });
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const r = await fetch(`${url}/v1/policies/hlj-biomanufacturing-2026/evaluate`, {
        method: "POST",
        body: JSON.stringify(food),
        headers: { "content-type": "application/json" },
      });
      expect(((await r.json()) as { total: string }).total).toBe("2000000.00");
    } finally {
      serve.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    const version = (JSON.parse(readFileSync(join(cliDir, "package.json"), "utf8")) as { version: string }).version;
    expect(JSON.parse(readFileSync(log, "utf8").split("\n")[0]!).engine.version).toBe(version);
    expect(run(["--version"]).stdout.trim()).toBe(version);
  });

  test("`init` makes a project whose own scripts and workflow steps pass with the installed package", () => {
    const project = join(tmp, "rd-policies");
    const created = run(["init", project]);
    expect([created.status, created.stderr]).toEqual([0, ""]);
    // the project depends on `subsidia`: here the packed one, as `npm install` would fetch it from the registry
    npm(["install", "--offline", "-D", join(tmp, tarball)], project);
    const inProject = (command: string) => spawnSync("sh", ["-c", command], { cwd: project, encoding: "utf8" });
    for (const script of ["npm run check", "npm test"]) expect(inProject(script).status, script).toBe(0);
    const workflow = parseYaml(readFileSync(join(project, ".github/workflows/policies.yml"), "utf8"));
    const steps: string[] = workflow.jobs.policies.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : []));
    const checks = steps.filter((s) => s.startsWith("npx subsidia "));
    expect(checks).toHaveLength(3);
    for (const step of checks) {
      const r = inProject(step);
      expect(r.status, `${step}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    // the pull-request step's command on a committed project with an edited cap
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: project });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "policy");
    const policy = join(project, "policies/rd-policies.subsidia");
    writeFileSync(policy, readFileSync(policy, "utf8").replace("cap 200万元", "cap 150万元"));
    const diff = inProject("npx subsidia diff --git HEAD policies/rd-policies.subsidia --markdown --lang zh");
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain("| 1 | `rdGrant` | 上限下调：200万元 → 150万元 |");
    expect(diff.stdout).toContain("### 政策差异：`rd-policies`");
  });

  test("--help lists every command", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    for (const c of ["check", "compile", "eval", "test", "fmt", "diff", "population", "codegen", "batch"])
      expect(r.stdout).toContain(`  ${c}`);
  });
});
