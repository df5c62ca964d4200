import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli } from "./run-cli.js";

/**
 * The IR 1.2 constructs SQL compiles run in `subsidia sql` and `--engine duckdb`; those it does
 * not compile yet are refused with the construct and the clause, exit 1 and nothing on stdout.
 */
test("a policy with if/else, year, first-time tiers and date arithmetic compiles to SQL", () => {
  const r = cli(["sql", "policies/fujian/xiamen-software-2022.subsidia", "--dialect", "postgresql"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/EXTRACT\(\s*YEAR\s+FROM/);
  expect(r.stdout).toMatch(/INTERVAL '36 months'/);
});

test.each([
  ["policies/anhui/changfeng-industry-2018.subsidia", "迁入当年"],
  ["policies/zhejiang/ningbo-major-industrial-projects-2020.subsidia", "项目开工"],
])(
  "payment schedules run in `batch --engine duckdb`, byte for byte the JavaScript engine's records: %s",
  (policy, first) => {
    const sampled = cli(["population", "sample", policy, "--count", "200", "--seed", "3"]);
    expect(sampled.code).toBe(0);
    const js = cli(["batch", policy, "--facts", "-", "--workers", "1"], sampled.stdout);
    const duck = cli(["batch", policy, "--facts", "-", "--engine", "duckdb"], sampled.stdout);
    expect(js.code).toBe(0);
    expect(duck.stdout).toBe(js.stdout);
    const instalment = `\\{"milestone":"${first}","share":"0\\.\\d","amount":"\\d+\\.\\d\\d"(,"date":"[-\\d]+")?,"status":"\\w+"\\}`;
    expect(duck.stdout).toMatch(new RegExp(`"instalments":\\[${instalment}`));
    expect(duck.stdout).toContain('"status":"awaiting"');
  },
);

test("a construct SQL does not compile is refused precisely, by `sql` and by `batch --engine duckdb`", () => {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-refused-"));
  const policy = join(dir, "term.subsidia");
  writeFileSync(
    policy,
    [
      'policy "term" {\n  title "期限"\n}',
      'input registered: date "注册日期"\ninput term: integer "年限"',
      'article 1 "期限" {\n  text "示例"\n  clause due {\n    when registered + term years >= 2030-01-01\n    award 1万元\n  }\n}',
    ].join("\n"),
  );
  const sql = cli(["sql", policy, "--dialect", "duckdb"]);
  expect(sql.code).toBe(1);
  expect(sql.stdout).toBe("");
  expect(sql.stderr).toContain("art1.due: the count of `registered + term years` must be a constant or a whole number");
  const batch = cli(["batch", policy, "--facts", "-", "--engine", "duckdb"], '{"registered":"2020-01-01","term":3}\n');
  expect(batch.code).toBe(1);
  expect(batch.stdout).toBe("");
  expect(batch.stderr).toContain("`--engine duckdb` cannot evaluate this policy: art1.due: the count of");
});
