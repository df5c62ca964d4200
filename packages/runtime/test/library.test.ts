import { readFileSync } from "node:fs";
import { type Amendment, type ImplementingRule, Policy } from "@subsidia/ir";
import { describe, expect, it } from "vitest";
import { evaluateWith, match, policyOn } from "../src/index.js";
import { clause, money, paramDecl, pct, rate, span } from "./build-ir.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));

const rule = (id: string, from: string, to: string, stock: string, issued = from): ImplementingRule => ({
  kind: "rule",
  id,
  title: `《${id}》`,
  issuer: "省科技厅（虚构）",
  issued,
  implements: flagship.id,
  validity: { from, to, span: span() },
  fills: [
    { ...paramDecl("rdStockRate", "percent", [[pct(stock)]]), doc: `存量部分按${stock}` },
    { ...paramDecl("rdIncrementRate", "percent", [[pct("0.1")]]), doc: "增量部分按10%" },
  ],
  span: span(),
});

const rd = (date: string) => ({ applicationDate: date, rdInvestment: { current: "800000", previous: "600000" } });
const art3 = (r: { awards: { clause: string; amount: string }[] }) => r.awards.find((a) => a.clause === "rdSubsidy");

describe("evaluation with implementing rules", () => {
  it("pays art. 3 once a rule is in force: 5% of 60万元 + 10% of 20万元 = 5万元, citing the rule", () => {
    const out = evaluateWith(
      flagship,
      { rules: [rule("r", "2026-04-01", "2028-12-31", "0.05")], amendments: [] },
      rd("2026-06-30"),
    );
    if (!out.ok) throw new Error(JSON.stringify(out));
    const award = out.result.awards.find((a) => a.clause === "rdSubsidy");
    expect(award?.amount).toBe("50000.00");
    expect(award?.rules).toEqual([{ title: "《r》", number: "r" }]);
    expect(award?.explanation[0]).toEqual({ kind: "rule", text: "rdStockRate = 5%: 《r》 (r): “存量部分按0.05”" });
    expect(award?.funding?.map((f) => f.amount)).toEqual(["25000.00", "25000.00"]);
    expect(out.result.pending).toEqual([]);
    expect(out.applied.rules.map((f) => [f.param, f.value, f.rule.id, f.supersedes])).toEqual([
      ["rdStockRate", "5%", "r", []],
      ["rdIncrementRate", "10%", "r", []],
    ]);
  });

  it("leaves art. 3 pending before the rule's window and without rules; the flagship IR itself is unchanged", () => {
    const before = JSON.stringify(flagship);
    const related = { rules: [rule("r", "2026-04-01", "2028-12-31", "0.05")], amendments: [] };
    for (const [r, date] of [
      [related, "2026-03-31"],
      [{ rules: [], amendments: [] }, "2026-06-30"],
    ] as const) {
      const out = evaluateWith(flagship, r, rd(date));
      if (!out.ok) throw new Error(JSON.stringify(out));
      expect(art3(out.result)).toBeUndefined();
      expect(out.result.pending.map((p) => p.clause)).toEqual(["rdSubsidy"]);
    }
    expect(JSON.stringify(flagship)).toBe(before);
  });

  it("where two rules are in force, the later issued applies and the explanation names the one it supersedes", () => {
    const related = {
      rules: [
        rule("late", "2027-01-01", "2028-12-31", "0.06", "2026-12-20"),
        rule("early", "2026-04-01", "2028-12-31", "0.05"),
      ],
      amendments: [],
    };
    const out = evaluateWith(flagship, related, rd("2027-03-01"));
    if (!out.ok) throw new Error(JSON.stringify(out));
    const award = out.result.awards.find((a) => a.clause === "rdSubsidy");
    expect(award?.amount).toBe("56000.00"); // 6% × 60万元 + 10% × 20万元
    expect(award?.explanation[0]?.text).toBe(
      "rdStockRate = 6%: 《late》 (late): “存量部分按0.06”; the later rule, superseding `early`",
    );
    const earlier = evaluateWith(flagship, related, rd("2026-12-31"));
    expect(earlier.ok && art3(earlier.result)?.amount).toBe("50000.00");
  });

  it("`on` evaluates as if the applicant applied that day", () => {
    const related = { rules: [rule("r", "2026-04-01", "2028-12-31", "0.05")], amendments: [] };
    const out = evaluateWith(flagship, related, rd("2026-03-01"), { on: "2026-05-01" });
    expect(out.ok && art3(out.result)?.amount).toBe("50000.00");
    expect(out.ok && out.result.applicationDate).toBe("2026-05-01");
  });
});

describe("amendments", () => {
  const amended = clause({
    id: "platformConstruction",
    forEach: ["p", "pilotPlatforms"],
    award: rate(pct("0.25"), {
      k: "item",
      var: "p",
      path: ["totalInvestment"],
      type: "money",
      src: "p.totalInvestment",
      span: span(),
    }),
    caps: [money("8000000")],
  });
  const amendment: Amendment = {
    kind: "amendment",
    id: "a-2027",
    title: "《2027年调整》",
    amends: flagship.id,
    validity: { from: "2027-01-01", to: "2028-12-31", dateInput: "applicationDate", span: span() },
    clauses: [{ article: 4, clause: amended }],
    span: span(),
  };
  const platform = (date: string) => ({
    applicationDate: date,
    pilotPlatforms: [
      {
        id: "p",
        kind: "pilot-scale",
        totalInvestment: "20000000",
        performanceQualified: true,
        operating: false,
        nationalPilotPlatform: false,
      },
    ],
  });

  it("applies the version in force on the applicant's date: before, the policy's; from the date, the amendment's", () => {
    const related = { rules: [], amendments: [amendment] };
    const before = evaluateWith(flagship, related, platform("2026-12-31"));
    const after = evaluateWith(flagship, related, platform("2027-01-01"));
    if (!before.ok || !after.ok) throw new Error("evaluation failed");
    expect(before.result.awards.map((a) => [a.clause, a.amount, a.rules])).toEqual([
      ["platformConstruction", "6000000.00", undefined],
    ]);
    expect(after.result.awards.map((a) => [a.clause, a.amount])).toEqual([["platformConstruction", "5000000.00"]]);
    expect(after.result.awards[0]?.explanation[0]?.text).toBe(
      "clause platformConstruction as amended by 《2027年调整》 (a-2027), in force 2027-01-01 to 2028-12-31",
    );
    expect(after.applied.amendments).toMatchObject([{ article: 4, clause: "platformConstruction" }]);
  });

  it("consolidates only the amended clause; every other clause is the same object", () => {
    const { policy } = policyOn(flagship, { rules: [], amendments: [amendment] }, () => "2027-06-01");
    const changed = policy.articles.flatMap((a, i) =>
      a.clauses.filter((c, j) => c !== flagship.articles[i]?.clauses[j]),
    );
    expect(changed.map((c) => c.id)).toEqual(["platformConstruction"]);
  });
});

describe("match", () => {
  it("refuses a fact no policy declares, and skips a policy whose facts are missing", () => {
    const bad = match({ ...rd("2026-06-30"), revenu: "1" }, { policies: [flagship], rules: [], amendments: [] });
    expect(bad).toMatchObject({ ok: false, kind: "facts", errors: [{ path: "revenu" }] });
    const skipped = match({ rdInvestment: { current: "800000" } }, { policies: [flagship], rules: [], amendments: [] });
    expect(skipped).toMatchObject({
      ok: true,
      awards: [],
      skipped: [{ policy: flagship.id, errors: [{ path: "applicationDate" }] }],
    });
  });
});
