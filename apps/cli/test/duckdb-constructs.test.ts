import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { cli, repo } from "./run-cli.js";

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
  const policy = "apps/cli/test/data/term-count.subsidia";
  const sql = cli(["sql", policy, "--dialect", "duckdb"]);
  expect(sql.code).toBe(1);
  expect(sql.stdout).toBe("");
  expect(sql.stderr).toContain("art1.due: the count of `registered + term years` must be a constant or a whole number");
  const batch = cli(["batch", policy, "--facts", "-", "--engine", "duckdb"], '{"registered":"2020-01-01","term":3}\n');
  expect(batch.code).toBe(1);
  expect(batch.stdout).toBe("");
  expect(batch.stderr).toContain("`--engine duckdb` cannot evaluate this policy: art1.due: the count of");
});

test("the awards history (`once`, `less received`, caps over years) gives the JavaScript engine's records", () => {
  const policy = "corpus/wave2-history/input.subsidia";
  const cases = JSON.parse(readFileSync(join(repo, "corpus/wave2-history/cases.json"), "utf8")) as { facts: unknown }[];
  const lines = `${cases.map((c) => JSON.stringify(c.facts)).join("\n")}\n`;
  const js = cli(["batch", policy, "--facts", "-", "--workers", "1"], lines);
  const duck = cli(["batch", policy, "--facts", "-", "--engine", "duckdb"], lines);
  expect(duck.code).toBe(js.code);
  expect(duck.stdout.split("\n")).toHaveLength(cases.length + 1);
  expect(duck.stdout).toBe(js.stdout);
  // the third year of a variety: what is left of its lifetime cap of 300万元
  expect(duck.stdout).toContain('"clause":"procurement","item":"A","amount":"900000.00"');
});

test("interest divided by 365 days and a lifetime cap per variety give the JavaScript engine's records", () => {
  const policy = "policies/hainan/biomedicine-awards-2022.subsidia";
  const loan = (principal: string, from: string, to: string) => ({
    id: "L1",
    principal,
    from,
    to,
    firstInterest: from,
  });
  const history = [{ clause: "procurement", item: "A", date: "2025-05-01", amount: "2999999.99" }];
  const lines = [
    {
      applicationDate: "2026-03-01",
      awarded: [],
      wins: [],
      certifications: [],
      loans: [loan("10000000", "2025-01-01", "2025-07-01")],
    },
    {
      applicationDate: "2026-03-01",
      awarded: history,
      wins: [{ id: "A", sales: "50000000" }],
      certifications: [],
      loans: [],
    },
    {
      applicationDate: "2026-03-01",
      awarded: [],
      wins: [],
      certifications: [],
      loans: [loan("0.01", "2025-01-01", "2026-01-01")],
    },
  ];
  const input = `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;
  const js = cli(["batch", policy, "--facts", "-", "--workers", "1"], input);
  const duck = cli(["batch", policy, "--facts", "-", "--engine", "duckdb"], input);
  expect(duck.code).toBe(0);
  expect(duck.stdout).toBe(js.stdout);
  // 50% × 3% × 1000万元 × 181 days / 365 = 74383.5616…; what is left of 300万元: 0.01
  expect(duck.stdout).toContain('"clause":"interest","item":"L1","amount":"74383.56"');
  expect(duck.stdout).toContain('"clause":"procurement","item":"A","amount":"0.01"');
});
