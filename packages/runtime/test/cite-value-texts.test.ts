import { readFileSync } from "node:fs";
import { type ImplementingRule, type Param, Policy } from "@subsidia/ir";
import { describe, expect, it } from "vitest";
import { evaluateWith } from "../src/index.js";
import { paramDecl, pct, span } from "./build-ir.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));

/** A parameter whose values each cite the clause that set them (`= 5% "…", 6% from 2027-01-01 "…" "doc"`). */
const stock: Param = paramDecl("rdStockRate", "percent", [[pct("0.05")], [pct("0.06"), "2027-01-01"]]);
const cited: Param = {
  ...stock,
  values: [
    { ...stock.values[0]!, doc: "第二条（虚构）：存量部分按5%" },
    { ...stock.values[1]!, doc: "第三条（虚构）：自2027年起存量部分按6%" },
  ],
  doc: "存量部分补助比例",
};
const rule: ImplementingRule = {
  kind: "rule",
  id: "r",
  title: "《虚构》",
  implements: flagship.id,
  validity: { from: "2026-04-01", to: "2028-12-31", span: span() },
  fills: [cited, { ...paramDecl("rdIncrementRate", "percent", [[pct("0.1")]]), doc: "增量部分" }],
  span: span(),
};

const citation = (date: string) => {
  const facts = { applicationDate: date, rdInvestment: { current: "800000", previous: "600000" } };
  const out = evaluateWith(flagship, { rules: [rule], amendments: [] }, facts);
  if (!out.ok) throw new Error(out.kind);
  const award = out.result.awards.find((a) => a.clause === "rdSubsidy");
  return award?.explanation.filter((s) => s.text.startsWith("rdStockRate = ") && s.text.includes(", on "));
};

describe("a dated value that cites its own text", () => {
  it("is explained by the text of the value in force, then the parameter's", () => {
    expect(citation("2026-12-31")?.map((s) => s.text)).toEqual([
      "rdStockRate = 5% (before 2027-01-01, on 2026-12-31): “第二条（虚构）：存量部分按5%”, “存量部分补助比例”",
    ]);
    expect(citation("2027-01-01")?.map((s) => s.text)).toEqual([
      "rdStockRate = 6% (from 2027-01-01, on 2027-01-01): “第三条（虚构）：自2027年起存量部分按6%”, “存量部分补助比例”",
    ]);
  });
});
