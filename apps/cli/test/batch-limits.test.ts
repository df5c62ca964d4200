import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "subsidia-limits-"));
const at = (name: string) => join(dir, name);

/** At most 2 nominees per field, 5万元 each, 15万元 in all; projects 10% of the investment, 100万元 in all. */
const policy = (select: string, budget = "100万元") => `policy "demo-limits" {
  title "择优与资金总额"
  valid from 2020-01-01 to 2030-12-31 on applicationDate
}

input applicationDate: date "申请日期"
input nominees: list "候选人" {
  id: string "编号"
  score: optional number "评审得分"
  field: enum("industry", "science") "类别"
}
input projects: list "项目" {
  id: string "编号"
  investment: money "投资额"
}

article 1 "人才" {
  text "每类择优支持不超过2名，每名5万元；年度资金总额不超过15万元。"
  budget 15万元 "年度资金总额不超过15万元"
  clause talent "人才补助" for each n in nominees {
    ${select}
    award 5万元
  }
}

article 2 "项目" {
  text "按投资额的10%给予补助；资金总额不超过100万元，额满为止。"
  budget ${budget} "资金总额不超过100万元"
  clause project "项目补助" for each p in projects {
    award 10% of p.investment
  }
}
`;

const nominee = (id: string, field: string, score?: number) => ({
  id,
  field,
  ...(score === undefined ? {} : { score }),
});
const line = (nominees: object[], projects: object[] = []) =>
  JSON.stringify({ applicationDate: "2026-05-01", nominees, projects });
const population = [
  line([nominee("a", "industry", 80)], [{ id: "p1", investment: "4000000" }]),
  line([nominee("b", "industry", 90), nominee("c", "science", 70)]),
  "not json",
  line(
    [nominee("d", "industry", 80), nominee("e", "science")],
    [
      { id: "p2", investment: "5000000" },
      { id: "p3", investment: "1000000.10" },
    ],
  ),
  line([nominee("f", "science", 75), nominee("g", "science", 60)], [{ id: "p4", investment: "10" }]),
];
writeFileSync(
  at("selected.subsidia"),
  policy('select top 2 per n.field by n.score descending "每类择优支持不超过2名"'),
);
writeFileSync(at("budgets.subsidia"), policy(""));
writeFileSync(at("population.jsonl"), `${population.join("\n")}\n`);

type Award = { item: string; amount: string; population?: { status: string; reason: string; rank?: number } };
const records = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { line: number; total?: string; upToTotal?: string; awards?: Award[] });
const statuses = (stdout: string) =>
  Object.fromEntries(
    records(stdout).flatMap((r) => (r.awards ?? []).map((a) => [a.item, `${a.population?.status} ${a.amount}`])),
  );

describe("subsidia batch with selections and budgets", () => {
  test("selects the best per category, funds in rank and input order, and says why for each award", () => {
    const r = cli(["batch", at("selected.subsidia"), "--facts", at("population.jsonl"), "--workers", "2"]);
    expect(r.code).toBe(1); // the line that is not JSON
    expect(statuses(r.stdout)).toEqual({
      // industry: b 90, a 80, then d 80 (a tie, later in the input); science: f 75, c 70, g 60; e has no score
      b: "funded 50000.00",
      a: "funded 50000.00",
      d: "not selected 0.00",
      f: "funded 50000.00",
      c: "not funded 0.00", // selected, but 15万元 is spent by b, a and f, ranked before it
      g: "not selected 0.00",
      e: "not selected 0.00",
      // article 2 in input order: 40万, 50万, then 10万0.01 does not fit in the 10万 left: it and p4 are not funded
      p1: "funded 400000.00",
      p2: "funded 500000.00",
      p3: "not funded 0.00",
      p4: "not funded 0.00",
    });
    const all = records(r.stdout);
    const d = all[3]!.awards!.find((a) => a.item === "d")!;
    expect(d.population).toMatchObject({ rank: 3, computed: "50000.00" });
    expect(d.population!.reason).toContain("tied with rank 2, which comes earlier in the input");
    expect(all[3]!.awards!.find((a) => a.item === "e")!.population!.reason).toContain("`n.score` not given");
    // the totals are those of the paid amounts: a selected award is due
    expect(all.map((x) => x.total)).toEqual(["450000.00", "50000.00", undefined, "500000.00", "50000.00"]);
    expect(all[1]!.upToTotal).toBe("50000.00");
    expect(r.stderr).toContain("total due 1050000.00 元 (105万元); with up-to 1050000.00 元 (105万元)");
    expect(r.stderr).toContain("selection talent industry: 2 of 3 selected (at most 2)");
    expect(r.stderr).toContain(
      "article 1 budget 150000.00 元 (15万元): spent 150000.00 元 (15万元), left 0.00 元; 3 funded, 1 not funded",
    );
    expect(r.stderr).toContain(
      "article 2 budget 1000000.00 元 (100万元): spent 900000.00 元 (90万元), left 100000.00 元 (10万元); " +
        "2 funded, 2 not funded",
    );
    // one worker or two, the same decisions
    const one = cli(["batch", at("selected.subsidia"), "--facts", at("population.jsonl"), "--workers", "1"]);
    expect(one.stdout).toBe(r.stdout);
  });

  test("a budget one cent larger funds the award it was short of", () => {
    writeFileSync(at("cent.subsidia"), policy("", "1000000.01元"));
    const r = cli(["batch", at("cent.subsidia"), "--facts", at("population.jsonl")]);
    expect(statuses(r.stdout)).toMatchObject({ p3: "funded 100000.01", p4: "not funded 0.00" });
    expect(r.stderr).toContain(
      "article 2 budget 1000000.01 元: spent 1000000.01 元, left 0.00 元; 3 funded, 1 not funded",
    );
  });

  test("DuckDB enforces budgets and selections with the same records, to the cent", () => {
    const js = cli(["batch", at("budgets.subsidia"), "--facts", at("population.jsonl")]);
    const duck = cli(["batch", at("budgets.subsidia"), "--facts", at("population.jsonl"), "--engine", "duckdb"]);
    expect(duck.code).toBe(1);
    expect(duck.stdout).toBe(js.stdout);
    const summary = (s: string) => s.split("\n").slice(1).join("\n");
    expect(summary(duck.stderr)).toBe(summary(js.stderr));
    // article 1 without its selection: a, b and c in input order spend the 15万元, d to g are not funded
    expect(js.stderr).toContain("spent 150000.00 元 (15万元), left 0.00 元; 3 funded, 4 not funded");
    const selectedJs = cli(["batch", at("selected.subsidia"), "--facts", at("population.jsonl")]);
    const selected = cli(["batch", at("selected.subsidia"), "--facts", at("population.jsonl"), "--engine", "duckdb"]);
    expect([selected.code, selected.stdout]).toEqual([selectedJs.code, selectedJs.stdout]);
    expect(summary(selected.stderr)).toBe(summary(selectedJs.stderr));
    expect(selected.stdout).toContain('"status":"not selected"');
  });

  test("an empty population spends nothing; a budget of constants is folded to one amount", () => {
    writeFileSync(at("empty.jsonl"), "");
    const empty = cli(["batch", at("selected.subsidia"), "--facts", at("empty.jsonl")]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe("");
    expect(empty.stderr).toContain("left 150000.00 元 (15万元); 0 funded, 0 not funded");
    writeFileSync(at("fact.subsidia"), policy("").replace('budget 15万元 "', 'budget 15万元 + 0元 * 2 "'));
    expect(cli(["batch", at("fact.subsidia"), "--facts", at("empty.jsonl")]).code).toBe(0);
  });

  test("diff --population costs a budget raised: the awards it now funds, the same in both engines", () => {
    writeFileSync(at("raised.subsidia"), policy("", "200万元"));
    const args = ["diff", at("budgets.subsidia"), at("raised.subsidia"), "--population", at("population.jsonl")];
    const js = cli([...args, "--json"]);
    const duck = cli([...args, "--json", "--engine", "duckdb"]);
    expect(duck.stdout).toBe(js.stdout);
    const impact = JSON.parse(js.stdout).impact as { articles: { article: number; before: object; after: object }[] };
    // before: p3 (100000.01) does not fit in the 10万元 left, and p4 waits behind it; after, both are funded
    expect(impact.articles.find((a) => a.article === 2)).toMatchObject({
      before: { total: "900000.00" },
      after: { total: "1000001.01" },
    });
    expect(impact.articles.find((a) => a.article === 1)).toMatchObject({ before: { total: "150000.00" } });
  });
});
