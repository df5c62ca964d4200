import { readFileSync } from "node:fs";
import { type Amendment, Policy } from "@subsidia/ir";
import { describe, expect, it } from "vitest";
import { evaluateWith, policyOn } from "../src/index.js";
import { article, clause, fixed, money, paramDecl, pct, span } from "./build-ir.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));

/** A FICTIONAL amendment from 2027: the rates of art. 3 and a new article 18 paying 10万元 to everyone. */
const amendment: Amendment = {
  kind: "amendment",
  id: "a-2027",
  title: "《2027年调整》",
  issued: "2026-12-01",
  amends: flagship.id,
  validity: { from: "2027-01-01", to: "2028-12-31", dateInput: "applicationDate", span: span() },
  clauses: [],
  params: [
    { ...paramDecl("rdStockRate", "percent", [[pct("0.04")]]), doc: "存量部分按4%" },
    { ...paramDecl("rdIncrementRate", "percent", [[pct("0.08")]]), doc: "增量部分按8%" },
  ],
  articles: [{ ...article(18, [clause({ id: "newGrant", award: fixed(money("100000")) })]), title: "新增支持" }],
  span: span(),
};
const related = { rules: [], amendments: [amendment] };
const rd = (date: string) => ({ applicationDate: date, rdInvestment: { current: "800000", previous: "600000" } });
const evaluated = (date: string) => {
  const out = evaluateWith(flagship, related, rd(date));
  if (!out.ok) throw new Error("evaluation failed");
  return out;
};

describe("an amendment's new parameter values and added articles", () => {
  it("before its window: the policy as written (art. 3 pending, no art. 18)", () => {
    const before = evaluated("2026-12-31");
    expect(before.result.awards.map((a) => a.clause)).toEqual([]);
    expect(before.result.pending.map((p) => p.clause)).toEqual(["rdSubsidy"]);
    expect(before.applied).toEqual({ rules: [], amendments: [] });
  });

  it("from its date: art. 3 at the amended rates, citing the amendment, and art. 18 added", () => {
    const after = evaluated("2027-01-01");
    // 4% of 60万元 + 8% of 20万元 = 2.4万元 + 1.6万元
    expect(after.result.awards.map((a) => [a.article, a.clause, a.amount])).toEqual([
      [3, "rdSubsidy", "40000.00"],
      [18, "newGrant", "100000.00"],
    ]);
    const [rdSubsidy, newGrant] = after.result.awards;
    expect(rdSubsidy?.explanation.slice(0, 2).map((s) => s.text)).toEqual([
      "rdStockRate = 4%: 《2027年调整》 (a-2027): “存量部分按4%”",
      "rdIncrementRate = 8%: 《2027年调整》 (a-2027): “增量部分按8%”",
    ]);
    expect(rdSubsidy?.rules?.map((r) => r.number)).toEqual(["a-2027"]);
    expect(newGrant?.explanation[0]?.text).toBe(
      "clause newGrant added by 《2027年调整》 (a-2027), in force 2027-01-01 to 2028-12-31",
    );
    expect(after.applied.amendments).toEqual([
      expect.objectContaining({ article: 18, clause: "newGrant", added: true }),
    ]);
    expect(after.applied.rules.map((f) => [f.param, f.value, f.rule.id])).toEqual([
      ["rdStockRate", "4%", "a-2027"],
      ["rdIncrementRate", "8%", "a-2027"],
    ]);
  });

  it("keeps every clause's identity: the added article sorts among the policy's by number", () => {
    const { policy } = policyOn(flagship, related, () => "2027-06-01");
    expect(policy.articles.map((a) => a.number)).toEqual([...flagship.articles.map((a) => a.number), 18]);
    expect(policy.params.find((p) => p.name === "rdStockRate")?.pending).toBeUndefined();
    const { policy: before } = policyOn(flagship, related, () => "2026-06-01");
    expect(before).toEqual(flagship);
  });
});
