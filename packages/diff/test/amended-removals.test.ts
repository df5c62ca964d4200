import { readFileSync } from "node:fs";
import { compileLibrary } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { evaluateWith, policyOn } from "@subsidia/runtime";
import { describe, expect, it } from "vitest";
import { diffPolicies } from "../src/index.js";

const read = (path: string) => ({
  file: path,
  text: readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8"),
});
const HAINAN = read("policies/hainan/biomedicine-awards-2022.subsidia");
/** FICTIONAL: removes the procurement clause of art. 6, adds an input, a parameter and article 8, from 2027 */
const AMENDMENT = read("examples/library/FICTIONAL-hainan-amendment-2027.subsidia");

const library = () => {
  const lib = compileLibrary([HAINAN, AMENDMENT]);
  expect(lib.diagnostics).toEqual([]);
  return lib;
};
const applicant = (date: string) => ({
  applicationDate: date,
  wins: [{ id: "A", sales: "50000000" }],
  certifications: [],
  loans: [],
  clinicalTrials: [
    { id: "T1", phase: 3 },
    { id: "T2", phase: 2 },
  ],
});

describe("an amendment that removes a clause and adds an input, a parameter and an article", () => {
  it("pays the removed clause before its date and the added article from it, reading the added fact", () => {
    const lib = library();
    const policy = lib.policies[0]!;
    const amounts = (date: string) => {
      const out = evaluateWith(policy, lib, applicant(date));
      if (!out.ok) throw new Error(JSON.stringify(out.errors));
      return out.result.awards.map((a) => [a.clause, a.item ?? null, a.amount]);
    };
    expect(amounts("2026-12-31")).toEqual([["procurement", "A", "1500000.00"]]);
    expect(amounts("2027-01-01")).toEqual([["trials", "T1", "1000000.00"]]);
  });

  it("requires the added fact only while the amendment is in force", () => {
    const lib = library();
    const { clinicalTrials: _c, ...without } = applicant("2026-12-31");
    expect(evaluateWith(lib.policies[0]!, lib, without).ok).toBe(true);
    const wrong = { ...applicant("2027-01-01"), clinicalTrials: [{ id: "T1", phase: 4 }] };
    const out = evaluateWith(lib.policies[0]!, lib, wrong);
    expect(out.ok ? [] : out.errors.map((e) => e.path)).toEqual(["clinicalTrials[0].phase"]);
  });

  it("cites the amendment's sentence for the added parameter in the explanation of the award", () => {
    const lib = library();
    const out = evaluateWith(lib.policies[0]!, lib, applicant("2027-01-01"));
    const text = out.ok ? out.result.awards[0]!.explanation.map((s) => s.text).join("\n") : "";
    expect(text).toContain("trialGrant = 100万元");
    expect(text).toContain("“（虚构）每项III期临床试验给予100万元补助”");
  });

  it("diffs as the removed clause and the added clause, each with a witness, the input and parameter added", () => {
    const lib = library();
    const before = lib.policies[0]!;
    const { policy: after } = policyOn(before, lib, () => "2027-01-01");
    const during = (p: Policy): Policy => ({ ...p, validity: { ...p.validity!, from: "2027-01-01" } });
    const diff = diffPolicies(during(before), during(after));
    const behavioural = diff.changes.filter((c) => c.behavioural);
    expect(behavioural.map((c) => [c.kind, c.article, c.clause])).toEqual([
      ["clause-removed", 6, "procurement"],
      ["clause-added", 8, "trials"],
    ]);
    expect(behavioural[0]?.witness?.before).toMatchObject({ status: "award", amount: "3000000.00" });
    expect(behavioural[0]?.witness?.after).toMatchObject({ status: "none" });
    expect(behavioural[1]?.witness?.facts.clinicalTrials).toEqual([{ id: "w1", phase: 3 }]);
    expect(diff.changes.filter((c) => !c.behavioural).map((c) => c.summary)).toEqual([
      "input clinicalTrials added",
      "parameter trialGrant added",
      "article 8 added",
    ]);
  });

  it("takes a removed clause out of its article's `exclusive` group, which keeps its other members", () => {
    const clause = (id: string, amount: string) => `  clause ${id} "${id}" {\n    text "x"\n    award ${amount}\n  }\n`;
    const policy = `policy "p" {\n  title "p"\n  valid from 2026-01-01 to 2028-12-31 on applicationDate\n}\n\ninput applicationDate: date\n\narticle 1 "x" {\n  text "x"\n${clause("a", "10万元")}${clause("b", "20万元")}${clause("c", "30万元")}  exclusive { a, b, c } keep highest\n}\n`;
    const head = (id: string) =>
      `amendment "${id}" amends "p" {\n  title "${id}"\n  valid from 2027-01-01 to 2028-12-31\n}\n`;
    const lib = compileLibrary([
      { file: "p.subsidia", text: policy },
      { file: "a.subsidia", text: `${head("a")}\nremove clause c of article 1 "删去c"\n` },
    ]);
    expect(lib.diagnostics).toEqual([]);
    const on = (date: string) => {
      const out = evaluateWith(lib.policies[0]!, lib, { applicationDate: date });
      if (!out.ok) throw new Error(out.kind);
      return [out.policy.articles[0]?.exclusive?.map((g) => g.members), out.result.total];
    };
    expect(on("2026-12-31")).toEqual([[["a", "b", "c"]], "300000.00"]);
    expect(on("2027-01-01")).toEqual([[["a", "b"]], "200000.00"]);
  });
});
