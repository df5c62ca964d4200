import { describe, expect, it } from "vitest";
import type { Result } from "../src/index.js";
import { Dec } from "../src/money.js";
import { flagship } from "./flagship.js";
import { run } from "./run.js";

/** The figures the contract's examples check: totals, sums by article and basis, pending articles. */
function figures(r: Result) {
  const byArticle: Record<string, { exact: string; upTo: string }> = {};
  for (const a of r.awards) {
    const e = (byArticle[a.article] ??= { exact: "0.00", upTo: "0.00" });
    const key = a.basis === "exact" ? "exact" : "upTo";
    e[key] = new Dec(e[key]).plus(a.amount).toFixed(2);
  }
  return {
    inForce: r.inForce,
    total: r.total,
    upToTotal: r.upToTotal,
    byArticle,
    pendingArticles: [...new Set(r.pending.map((p) => p.article))],
  };
}

describe("the contract's examples", () => {
  it("platform-and-plant", () => {
    const r = run(flagship, {
      applicationDate: "2026-06-01",
      pilotPlatforms: [
        {
          id: "cv-1",
          kind: "concept-verification",
          totalInvestment: "20000000",
          performanceQualified: true,
          operating: false,
          nationalPilotPlatform: true,
        },
      ],
      projects: [{ id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" }],
    });
    expect(figures(r)).toEqual({
      inForce: true,
      total: "59000000.00",
      upToTotal: "59000000.00",
      byArticle: { 4: { exact: "9000000.00", upTo: "0.00" }, 6: { exact: "50000000.00", upTo: "0.00" } },
      pendingArticles: [],
    });
    expect(r.nonMonetary).toEqual([{ article: 7, clause: "nationalFunds", reason: "优先推荐申报国家资金" }]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it("pharma-mix", () => {
    const r = run(flagship, {
      applicationDate: "2027-03-15",
      rdInvestment: { current: 800000, previous: 600000 },
      tcmProducts: [{ id: "tcm-1", salesRevenueIncrease: "120000000" }],
      clinicalTrials: [{ id: "drug-a-ph2", productType: "new-drug", phase: 2, approvedByNationalRegulator: true }],
      keyNewProducts: [
        {
          id: "pla-1",
          provincialKeyNewProduct: true,
          annualSalesRevenue: "3000000",
          annualTransactionAmount: "2800000",
        },
      ],
    });
    expect(figures(r)).toEqual({
      inForce: true,
      total: "5140000.00",
      upToTotal: "15140000.00",
      byArticle: { 10: { exact: "5000000.00", upTo: "10000000.00" }, 12: { exact: "140000.00", upTo: "0.00" } },
      pendingArticles: [3],
    });
  });
  it("expired", () => {
    const r = run(flagship, {
      applicationDate: "2029-01-05",
      projects: [{ id: "plant-2", construction: "new", highTech: true, fixedAssetInvestment: "80000000" }],
    });
    expect(figures(r)).toEqual({
      inForce: false,
      total: "0.00",
      upToTotal: "0.00",
      byArticle: {},
      pendingArticles: [],
    });
  });
  it("rounds each item once, half up: 5% of 1234567.70 = 61728.385 → 61728.39", () => {
    const r = run(flagship, {
      applicationDate: "2026-06-01",
      keyNewProducts: [
        {
          id: "k",
          provincialKeyNewProduct: true,
          annualSalesRevenue: "2000000",
          annualTransactionAmount: "1234567.70",
        },
      ],
    });
    expect(r.awards[0]!.amount).toBe("61728.39");
    expect(r.awards[0]!.explanation.map((s) => s.text)).toEqual([
      "p.provincialKeyNewProduct: true ✓",
      "p.annualSalesRevenue >= 200万元: 2000000 >= 2000000 ✓",
      "5% of p.annualTransactionAmount = 0.05 × 1234567.7 = 61728.385",
      "cap 50万元 (500000): not reached, 61728.385",
      "rounded to 0.01 half up: 61728.39",
    ]);
  });
});
