import { describe, expect, it } from "vitest";
import { printClause } from "../../src/index.js";
import { where, withFlagship } from "./helpers.js";

const amendment = (id: string, window: string, body: string) =>
  `amendment "${id}" amends "hlj-biomanufacturing-2026" {\n  title "${id}"\n  issued 2026-12-01\n  valid from ${window}\n}\n${body}`;

const ART4 = `article 4 "支持中试熟化平台建设" {
  clause platformConstruction "建设补助" for each p in pilotPlatforms {
    text "按照总投资额的25%最高给予800万元补助"
    when p.performanceQualified
    when p.totalInvestment is given
    award 25% of p.totalInvestment
    cap 800万元
    uplift 50% after cap when p.nationalPilotPlatform
  }
}
`;

describe("amendments", () => {
  it("compiles a new version of one clause in the policy's scope, keeping its id and article", () => {
    const lib = withFlagship({ file: "a.subsidia", text: amendment("a-2027", "2027-01-01 to 2028-12-31", ART4) });
    expect(lib.diagnostics).toEqual([]);
    const a = lib.amendments[0];
    expect(a).toMatchObject({ id: "a-2027", amends: "hlj-biomanufacturing-2026", file: "a.subsidia" });
    expect(a?.validity).toMatchObject({ from: "2027-01-01", to: "2028-12-31", dateInput: "applicationDate" });
    expect(a?.clauses.map((c) => [c.article, c.clause.id])).toEqual([[4, "platformConstruction"]]);
    expect(printClause(a!.clauses[0]!.clause)).toContain(
      "(award (rate 0.25:percent (item p totalInvestment :money))) (cap 8000000:money)",
    );
  });

  it("reports errors inside the new clause at their place in the amendment's file", () => {
    const body = ART4.replace("award 25% of p.totalInvestment", "award 25% of p.totalInvestmnt");
    const lib = withFlagship({ file: "a.subsidia", text: amendment("a", "2027-01-01 to 2028-12-31", body) });
    expect(where(lib.diagnostics)).toEqual(["N002 a.subsidia:11:20"]);
    expect(lib.diagnostics[0]?.message).toContain("`totalInvestmnt`");
    expect(lib.amendments).toEqual([]);
  });

  it("refuses an article or clause the policy does not have", () => {
    const body = `article 99 "x" {\n  clause c {\n    award 1元\n  }\n}\narticle 4 "x" {\n  clause platformConstruct {\n    award 1元\n  }\n}\n`;
    const lib = withFlagship({ file: "a.subsidia", text: amendment("a", "2027-01-01 to 2028-12-31", body) });
    expect(where(lib.diagnostics)).toEqual(["R005 a.subsidia:6:9", "R005 a.subsidia:12:10"]);
    expect(lib.diagnostics[1]?.suggestion).toBe("platformConstruction");
  });

  it("refuses two amendments of one clause in force on the same day; warns of days outside the policy", () => {
    const a = amendment("a", "2027-01-01 to 2027-12-31", ART4);
    const b = amendment("b", "2027-07-01 to 2029-06-30", ART4);
    const lib = withFlagship({ file: "a.subsidia", text: a }, { file: "b.subsidia", text: b });
    expect(lib.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "R006 amendments `a` and `b` both change `platformConstruction` of `hlj-biomanufacturing-2026` from " +
        "2027-07-01 to 2027-12-31; expected at most one version in force on any date",
      "R007 `b` is in force from 2027-07-01 to 2029-06-30, partly outside the validity of " +
        "`hlj-biomanufacturing-2026` (2026-02-13 to 2028-12-31); it never applies there",
    ]);
  });
});
