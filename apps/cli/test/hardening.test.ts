import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, cliCommand, flagship, repo } from "./run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "subsidia-hard-"));
const write = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};
const food = { applicationDate: "2026-06-30", newFoodApprovals: [{ id: "nf-1", category: "new-food-ingredient" }] };
const demo = "policies/examples/demo-platform-support.subsidia";

describe("unknown facts", () => {
  test("eval: a misspelt fact is an error with its path and the likely spelling", () => {
    const r = cli(["eval", flagship, "--facts", "-", "--json"], JSON.stringify({ ...food, project: [] }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("project: unknown fact; did you mean `projects`?");
  });
  test("eval of several policies: a fact one of them declares is known", () => {
    const facts = JSON.parse(readFileSync(join(repo, "apps/cli/test/data/stacking.facts.json"), "utf8"));
    const ok = cli(["eval", flagship, demo, "--facts", "-", "--json"], JSON.stringify(facts));
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const bad = cli(
      ["eval", flagship, demo, "--facts", "-", "--json"],
      JSON.stringify({ ...facts, pilotPlatform: [] }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("pilotPlatform: unknown fact; did you mean `pilotPlatforms`?");
  });
  test("batch: an error record with the path", () => {
    const r = cli(["batch", flagship, "--facts", "-"], `${JSON.stringify({ ...food, projcts: [] })}\n`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      line: 1,
      error: "invalid facts",
      problems: [{ path: "projcts", message: "unknown fact; did you mean `projects`?" }],
    });
  });
});

describe("JSON Lines are split on line feeds only", () => {
  const lines = `{"applicationDate":"2026-06-30",\r"newFoodApprovals":[]}\n{"bad"\r\n${JSON.stringify(food)}\n`;
  test("batch: a bare carriage return is white space; CRLF ends a line; line numbers right", () => {
    const r = cli(["batch", flagship, "--facts", "-"], lines);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((x) => [x.line, x.total ?? x.error.slice(0, 14)])).toEqual([
      [1, "0.00"],
      [2, "malformed JSON"],
      [3, "2000000.00"],
    ]);
  });
  test("diff --population: the same lines, the same numbers; skipped lines make the exit status 1", () => {
    const file = write("pop.jsonl", lines);
    const r = cli(["diff", flagship, flagship, "--population", file, "--json"]);
    expect(r.stderr).toContain(`${file}:2:`);
    expect(r.stderr).not.toContain(`${file}:1:`);
    expect(JSON.parse(r.stdout).impact.applicants).toBe(2);
    expect(r.code).toBe(1);
  });
});

describe("limits on facts", () => {
  test("facts nested 10,000 deep: refused with the path, no stack overflow", () => {
    const deep = `{"applicationDate":"2026-06-30","projects":[{"id":${"[".repeat(10_000)}${"]".repeat(10_000)}}]}`;
    const r = cli(["eval", flagship, "--facts", "-"], deep);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("projects[0].id");
    expect(r.stderr).toContain("nested deeper than 64 levels");
    expect(r.stderr).not.toMatch(/call stack| {4}at /);
    const b = cli(["batch", flagship, "--facts", "-"], `${deep}\n`);
    expect(JSON.parse(b.stdout).error).toContain("nested deeper than 64 levels");
  });
  test("size, depth and list length are configurable", () => {
    const facts = JSON.stringify({ ...food, newFoodApprovals: [food.newFoodApprovals[0], food.newFoodApprovals[0]] });
    const items = cli(["eval", flagship, "--facts", "-", "--max-items", "1"], facts);
    expect(items.stderr).toContain("newFoodApprovals: expected a list of at most 1 items, got 2");
    const size = cli(["eval", flagship, "--facts", "-", "--max-bytes", "100"], facts);
    expect(size.code).toBe(1);
    expect(size.stderr).toContain(`standard input: ${facts.length} bytes, more than the limit of 100`);
    const depth = cli(["eval", flagship, "--facts", "-", "--max-depth", "2"], facts);
    expect(depth.stderr).toContain("newFoodApprovals[0]: nested deeper than 2 levels");
    const usage = cli(["eval", flagship, "--facts", "-", "--max-depth", "many"], facts);
    expect(usage.code).toBe(2);
  });
});

describe("what is echoed to the terminal", () => {
  test("control characters from facts are escaped", () => {
    const r = cli(
      ["eval", flagship, "--facts", "-"],
      JSON.stringify({ ...food, "\u001b[2J": 1, projects: "\u001b]0;pwned\u0007\nx" }),
    );
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stderr).toContain("\\u001b");
  });
  test("control characters from a policy are escaped", () => {
    const file = write("esc.subsidia", 'policy "x\u001b[2J" {\n  title "t\u001b]0;pwned\u0007"\n}\n');
    const r = cli(["check", file]);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
  test("a facts file with a UTF-8 BOM is read by eval as by batch", () => {
    const file = write("bom.json", `\ufeff${JSON.stringify(food)}`);
    const r = cli(["eval", flagship, "--facts", file, "--json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).total).toBe("2000000.00");
  });
  test("malformed JSON: the message starts in lower case", () => {
    const r = cli(["eval", flagship, "--facts", "-"], "{,}");
    expect(r.stderr).toMatch(/standard input:1:2: malformed JSON: [a-z]/);
  });
});

describe("exit codes and usage", () => {
  test.each([
    [["diff", flagship]],
    [["batch", flagship, "--facts", "-", "--workers", "0"]],
    [["population", "sample", flagship, "--count", "abc"]],
    [["diff", flagship, flagship, "--top", "x"]],
    [["eval", flagship, flagship, "--facts", "-"]],
  ])("wrong usage exits 2: %s", (args) => {
    const r = cli(args, "{}");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: /);
  });
  test("check and test on a folder without policies, or a file that is not one, say so and exit 1", () => {
    const empty = join(tmp, "empty");
    mkdirSync(empty);
    for (const cmd of ["check", "test"]) {
      const r = cli([cmd, empty]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`no \`.subsidia\` files in \`${empty}\``);
      const f = cli([cmd, join(repo, "README.md")]);
      expect(f.code).toBe(1);
      expect(f.stderr).toContain("not a policy file");
    }
  });
  test("check walks folders without crashing on a dangling link, skipping node_modules and hidden folders", () => {
    const dir = join(tmp, "walk");
    mkdirSync(join(dir, "node_modules/x"), { recursive: true });
    mkdirSync(join(dir, ".git"), { recursive: true });
    writeFileSync(join(dir, "node_modules/x/bad.subsidia"), "garbage");
    writeFileSync(join(dir, ".git/bad.subsidia"), "garbage");
    writeFileSync(join(dir, "good.subsidia"), readFileSync(join(repo, demo)));
    symlinkSync(join(dir, "missing.subsidia"), join(dir, "dangling.subsidia"));
    const r = cli(["check", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no problems found");
  });
  test("check and test take --json", () => {
    const c = cli(["check", "apps/cli/test/data/broken.subsidia", "--json"]);
    expect(c.code).toBe(1);
    expect(JSON.parse(c.stdout)).toMatchObject({ errors: 1, files: [{ diagnostics: [{ code: "T001" }] }] });
    const t = cli(["test", demo, "--json"]);
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout)).toMatchObject({ failed: 0, files: [{ file: demo, compiled: true }] });
  });
  test("fmt --check - reports the result", () => {
    const text = readFileSync(join(repo, demo), "utf8");
    const same = cli(["fmt", "--check", "-"], text);
    expect([same.code, same.stdout]).toEqual([0, "standard input is formatted\n"]);
    const changed = cli(["fmt", "--check", "-"], text.replace("\n", "\n\n\n"));
    expect([changed.code, changed.stdout]).toEqual([1, "standard input would be reformatted\n"]);
  });
});

describe("no stack trace, ever", () => {
  test("compile | head -1 exits quietly when the reader goes away", async () => {
    const child = spawn(process.execPath, [...cliCommand, "compile", flagship], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((done) => child.on("close", done));
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});

describe("an interrupted batch", () => {
  test("SIGTERM: a summary on stderr and a marker that the output is incomplete", async () => {
    const out = join(tmp, "interrupted.jsonl");
    const child = spawn(
      process.execPath,
      [...cliCommand, "batch", flagship, "--facts", "-", "--out", out, "--workers", "1"],
      { cwd: repo, stdio: ["pipe", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdin.write(`${JSON.stringify(food)}\n`.repeat(10));
    // the stream stays open: the batch waits for more lines until the signal. The output file
    // exists once the policy compiled and reading began; the lines written are read then.
    while (!existsSync(out)) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGTERM");
    const code = await new Promise((done) => child.on("close", done));
    expect(code).toBe(143);
    expect(err).toContain("interrupted by SIGTERM: the output is incomplete");
    const records = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.at(-1)).toEqual({ incomplete: true, reason: "interrupted by SIGTERM", lines: 10 });
    expect(records.slice(0, -1).map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
