import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

/**
 * `--max-bytes`, `--max-depth` and `--max-items` bind `--engine duckdb` as they bind the js
 * engine: the same records and messages, for JSON Lines, Parquet and CSV (items per list).
 */
const dir = mkdtempSync(join(tmpdir(), "subsidia-duckdb-limits-"));
const at = (name: string) => join(dir, name);

const project = (id: string) => ({
  id,
  construction: "new",
  highTech: true,
  fixedAssetInvestment: 30000000,
});

/** Applicants with one, two and three projects, a long line and a deep one. */
function population(): string {
  const lines = [
    { applicationDate: "2026-06-30", projects: [project("a")] },
    { applicationDate: "2026-06-30", projects: [project("a"), project("b")] },
    { applicationDate: "2026-06-30", projects: [project("a"), project("b"), project("c")] },
    { applicationDate: "2026-06-30", projects: [{ ...project("a"), id: "x".repeat(600) }] },
    { applicationDate: "2026-06-30", projects: [{ ...project("a"), id: { deep: { deeper: "x" } } }] },
    // longer than a chunk of the input: skipped as it streams by
    { applicationDate: "2026-06-30", projects: [{ ...project("a"), id: "y".repeat(300_000) }] },
  ].map((x) => JSON.stringify(x));
  writeFileSync(at("limits.jsonl"), `${lines.join("\n")}\n`);
  return at("limits.jsonl");
}

describe("--engine duckdb honours the limits on facts", () => {
  const file = population();
  const limits = ["--max-items", "2", "--max-bytes", "500", "--max-depth", "3"];

  test("batch over JSON Lines: the js engine's records, each limit with its message", () => {
    const js = cli(["batch", flagship, "--facts", file, "--workers", "1", ...limits]);
    const duck = cli(["batch", flagship, "--facts", file, "--engine", "duckdb", ...limits]);
    expect(js.code).toBe(1);
    expect(duck.code).toBe(1);
    expect(duck.stdout).toBe(js.stdout);
    const records = duck.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records[0].total).toBeDefined();
    expect(records[1].total).toBeDefined();
    expect(records[2].problems).toEqual([{ path: "projects", message: "expected a list of at most 2 items, got 3" }]);
    expect(records[3].error).toMatch(/^a line of \d+ bytes, more than the limit of 500 \(see --max-bytes\)$/);
    expect(records[4].error).toMatch(/nested deeper than 3 levels/);
    expect(records[5].error).toMatch(/^a line of more than \d+ bytes, more than the limit of 500 \(see --max-bytes\)$/);
  });

  test("without the flags, the defaults: every line within them is evaluated", () => {
    const duck = cli(["batch", flagship, "--facts", file, "--engine", "duckdb"]);
    const records = duck.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records[2].total).toBeDefined();
    expect(records[3].total).toBeDefined();
    expect(records[5].total).toBeDefined();
  });

  test("batch over Parquet and CSV: a list's table longer than --max-items rejects the applicant", () => {
    const sample = (out: string) =>
      cli(["population", "sample", flagship, "--count", "200", "--seed", "3", "--out", out]);
    for (const f of ["s.jsonl", "s.parquet", "s.csv"]) expect(sample(at(f)).code).toBe(0);
    const expected = cli(["batch", flagship, "--facts", at("s.jsonl"), "--workers", "1", "--max-items", "1"]).stdout;
    expect(expected).toMatch(/expected a list of at most 1 items, got 2/);
    for (const f of ["s.parquet", "s.csv"]) {
      const duck = cli(["batch", flagship, "--facts", at(f), "--engine", "duckdb", "--max-items", "1"]);
      expect(duck.code).toBe(1);
      expect(duck.stdout).toBe(expected);
    }
  });

  test("a limit that is not a whole number is wrong usage (exit 2), as with the js engine", () => {
    const duck = cli(["batch", flagship, "--facts", file, "--engine", "duckdb", "--max-items", "x"]);
    expect(duck.code).toBe(2);
    expect(duck.stdout).toBe("");
    expect(duck.stderr).toMatch(/`--max-items` expects a whole number/);
  });

  test("diff --population: the same skipped lines and reasons as the js engine", () => {
    const text = readFileSync(join(repo, flagship), "utf8");
    const raised = text.replace("    award 30% of p.totalInvestment", "    award 35% of p.totalInvestment");
    writeFileSync(at("raised.subsidia"), raised);
    const args = ["diff", flagship, at("raised.subsidia"), "--population", file, "--json", ...limits];
    const js = cli(args);
    const duck = cli([...args, "--engine", "duckdb"]);
    expect(js.code).toBe(1);
    expect(duck.code).toBe(1);
    expect(duck.stdout).toBe(js.stdout);
    expect(duck.stderr).toBe(js.stderr);
    expect(JSON.parse(duck.stdout).impact.skipped.count).toBe(4);
  });
});
