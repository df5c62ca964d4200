import { readFileSync } from "node:fs";
import { type ImplementingRule, Policy } from "@subsidia/ir";
import { describe, expect, it } from "vitest";
import { citeDatedParams, evaluatePolicy, evaluateWith, validateFacts } from "../src/index.js";
import { paramDecl, pct, span } from "./build-ir.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));

/** A FICTIONAL rule whose stock rate changes by date: 5%, then 6% from 2027-01-01. */
const dated: ImplementingRule = {
  kind: "rule",
  id: "dated-rates",
  title: "《虚构》",
  implements: flagship.id,
  validity: { from: "2026-04-01", to: "2028-12-31", span: span() },
  fills: [
    { ...paramDecl("rdStockRate", "percent", [[pct("0.05")], [pct("0.06"), "2027-01-01"]]), doc: "存量部分" },
    { ...paramDecl("rdIncrementRate", "percent", [[pct("0.1")]]), doc: "增量部分" },
  ],
  span: span(),
};
const rd = (date: string) => ({ applicationDate: date, rdInvestment: { current: "800000", previous: "600000" } });

function art3(date: string) {
  const out = evaluateWith(flagship, { rules: [dated], amendments: [] }, rd(date));
  if (!out.ok) throw new Error(out.kind);
  const a = out.result.awards.find((x) => x.clause === "rdSubsidy");
  if (!a) throw new Error("art. 3 not paid");
  return {
    amount: a.amount,
    cited: a.explanation
      .filter((s) => s.text.startsWith("rdStockRate = ") && s.text.includes(", on "))
      .map((s) => s.text),
  };
}

describe("the value of a dated parameter an award used is cited", () => {
  it("names the value, its date and the cited text; the amount is the one computed with it", () => {
    // 60万 × 5% + 20万 × 10% = 5万; from 2027-01-01, 60万 × 6% + 2万 = 5.6万
    expect(art3("2026-12-31")).toEqual({
      amount: "50000.00",
      cited: ["rdStockRate = 5% (before 2027-01-01, on 2026-12-31): “存量部分”"],
    });
    expect(art3("2027-01-01")).toEqual({
      amount: "56000.00",
      cited: ["rdStockRate = 6% (from 2027-01-01, on 2027-01-01): “存量部分”"],
    });
  });

  it("leaves a result without dated parameters as it was (the flagship alone)", () => {
    const facts = validateFacts(flagship, rd("2026-06-01"));
    if (!facts.ok) throw new Error("facts");
    const r = evaluatePolicy(flagship, facts.facts);
    expect(citeDatedParams(flagship, r)).toBe(r);
  });
});
