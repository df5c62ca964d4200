import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, flagship } from "./run-cli.js";

const RULE = "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia";
const AMENDMENT = "examples/library/FICTIONAL-amendment-2027.subsidia";
const APPLICANT = "examples/library/applicant.json";

const json = (args: string[], input?: string) => {
  const r = cli(args, input);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe("eval --with: implementing rules", () => {
  test("the flagship with the FICTIONAL 省科技厅 rule pays art. 3 exactly and cites the rule", () => {
    const out = json(["eval", flagship, "--with", RULE, "--facts", "examples/applicant.json", "--json"]);
    const art3 = out.awards.filter((a: { article: number }) => a.article === 3);
    // 5% × min(80万, 60万) + 10% × (80万 − 60万) = 3万 + 2万, split province : city 1 : 1
    expect(art3).toMatchObject([
      {
        clause: "rdSubsidy",
        amount: "50000.00",
        rules: [{ number: "FICTIONAL-hlj-kjt-rd-subsidy-rates" }],
        funding: [{ amount: "25000.00" }, { amount: "25000.00" }],
      },
    ]);
    expect(out.pending).toEqual([]);
    expect(out.total).toBe("68090000.00");
    expect(out.applied.rules.map((r: { param: string; value: string }) => `${r.param} = ${r.value}`)).toEqual([
      "rdStockRate = 5%",
      "rdIncrementRate = 10%",
    ]);
  });

  test("without --with the flagship is evaluated as before: art. 3 pending, nothing picked up from the folder", () => {
    const out = json(["eval", flagship, "--facts", "examples/applicant.json", "--json"]);
    expect(out.total).toBe("68040000.00");
    expect(out.pending.map((p: { clause: string }) => p.clause)).toEqual(["rdSubsidy"]);
    expect(out.applied).toBeUndefined();
  });

  test("before the rule's window art. 3 stays pending, and the report says no rule applied", () => {
    const facts = JSON.stringify({
      applicationDate: "2026-03-31",
      rdInvestment: { current: "800000", previous: "600000" },
    });
    const r = cli(["eval", flagship, "--with", RULE, "--facts", "-"], facts);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Pending (eligible; the amount awaits implementing rules)");
    expect(r.stdout).toContain("No implementing rule or amendment in force on 2026-03-31.");
  });

  test("--with refuses a policy where a rule is expected", () => {
    const r = cli([
      "eval",
      flagship,
      "--with",
      "policies/examples/demo-platform-support.subsidia",
      "--facts",
      APPLICANT,
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("is not an implementing rule or an amendment");
  });
});

describe("amendments", () => {
  const platform = (date: string) =>
    JSON.stringify({
      applicationDate: date,
      pilotPlatforms: [
        {
          id: "cv-1",
          kind: "pilot-scale",
          totalInvestment: "40000000",
          performanceQualified: true,
          operating: false,
          nationalPilotPlatform: false,
        },
      ],
    });
  test("an applicant before the amendment's date gets the old amount, one from the date the new", () => {
    const amount = (date: string) =>
      json(["eval", flagship, "--with", AMENDMENT, "--facts", "-", "--json"], platform(date)).awards[0].amount;
    expect(amount("2026-12-31")).toBe("10000000.00"); // 30% of 4000万, cap 1000万
    expect(amount("2027-01-01")).toBe("8000000.00"); // 25% of 4000万, cap 800万
  });

  test("`diff POLICY AMENDMENT` names only the amended clause, with witnesses dated in its window", () => {
    const out = json(["diff", flagship, AMENDMENT, "--json"]);
    const clauses = new Set(out.changes.map((c: { clause?: string }) => c.clause));
    expect([...clauses]).toEqual(["platformConstruction"]);
    const witnessed = out.changes.filter((c: { witness?: unknown }) => c.witness);
    expect(witnessed.length).toBeGreaterThan(0);
    for (const c of witnessed) expect(c.witness.facts.applicationDate >= "2027-01-01").toBe(true);
  });
});

describe("match and the library index", () => {
  test("match: every award of every policy after stacking, largest first, each citing policy and article", () => {
    const out = json(["match", "--facts", APPLICANT, "--json"]);
    expect(
      out.awards.map(
        (a: { policy: string; article: number; amount: string }) => `${a.policy} ${a.article} ${a.amount}`,
      ),
    ).toEqual([
      "demo-platform-support 1 8000000.00",
      "hlj-biomanufacturing-2026 11 2000000.00",
      "hlj-biomanufacturing-2026 3 50000.00",
    ]);
    expect(out.superseded).toMatchObject([
      { policy: "hlj-biomanufacturing-2026", clause: "platformConstruction", amount: "6000000.00" },
    ]);
    expect(out.pending).toMatchObject([{ policy: "hlj-biomanufacturing-2026", clause: "loanInterest" }]);
    expect(out.total).toBe("10050000.00");
  });

  test("match --on: after the demo policy's window only the flagship pays", () => {
    const out = json(["match", "policies", "--facts", APPLICANT, "--on", "2028-03-01", "--json"]);
    const inForce = (id: string) => out.policies.find((p: { id: string; inForce: boolean }) => p.id === id)?.inForce;
    expect([inForce("demo-platform-support"), inForce("hlj-biomanufacturing-2026")]).toEqual([false, true]);
    // the other policies of the library pay nothing for these facts (some are skipped: no `company`)
    expect(out.skipped.map((s: { policy: string }) => s.policy)).toContain("xm-software-2022");
    expect(out.awards.map((a: { clause: string; amount: string }) => `${a.clause} ${a.amount}`)).toEqual([
      "platformConstruction 6000000.00",
      "newFood 2000000.00",
      "rdSubsidy 50000.00",
    ]);
  });

  test("match refuses a bad date and a fact no policy declares, writing nothing to stdout", () => {
    const date = cli(["match", "--facts", APPLICANT, "--on", "2027-02-30"]);
    expect([date.code, date.stdout]).toEqual([2, ""]);
    expect(date.stderr).toContain("`--on` expects a date such as `2026-06-30`, got `2027-02-30`");
    const fact = cli(["match", "--facts", "-"], JSON.stringify({ applicationDate: "2026-06-30", rdInvestmnt: {} }));
    expect([fact.code, fact.stdout]).toEqual([1, ""]);
    expect(fact.stderr).toContain("rdInvestmnt: unknown fact; did you mean `rdInvestment`?");
  });

  test("library --json: the index of policies/ with levels, windows and what each rule implements", () => {
    const out = json(["library", "--json"]);
    const rule = out.entries.find((e: { kind: string }) => e.kind === "rule");
    expect(rule).toMatchObject({
      id: "FICTIONAL-hlj-kjt-rd-subsidy-rates",
      of: "hlj-biomanufacturing-2026",
      level: "provincial",
      validity: { from: "2026-04-01", to: "2028-12-31" },
    });
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(["R009", "R009"]);
  });

  test("check reads a rule with its library and reports its errors at file:line:col", () => {
    const dir = mkdtempSync(join(tmpdir(), "subsidia-library-"));
    writeFileSync(join(dir, "library.json"), "{}");
    writeFileSync(
      join(dir, "p.subsidia"),
      'policy "p" {\n  title "t"\n}\nparam rate: percent pending "细则"\narticle 1 "a" {\n  text "t"\n  clause c {\n    award rate * 1万元\n  }\n}\n',
    );
    writeFileSync(
      join(dir, "r.subsidia"),
      'rule "r" implements "p" {\n  title "t"\n  valid from 2026-01-01 to 2026-12-31\n}\nparam rat: percent = 5%\n',
    );
    const r = cli(["check", join(dir, "r.subsidia")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, "r.subsidia")}:5:7 error R002`);
    expect(r.stdout).toContain("did you mean `rate`?");
  });
});
