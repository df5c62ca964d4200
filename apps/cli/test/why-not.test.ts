import { describe, expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

const facts = "examples/near-miss.json";

describe("eval: why not, near misses, what if", () => {
  test("--json lists each clause not paid with its reasons and nearest change", () => {
    const r = cli(["eval", flagship, "--facts", facts, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const project = out.notAwarded.find((n: { clause: string }) => n.clause === "projectConstruction");
    expect(project).toMatchObject({
      article: 6,
      item: "p-1",
      kind: "not-met",
      because: [{ src: "p.fixedAssetInvestment >= 2000万元", actual: "19999999.99", gap: "0.01" }],
      nearest: { changes: [{ path: "projects[0].fixedAssetInvestment", from: "19999999.99", to: 20000000 }] },
    });
    expect(project.because[0].span.line).toBeGreaterThan(0);
    const capped = out.notAwarded.find((n: { kind: string }) => n.kind === "reduced");
    expect(capped).toMatchObject({ clause: "platformConstruction", amount: "15000000.00", full: "22500000.00" });
    const paid = out.awards.find((a: { clause: string }) => a.clause === "platformConstruction");
    expect(capped.citation).toBe(paid.citation);
  });

  test("the report gives the first reason and the near miss; --explain full every reason and condition", () => {
    const concise = cli(["eval", flagship, "--facts", facts]);
    expect(concise.stdout).toContain(
      "      line 187: p.fixedAssetInvestment >= 2000万元: 19999999.99, expected >= 2000万元 (20000000): 0.01 short\n" +
        "      → would pay 4000000.00 元 (400万元) with projects[0].fixedAssetInvestment 19999999.99 → 20000000\n",
    );
    expect(concise.stdout).toContain("1 more: see `--explain full`");
    expect(concise.stdout).toContain("No items given for: techTransformationLoans,");
    const full = cli(["eval", flagship, "--facts", facts, "--explain", "full"]);
    expect(full.stdout).toContain("Not awarded, every condition");
    expect(full.stdout).toContain("p.annualServiceToProvincialEnterprises is given: not given, expected given");
    expect(full.stdout).toContain("      · p.operating: false ✗");
    expect(full.stdout).toContain(
      "  art. 4 platformOperation · cv-1 运行补助\n      “对已建成运行的按照年度为我省企业服务金额的20%给予最高500万元补助”\n",
    );
    expect(concise.stdout).not.toContain("“对已建成运行的");
    expect(full.stdout).not.toContain("more: see");
  });

  test("with --lang zh the reasons, every condition, the near miss and the what-if read in Chinese", () => {
    const args = ["eval", flagship, "--facts", facts, "--lang", "zh", "--explain", "full"];
    const r = cli([...args, "--what-if", "projects[0].fixedAssetInvestment=20000000"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "      第 187 行：p.fixedAssetInvestment >= 2000万元：实际 19999999.99，应为 >= 2000万元 (20000000)：差 0.01\n",
    );
    expect(r.stdout).toContain("      第 133 行：rdInvestment.current：实际 未提供，应为 已提供\n");
    expect(r.stdout).toContain("      · rdInvestment.current >= 50万元: rdInvestment.current 未提供 >= 500000 ✗\n");
    expect(r.stdout).toContain("      · p.annualServiceToProvincialEnterprises is given: 未提供 ✗\n");
    expect(r.stdout).toContain(
      "      → 若 pilotPlatforms[0].operating false → true、pilotPlatforms[0].annualServiceToProvincialEnterprises 未提供 → 25000000，可获 750万元\n",
    );
    expect(r.stdout).toContain("  第4条 platformConstruction · cv-1 建设补助：1500万元，计算金额 2250万元\n");
    expect(r.stdout).toContain("  第6条 projectConstruction · p-1：0元 → 400万元（+400万元）\n");
    expect(r.stdout).not.toMatch(/not given|expected|short|would pay|instead of|cut by|What if/);
    const json = (lang: string[]) => cli(["eval", flagship, "--facts", facts, "--json", ...lang]).stdout;
    expect(json(["--lang", "zh"])).toBe(json([]));
  });

  test("an award replaced under stacking by another policy's says by which, in English and Chinese", () => {
    const both = [
      flagship,
      "policies/examples/demo-platform-support.subsidia",
      "--facts",
      "examples/library/applicant.json",
    ];
    const en = cli(["eval", ...both]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      "  art. 4 platformConstruction · cv-1 建设补助: 0.00 元 instead of 6000000.00 元 (600万元)\n" +
        "      cut by stacking highest (more than demo-platform-support art. 1 platformGrant): 6000000.00 元 (600万元) before\n",
    );
    const zh = cli(["eval", ...both, "--lang", "zh"]);
    expect(zh.stdout).toContain(
      "      受 stacking highest 限制（须高于 demo-platform-support 第1条 platformGrant 的奖补）：原为 600万元\n",
    );
  });

  test("--what-if prints the difference per award and in total", () => {
    const args = ["eval", flagship, "--facts", facts, "--what-if", "projects[0].fixedAssetInvestment=20000000"];
    const r = cli([...args, "--what-if", "techContracts[0].seller=university"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "  art. 6 projectConstruction · p-1: 0.00 元 → 4000000.00 元 (400万元) (+4000000.00)\n" +
        "  total due 15000000.00 元 (1500万元) → 19200000.00 元 (1920万元) (+4200000.00)\n",
    );
    const json = JSON.parse(cli([...args, "--json"]).stdout);
    expect(json.whatIf).toEqual({
      changes: [{ path: "projects[0].fixedAssetInvestment", from: "19999999.99", to: 20000000 }],
      total: { before: "15000000.00", after: "19000000.00", change: "+4000000.00" },
      awards: [
        {
          article: 6,
          clause: "projectConstruction",
          item: "p-1",
          before: "0.00",
          after: "4000000.00",
          change: "+4000000.00",
        },
      ],
    });
  });

  test("--what-if into the item after a list's last one adds an item; a field left out is reported with its path", () => {
    const item = ["projects[1].id=p-2", "projects[1].construction=new", "projects[1].highTech=true"];
    const args = ["eval", flagship, "--facts", facts, ...item.flatMap((c) => ["--what-if", c])];
    const r = cli([...args, "--what-if", "projects[1].fixedAssetInvestment=30000000"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  art. 6 projectConstruction · p-2: 0.00 元 → 6000000.00 元 (600万元) (+6000000.00)\n");
    const partial = cli(args);
    expect([partial.code, partial.stdout]).toEqual([1, ""]);
    expect(partial.stderr).toContain("projects[1].fixedAssetInvestment");
  });

  test("a bad --what-if, --explain or changed fact: exit 2 or 1, nothing on stdout, the path on stderr", () => {
    const missing = cli(["eval", flagship, "--facts", facts, "--what-if", "projects[3].highTech=true"]);
    expect([missing.code, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toContain("`projects[3].highTech`");
    const negative = cli(["eval", flagship, "--facts", facts, "--what-if", "projects[0].fixedAssetInvestment=-1"]);
    expect([negative.code, negative.stdout]).toEqual([1, ""]);
    expect(negative.stderr).toContain("projects[0].fixedAssetInvestment");
    const level = cli(["eval", flagship, "--facts", facts, "--explain", "all"]);
    expect([level.code, level.stdout, level.stderr]).toEqual([
      2,
      "",
      "error: --explain `all`: expected `concise` or `full`\n",
    ]);
  });

  test("--fixed keeps a fact out of near misses", () => {
    const r = cli(["eval", flagship, "--facts", facts, "--json", "--fixed", "techContracts.seller"]);
    const entry = JSON.parse(r.stdout).notAwarded.find((n: { clause: string }) => n.clause === "techTransaction");
    expect(entry.nearest).toBeUndefined();
  });

  test("population cliffs counts, per clause, the applicants a threshold missed by less than 1%, 5%, 10%", () => {
    const one = (id: string, v: string) =>
      JSON.stringify({
        applicationDate: "2026-06-30",
        projects: [{ id, construction: "new", highTech: true, fixedAssetInvestment: v }],
      });
    const lines = [one("a", "19900000"), "not json", one("b", "18500000"), one("c", "30000000")].join("\n");
    const r = cli(["population", "cliffs", flagship, "--facts", "-", "--json"], `${lines}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("lines skipped (not valid JSON or not valid facts): 1");
    expect(JSON.parse(r.stdout)).toEqual({
      applicants: 3,
      clauses: [
        {
          article: 6,
          clause: "projectConstruction",
          title: "项目建设补助",
          notMet: 2,
          within: { "0.01": 1, "0.05": 1, "0.1": 2 },
        },
      ],
      skipped: 1,
    });
    const table = cli(["population", "cliffs", flagship, "--facts", "-"], `${one("a", "19900000")}\n`);
    expect(table.stdout).toContain("art. 6 projectConstruction        1     1     1      1");
  });
});
