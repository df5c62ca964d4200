import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship, repo } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "subsidia-duckdb-"));
const at = (name: string) => join(dir, name);

/** A sampled population of the flagship, with lines the readers must reject, in their place. */
function population(): string {
  const sampled = cli(["population", "sample", flagship, "--count", "400", "--seed", "11"]);
  expect(sampled.code).toBe(0);
  const bad = [
    '{"applicationDate": "2026-06-30", ',
    "",
    '{"applicationDate":"2026-02-30"}',
    JSON.stringify({
      applicationDate: "2026-06-30",
      projects: [{ id: "p", construction: "new", highTech: true, fixedAssetInvestment: 20000000.5 }],
    }),
  ];
  const lines = sampled.stdout.trimEnd().split("\n");
  lines.splice(100, 0, ...bad);
  writeFileSync(at("population.jsonl"), `${lines.join("\n")}\n`);
  return at("population.jsonl");
}

describe("subsidia batch --engine duckdb", () => {
  const file = population();

  test("gives the JavaScript engine's records, byte for byte, bad lines included", () => {
    const js = cli(["batch", flagship, "--facts", file, "--workers", "1"]);
    const duck = cli(["batch", flagship, "--facts", file, "--engine", "duckdb"]);
    expect(js.code).toBe(1);
    expect(duck.code).toBe(1);
    expect(duck.stdout.split("\n")).toHaveLength(405);
    expect(duck.stdout).toBe(js.stdout);
    // the summaries agree on what is due
    const due = (s: string) => s.split("\n").find((l) => l.startsWith("total due"));
    expect(due(duck.stderr)).toBe(due(js.stderr));
    expect(duck.stderr).toMatch(/404 applicants → standard output .*3 error records \(lines 101, 102, 103\)/);
  });

  test("gives the same bytes a range of applicants at a time, the bad lines between ranges in their place", () => {
    const js = cli(["batch", flagship, "--facts", file, "--workers", "1"]);
    // 404 lines in ranges of 50 applicants (the default is 100,000): lines 101–103, rejected, fall between two
    const duck = cli(["batch", flagship, "--facts", file, "--engine", "duckdb"], undefined, {
      SUBSIDIA_DUCKDB_APPLICANTS: "50",
    });
    expect(duck.code).toBe(1);
    expect(duck.stdout).toBe(js.stdout);
    expect(duck.stderr.split("\n").find((l) => l.startsWith("total due"))).toBe(
      js.stderr.split("\n").find((l) => l.startsWith("total due")),
    );
    const parquet = at("ranges.parquet");
    const sampled = cli(["population", "sample", flagship, "--count", "250", "--seed", "3", "--out", parquet]);
    expect(sampled.code).toBe(0);
    const whole = cli(["batch", flagship, "--facts", parquet, "--engine", "duckdb"]);
    const ranged = cli(["batch", flagship, "--facts", parquet, "--engine", "duckdb"], undefined, {
      SUBSIDIA_DUCKDB_APPLICANTS: "60",
    });
    expect(whole.stdout.split("\n")).toHaveLength(251);
    expect(ranged.stdout).toBe(whole.stdout);
  });

  test("reads Parquet and CSV in the table layout, written by `population sample`", () => {
    const sample = (out: string) =>
      cli(["population", "sample", flagship, "--count", "300", "--seed", "5", "--out", out]);
    expect(sample(at("pop.jsonl")).code).toBe(0);
    expect(sample(at("pop.parquet")).code).toBe(0);
    expect(sample(at("pop.csv")).code).toBe(0);
    expect(readFileSync(at("pop.projects.csv"), "utf8").split("\n")[0]).toBe(
      "applicant,position,id,construction,highTech,fixedAssetInvestment",
    );
    const expected = cli(["batch", flagship, "--facts", at("pop.jsonl")]).stdout;
    expect(expected.split("\n")).toHaveLength(301);
    for (const f of ["pop.parquet", "pop.csv"])
      expect(cli(["batch", flagship, "--facts", at(f), "--engine", "duckdb"]).stdout).toBe(expected);
  });

  test("checks CSV values by the facts rules, each problem with its path", () => {
    writeFileSync(
      at("bad.csv"),
      "applicant,applicationDate,rdInvestment.current,rdInvestment.previous\n1,2026-05-01,80万,\n2,2026-02-30,,\n3,2026-05-01,,100\n4,2026-05-01,600000,\n",
    );
    const out = cli(["batch", flagship, "--facts", at("bad.csv"), "--engine", "duckdb"]);
    expect(out.code).toBe(1);
    const records = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.problems?.[0])).toEqual([
      {
        path: "rdInvestment.current",
        message: "expected a non-negative amount in yuan (a number or a decimal string), got `80万`",
      },
      { path: "applicationDate", message: "expected a date YYYY-MM-DD, got `2026-02-30` (not a calendar date)" },
      {
        path: "rdInvestment.current",
        message: "required fact is missing: expected a non-negative amount in yuan (a number or a decimal string)",
      },
      undefined,
    ]);
    expect(records[3].pending[0].clause).toBe("rdSubsidy");
  });

  test("an applicant that cannot be evaluated (a division by zero) gets the JavaScript engine's error record", () => {
    const policy = "packages/sql/test/conformance/constructs/params.subsidia";
    const sampled = cli(["population", "sample", policy, "--count", "300", "--seed", "2", "--out", at("params.jsonl")]);
    expect(sampled.code).toBe(0);
    const js = cli(["batch", policy, "--facts", at("params.jsonl"), "--workers", "1"]);
    const duck = cli(["batch", policy, "--facts", at("params.jsonl"), "--engine", "duckdb"]);
    expect(duck.stdout).toBe(js.stdout);
    expect(duck.stdout).toContain(
      '"error":"cannot evaluate","problems":[{"path":"art5.divided","message":"division by zero in `p.investment / divisor`"}]',
    );
    expect(duck.stdout).toContain('"pending":[{"article":2');
  });

  test("refuses what it cannot do, with the reason and no output", () => {
    const parquetWithJs = cli(["batch", flagship, "--facts", at("pop.parquet")]);
    expect(parquetWithJs.code).toBe(1);
    expect(parquetWithJs.stderr).toContain("read it with `--engine duckdb`");
    const explain = cli(["batch", flagship, "--facts", at("pop.jsonl"), "--engine", "duckdb", "--explain"]);
    expect(explain.stderr).toContain("`--explain` needs `--engine js`");
    expect(explain.stdout).toBe("");
    const engine = cli(["batch", flagship, "--facts", at("pop.jsonl"), "--engine", "spark"]);
    expect(engine.stderr).toContain("`--engine` expects `js` or `duckdb`, got `spark`");
  });
});

describe("subsidia diff --population --engine duckdb", () => {
  test("costs a change exactly as the JavaScript engine does", () => {
    const text = readFileSync(join(repo, flagship), "utf8");
    const raised = text.replace("    award 30% of p.totalInvestment", "    award 35% of p.totalInvestment");
    expect(raised).not.toBe(text);
    writeFileSync(at("raised.subsidia"), raised);
    const file = at("population.jsonl");
    const args = ["diff", flagship, at("raised.subsidia"), "--population", file, "--json"];
    const js = cli(args);
    const duck = cli([...args, "--engine", "duckdb"]);
    // the population holds lines that are refused: skipped lines make the exit status 1, in both engines
    expect(js.code).toBe(1);
    expect(duck.code).toBe(js.code);
    expect(duck.stdout).toBe(js.stdout);
    expect(duck.stderr).toBe(js.stderr);
    expect(JSON.parse(duck.stdout).impact.difference.total).not.toBe("0.00");
  });
});
