import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Expr, Policy } from "@subsidia/ir";
import type { Result } from "../src/index.js";
import {
  arith,
  article,
  cmp,
  clause,
  fact,
  field,
  lit,
  money,
  param,
  paramDecl,
  pct,
  policy,
  rate,
  recordOf,
} from "./build-ir.js";
import { run } from "./run.js";

/** corpus/explain-values: a lookup case that computes, a tier amount that is an expression, a dated parameter. */
const ir = JSON.parse(
  readFileSync(new URL("../../../corpus/explain-values/expected.ir.json", import.meta.url), "utf8"),
) as Policy;

const steps = (r: Result, clause: string) => r.awards.find((a) => a.clause === clause)?.explanation ?? [];
const text = (r: Result, clause: string, kind: string) => steps(r, clause).find((s) => s.kind === kind)?.text;
const firm = (industry: string, revenue: number) => ({ industry, revenue, equipment: 1000000 });

describe("intermediate values in explanations", () => {
  it("the chosen lookup case shows its own computation, operands by value", () => {
    const r = run(ir, { applicationDate: "2027-03-01", firm: firm("leading", 150000000) });
    expect(text(r, "byCase", "lookup")).toBe(
      "firm.industry = leading: case leading → 40% * firm.equipment = 0.4 × 1000000 = 400000",
    );
  });

  it("a parameter that changes by date shows the value used and the date it applies from", () => {
    const later = run(ir, { applicationDate: "2027-03-01", firm: firm("leading", 150000000) });
    const cap = steps(later, "byCase").find((s) => s.kind === "cap");
    expect(cap?.text).toBe(
      "cap workshopCap (2000000): not reached, 400000; where workshopCap = 2000000 元 (the value from 2027-01-01, on 2027-03-01)",
    );
    expect(cap?.values).toEqual([
      expect.objectContaining({
        src: "workshopCap",
        value: "2000000",
        type: "money",
        shown: "2000000 元",
        note: "the value from 2027-01-01, on 2027-03-01",
      }),
    ]);
    const earlier = run(ir, { applicationDate: "2026-03-01", firm: firm("leading", 150000000) });
    expect(text(earlier, "byCase", "cap")).toContain(
      "workshopCap = 1000000 元 (the value before 2027-01-01, on 2026-03-01)",
    );
    expect(earlier.awards.find((a) => a.clause === "byCase")?.amount).toBe("400000.00");
  });

  it("a tier amount that is an expression shows the expression, the case it took and its value", () => {
    const lookup = run(ir, { applicationDate: "2027-03-01", firm: firm("other", 150000000) });
    const tier = steps(lookup, "byTier").find((s) => s.kind === "tier");
    expect(tier?.text).toContain("at least 1亿元 (100000000) → by firm.industry {");
    expect(tier?.text).toContain(
      "} = 200000 (firm.revenue = 150000000); where by firm.industry = other: otherwise → 20万元",
    );
    expect(tier?.values?.map((v) => v.src)).toEqual(["by firm.industry"]);
    const sum = run(ir, { applicationDate: "2027-03-01", firm: firm("other", 250000000) });
    expect(text(sum, "byTier", "tier")).toContain("→ unit * 3 = 100000 × 3 = 300000 (firm.revenue = 250000000)");
  });

  it("an `if` shows the branch taken; a value the step shows already is not repeated", () => {
    const r = run(ir, { applicationDate: "2027-03-01", firm: firm("other", 80000000) });
    // the percent is shown as a percent: the branch's literal alone, not `0.5% = 0.005`
    expect(text(r, "byBranch", "amount")).toMatch(/; where if firm\.revenue > 1亿元: false: else → 0\.5%$/);
    const branch = steps(r, "byBranch").find((s) => s.kind === "amount")?.values?.[0];
    expect(branch).toMatchObject({ value: "0.005", type: "percent", shown: "0.5%" });
    // the step already shows the value of the whole steps: not repeated after `where`
    expect(text(r, "byBranch", "cap")).toBe("cap 5万元 per 1000万元 of firm.revenue (400000): not reached, 400000");
  });

  it("a step with nothing in between is as before: no `where`, no `values`", () => {
    const r = run(ir, { applicationDate: "2027-03-01", firm: firm("pilot", 150000000) });
    const round = steps(r, "byCase").find((s) => s.kind === "round");
    expect(round?.values).toBeUndefined();
    expect(steps(r, "byTier").find((s) => s.kind === "tier")?.text).toContain("; where by firm.industry = pilot");
  });

  it("a percent parameter is shown as a percent, an amount with its unit; the JSON keeps the exact value", () => {
    const usd = fact("rd.usd", "money");
    const cond = cmp(">=", usd, money("500", "500美元"));
    const ifUsd: Expr = {
      k: "if",
      cond,
      then: usd,
      else: money("0", "0美元"),
      type: "money",
      src: `if ${cond.src} then rd.usd else 0美元`,
      span: usd.span,
    };
    // the flagship's art. 3 shape: rates a rule fills, times amounts
    const p = policy({
      inputs: [field("rd", recordOf(field("current", "money"), field("usd", { kind: "money", currency: "USD" })))],
      params: [
        paramDecl("rdStockRate", "percent", [[pct("0.05")]]),
        paramDecl("floorAmount", "money", [[money("100000", "10万元")]]),
        paramDecl("fxRate", "number", [[lit("number", "7.2", "7.2")]]),
      ],
      articles: [
        article(3, [
          clause({
            id: "rd",
            award: rate(param("rdStockRate", "percent"), fact("rd.current", "money")),
            caps: [param("floorAmount", "money")],
          }),
          clause({
            id: "fx",
            award: rate(pct("0.01"), { ...arith("*", usd, param("fxRate", "number")), src: "rd.usd at fxRate" }),
          }),
          clause({ id: "usd", award: rate(param("fxRate", "number"), ifUsd) }),
        ]),
      ],
    });
    const r = run(p, { applicationDate: "2026-06-30", rd: { current: 800000, usd: 1000 } });
    const amount = steps(r, "rd").find((s) => s.kind === "amount");
    expect(amount?.text).toMatch(/; where rdStockRate = 5%$/);
    expect(amount?.values).toEqual([expect.objectContaining({ value: "0.05", type: "percent", shown: "5%" })]);
    expect(amount?.values?.[0]).not.toHaveProperty("currency");
    // a cap the step shows already: its value is not repeated after `where`
    expect(text(r, "rd", "cap")).toBe("cap floorAmount (100000): not reached, 40000");
    expect(steps(r, "rd").find((s) => s.kind === "cap")?.values?.[0]).toMatchObject({
      shown: "100000 元",
      type: "money",
    });
    expect(text(r, "fx", "amount")).toMatch(/; where fxRate = 7\.2$/);
    // an amount in another currency is shown in its unit, and the JSON names the currency
    const branch = steps(r, "usd")
      .find((s) => s.kind === "amount")
      ?.values?.find((v) => v.src.startsWith("if"));
    expect(branch).toMatchObject({ value: "1000", type: "money", currency: "USD", shown: "1000 美元" });
    expect(branch?.text).toBe("if rd.usd >= 500美元: true: then → rd.usd = 1000 美元");
  });
});
