import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cacheDir } from "../src/cache/cache-dir.js";
import { cli, flagship, main, repo } from "./run-cli.js";

/** The cache of compiled policies (docs/cli.md): each test with a cache folder of its own. */
const fresh = () => mkdtempSync(join(tmpdir(), "subsidia-cache-"));
const entries = (dir: string): string[] => {
  try {
    return readdirSync(join(dir, "ir"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
};
const evalArgs = (policy: string) => ["eval", policy, "--facts", "examples/applicant.json", "--json"];
const withCache = (dir: string) => ({ SUBSIDIA_CACHE_DIR: dir });
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** An entry with a right header for `body` (KEY: replaced by the entry's key). */
const entry = (body: string) => `subsidia-ir-cache 1 KEY ${sha256(body)}\n${body}`;

/** A copy of the flagship in a folder of its own, with `more` appended (its name is part of the key). */
function flagshipCopy(more = ""): string {
  const file = join(mkdtempSync(join(tmpdir(), "subsidia-policy-")), "policy.subsidia");
  writeFileSync(file, readFileSync(join(repo, flagship), "utf8") + more);
  return file;
}

describe("the cache of compiled policies", () => {
  const uncached = cli([...evalArgs(flagship), "--no-cache"]);

  test("a first run writes one entry, a second reads it and prints the same as a run without the cache", () => {
    const dir = fresh();
    const miss = cli(evalArgs(flagship), undefined, withCache(dir));
    expect(entries(dir)).toHaveLength(1);
    const hit = cli(evalArgs(flagship), undefined, withCache(dir));
    expect(entries(dir)).toHaveLength(1);
    expect(uncached.code).toBe(0);
    for (const r of [miss, hit]) expect([r.code, r.stdout, r.stderr]).toEqual([0, uncached.stdout, ""]);
    // the report too, and `compile`: the IR printed from the cache is the compiler's
    const text = (args: string[]) => cli(args, undefined, withCache(dir)).stdout;
    const report = ["eval", flagship, "--facts", "examples/applicant.json"];
    expect(text(report)).toBe(cli([...report, "--no-cache"]).stdout);
    expect(text(["compile", flagship])).toBe(cli(["compile", flagship, "--no-cache"]).stdout);
  });

  test("a hit is read from the entry, not compiled again", () => {
    const dir = fresh();
    cli(evalArgs(flagship), undefined, withCache(dir));
    // an entry rewritten whole, its checksum with it, is what a later run uses
    const [path] = entries(dir);
    const text = readFileSync(path!, "utf8");
    const body = text.slice(text.indexOf("\n") + 1).replace('"id":"hlj-biomanufacturing-2026"', '"id":"from-cache"');
    const header = text.slice(0, text.indexOf("\n")).split(" ");
    writeFileSync(path!, `${[...header.slice(0, -1), sha256(body)].join(" ")}\n${body}`);
    expect(JSON.parse(cli(evalArgs(flagship), undefined, withCache(dir)).stdout).policy).toBe("from-cache");
  });

  test("an edit to the file misses: the new text is compiled and cached beside the old", () => {
    const dir = fresh();
    const file = flagshipCopy();
    const original = readFileSync(file, "utf8");
    const before = cli(evalArgs(file), undefined, withCache(dir));
    writeFileSync(file, original.replace("award 30% of", "award 31% of"));
    const after = cli(evalArgs(file), undefined, withCache(dir));
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(cli([...evalArgs(file), "--no-cache"]).stdout);
    expect(after.stdout).not.toBe(before.stdout);
    expect(entries(dir)).toHaveLength(2);
    // the old bytes again: the old entry, no third
    writeFileSync(file, original);
    expect(cli(evalArgs(file), undefined, withCache(dir)).stdout).toBe(before.stdout);
    expect(entries(dir)).toHaveLength(2);
  });

  test.each([
    ["truncated", (t: string) => t.slice(0, t.length / 2)],
    ["a body that does not match its checksum", (t: string) => t.replace('"irVersion"', '"irVersioN"')],
    ["another format", (t: string) => t.replace("subsidia-ir-cache 1", "subsidia-ir-cache 0")],
    ["empty", () => ""],
    ["not JSON, checksum and all", () => entry("{")],
    [
      "of a compile with errors, checksum and all",
      () => entry(JSON.stringify({ diagnostics: [{ severity: "error" }] })),
    ],
  ])("an entry %s is ignored and written anew", (_name, spoil) => {
    const dir = fresh();
    cli(evalArgs(flagship), undefined, withCache(dir));
    const [path] = entries(dir);
    const good = readFileSync(path!, "utf8");
    const key = good.split(" ")[2]!;
    writeFileSync(path!, spoil(good).replace("KEY", key));
    const r = cli(evalArgs(flagship), undefined, withCache(dir));
    expect([r.code, r.stdout, r.stderr]).toEqual([0, uncached.stdout, ""]);
    expect(readFileSync(path!, "utf8")).toBe(good);
  });

  test("a cache folder that cannot be written never fails the command", () => {
    // a folder below a plain file: no user, not even root, can create it
    const file = join(fresh(), "not-a-folder");
    writeFileSync(file, "");
    const r = cli(evalArgs(flagship), undefined, withCache(join(file, "cache")));
    expect([r.code, r.stdout, r.stderr]).toEqual([0, uncached.stdout, ""]);
  });

  test("`--no-cache` and SUBSIDIA_NO_CACHE=1 neither read nor write it", () => {
    const dir = fresh();
    expect(cli([...evalArgs(flagship), "--no-cache"], undefined, withCache(dir)).stdout).toBe(uncached.stdout);
    expect(cli(evalArgs(flagship), undefined, { ...withCache(dir), SUBSIDIA_NO_CACHE: "1" }).code).toBe(0);
    expect(entries(dir)).toEqual([]);
  });

  test("the warnings of a cached compile are printed as on the first run", () => {
    const dir = fresh();
    const file = flagshipCopy("\nparam unusedBonus: money = 10万元\n");
    const first = cli(["check", file], undefined, withCache(dir));
    expect(entries(dir)).toHaveLength(1);
    const second = cli(["check", file], undefined, withCache(dir));
    expect(first.stdout).toContain("A004");
    expect(first.stdout).toContain("1 warning");
    expect(second).toEqual(first);
    expect(cli(["check", file, "--json"], undefined, withCache(dir)).stdout).toBe(
      cli(["check", file, "--json", "--no-cache"]).stdout,
    );
  });

  test("a library's compile (`match`, `--with`) is cached too, keyed on every file of it", () => {
    const dir = fresh();
    const lib = join(mkdtempSync(join(tmpdir(), "subsidia-library-")), "policies");
    cpSync(join(repo, "policies"), lib, { recursive: true });
    const match = ["match", lib, "--facts", "examples/applicant.json", "--json"];
    const uncachedMatch = cli([...match, "--no-cache"]);
    expect(uncachedMatch.code).toBe(0);
    const miss = cli(match, undefined, withCache(dir));
    const after = entries(dir).length;
    expect(after).toBeGreaterThan(0);
    const hit = cli(match, undefined, withCache(dir));
    expect(entries(dir)).toHaveLength(after);
    for (const r of [miss, hit]) expect([r.code, r.stdout, r.stderr]).toEqual([0, uncachedMatch.stdout, ""]);
    // an edit to any one file misses: the flagship's construction subsidy raised to 35%
    const file = join(lib, "heilongjiang/biomanufacturing-2026.subsidia");
    writeFileSync(file, readFileSync(file, "utf8").replace("30% of p.totalInvestment", "35% of p.totalInvestment"));
    const edited = cli(match, undefined, withCache(dir));
    expect(entries(dir).length).toBeGreaterThan(after);
    expect(edited.stdout).toBe(cli([...match, "--no-cache"]).stdout);
    expect(edited.stdout).not.toBe(hit.stdout);
  });

  test("a policy with errors is not cached: its diagnostics are printed each time", () => {
    const dir = fresh();
    const broken = "apps/cli/test/data/broken.subsidia";
    const r = cli(["eval", broken, "--facts", "examples/applicant.json"], undefined, withCache(dir));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken.subsidia:");
    expect(entries(dir)).toEqual([]);
  });
});

describe("where the cache lives", () => {
  const home = (env: NodeJS.ProcessEnv) => cacheDir([], env);
  test("SUBSIDIA_CACHE_DIR, else XDG_CACHE_HOME/subsidia, else ~/.cache/subsidia", () => {
    expect(home({ SUBSIDIA_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" })).toBe("/c");
    expect(home({ XDG_CACHE_HOME: "/x" })).toBe(join("/x", "subsidia"));
    expect(home({})).toMatch(/\.cache[/\\]subsidia$/);
  });
  test("off with --no-cache before `--`, or SUBSIDIA_NO_CACHE other than empty or 0", () => {
    expect(cacheDir(["eval", "--no-cache"], {})).toBeUndefined();
    expect(cacheDir(["eval", "--", "--no-cache"], {})).toBeDefined();
    expect(cacheDir([], { SUBSIDIA_NO_CACHE: "1" })).toBeUndefined();
    expect(cacheDir([], { SUBSIDIA_NO_CACHE: "0" })).toBeDefined();
  });
});

test("the example of docs/cli.md runs as shown, `npx subsidia` being the CLI of this tree", () => {
  const page = readFileSync(join(repo, "docs/cli.md"), "utf8");
  const section = page.slice(page.indexOf("## The cache of compiled policies"));
  const block = section.slice(
    section.indexOf("```console\n") + 11,
    section.indexOf("\n```", section.indexOf("```console")),
  );
  const lines = block.split("\n");
  const commands = lines.filter((l) => l.startsWith("$ ")).map((l) => l.slice(2));
  const shown = lines.filter((l) => !l.startsWith("$ "));
  const npx = `npx() { shift; node --conditions=source --import tsx ${JSON.stringify(main)} "$@"; }`;
  // no start-up files: a system bashrc may be read by a non-interactive shell (CI) and fail under -u
  const r = spawnSync("bash", ["--norc", "--noprofile", "-euc", [npx, ...commands].join("\n")], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, BASH_ENV: "", TMPDIR: fresh(), NO_COLOR: "1", LC_ALL: "", LANG: "C" },
  });
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(`${shown.join("\n")}\n`);
});
