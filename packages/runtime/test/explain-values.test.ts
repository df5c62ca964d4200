import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Policy } from "@subsidia/ir";
import type { Result } from "../src/index.js";
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
      "cap workshopCap (2000000): not reached, 400000; where workshopCap = 2000000 (the value from 2027-01-01, on 2027-03-01)",
    );
    expect(cap?.values).toEqual([
      expect.objectContaining({
        src: "workshopCap",
        value: "2000000",
        note: "the value from 2027-01-01, on 2027-03-01",
      }),
    ]);
    const earlier = run(ir, { applicationDate: "2026-03-01", firm: firm("leading", 150000000) });
    expect(text(earlier, "byCase", "cap")).toContain(
      "workshopCap = 1000000 (the value before 2027-01-01, on 2026-03-01)",
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
    expect(text(r, "byBranch", "amount")).toContain("; where if firm.revenue > 1亿元: false: else → 0.5% = 0.005");
    // the step already shows the value of the whole steps: not repeated after `where`
    expect(text(r, "byBranch", "cap")).toBe("cap 5万元 per 1000万元 of firm.revenue (400000): not reached, 400000");
  });

  it("a step with nothing in between is as before: no `where`, no `values`", () => {
    const r = run(ir, { applicationDate: "2027-03-01", firm: firm("pilot", 150000000) });
    const round = steps(r, "byCase").find((s) => s.kind === "round");
    expect(round?.values).toBeUndefined();
    expect(steps(r, "byTier").find((s) => s.kind === "tier")?.text).toContain("; where by firm.industry = pilot");
  });
});
