import { describe, expect, it } from "vitest";
import { type Dec, evaluate, factsSchema, validateFacts } from "../src/index.js";
import { enumOf, field, listOf, policy, recordOf } from "./build-ir.js";

const p = policy({
  inputs: [
    field("rdInvestment", recordOf(field("current", "money"), field("previous", "money", true)), true),
    field(
      "projects",
      listOf(
        field("id", "string"),
        field("construction", enumOf("new", "renovation", "expansion", "technical-transformation")),
        field("highTech", "boolean"),
        field("fixedAssetInvestment", "money"),
        field("phase", "integer", true),
        field("share", "percent", true),
        field("ratio", "number", true),
        field("approved", "date", true),
      ),
    ),
  ],
  articles: [],
});
const project = { id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" };

function errors(facts: unknown) {
  const v = validateFacts(p, facts);
  return v.ok ? [] : v.errors;
}

describe("facts validation", () => {
  it("accepts and normalises valid facts", () => {
    const v = validateFacts(p, {
      applicationDate: "2028-02-29",
      rdInvestment: { current: 800000, previous: "600000.5" },
      projects: [
        { ...project, phase: "2", share: "30%", ratio: -1.25, approved: null },
        { ...project, id: "b", share: 0.125 },
      ],
    });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const rd = v.facts["rdInvestment"] as Record<string, Dec>;
    expect(rd["current"]!.toFixed()).toBe("800000");
    expect(rd["previous"]!.toFixed()).toBe("600000.5");
    const [a, b] = v.facts["projects"] as Record<string, unknown>[];
    expect(String(a!["share"])).toBe("0.3");
    expect(String(b!["share"])).toBe("0.125");
    expect(String(a!["phase"])).toBe("2");
    expect(String(a!["ratio"])).toBe("-1.25");
    expect(a!["approved"]).toBeNull();
  });
  it("an absent list is empty and an absent optional record is null or absent", () => {
    const v = validateFacts(p, { applicationDate: "2026-06-30", rdInvestment: null });
    expect(v).toEqual({ ok: true, facts: { applicationDate: "2026-06-30", rdInvestment: null, projects: [] } });
  });
  it("reports every error with its path and what was expected", () => {
    expect(
      errors({
        applicationDate: "2026-02-30",
        rdInvestment: { current: -5 },
        projects: [
          project,
          project,
          { ...project, construction: "rebuild", fixedAssetInvestment: "-1", highTech: "yes" },
          7,
          { ...project, id: 3, phase: 1.5, share: "x%", approved: "2026-13-01" },
        ],
      }),
    ).toEqual([
      { path: "applicationDate", message: "expected a date YYYY-MM-DD, got `2026-02-30` (not a calendar date)" },
      {
        path: "rdInvestment.current",
        message: "expected a non-negative amount in yuan (a number or a decimal string), got `-5`",
      },
      {
        path: "projects[2].construction",
        message: "expected one of `new`, `renovation`, `expansion`, `technical-transformation`, got `rebuild`",
      },
      { path: "projects[2].highTech", message: "expected `true` or `false`, got `yes`" },
      {
        path: "projects[2].fixedAssetInvestment",
        message: "expected a non-negative amount in yuan (a number or a decimal string), got `-1`",
      },
      { path: "projects[3]", message: "expected a record (an object), got `7`" },
      { path: "projects[4].id", message: "expected a string, got `3`" },
      { path: "projects[4].phase", message: "expected an integer, got `1.5`" },
      {
        path: "projects[4].share",
        message: "expected a percent (a fraction such as 0.3 or a string such as `30%`), got `x%`",
      },
      { path: "projects[4].approved", message: "expected a date YYYY-MM-DD, got `2026-13-01` (not a calendar date)" },
    ]);
  });
  it("reports missing required facts, including fields of list items", () => {
    expect(errors({ projects: [{ id: "a", construction: "new", highTech: true }], rdInvestment: {} })).toEqual([
      { path: "applicationDate", message: "required fact is missing: expected a date YYYY-MM-DD" },
      {
        path: "rdInvestment.current",
        message: "required fact is missing: expected a non-negative amount in yuan (a number or a decimal string)",
      },
      {
        path: "projects[0].fixedAssetInvestment",
        message: "required fact is missing: expected a non-negative amount in yuan (a number or a decimal string)",
      },
    ]);
    expect(errors({ applicationDate: null })).toEqual([
      { path: "applicationDate", message: "required fact is missing: expected a date YYYY-MM-DD" },
    ]);
  });
  it("rejects malformed dates, wrong shapes and non-object facts", () => {
    for (const d of ["2026-6-1", "2026/06/01", "20260601", "2025-02-29", "2026-04-31", "2026-00-10"]) {
      expect(errors({ applicationDate: d }).map((e) => e.path)).toEqual(["applicationDate"]);
    }
    expect(errors({ applicationDate: "2024-02-29" })).toEqual([]);
    expect(errors({ applicationDate: "2026-06-01", projects: { id: "x" }, rdInvestment: "800000" })).toEqual([
      { path: "rdInvestment", message: "expected a record (an object), got `800000`" },
      { path: "projects", message: 'expected a list of records (an array), got `{"id":"x"}`' },
    ]);
    expect(errors([1, 2])).toEqual([
      { path: "(facts)", message: "expected the facts as an object of named facts, got `[1,2]`" },
    ]);
    expect(errors("x")).toEqual([
      { path: "(facts)", message: "expected the facts as an object of named facts, got `x`" },
    ]);
  });
  it("caches the schema per policy object", () => {
    expect(factsSchema(p)).toBe(factsSchema(p));
    expect(factsSchema({ ...p })).not.toBe(factsSchema(p));
  });
  it("evaluate() reports facts errors and IR errors separately", () => {
    expect(evaluate(p, { applicationDate: "x" })).toMatchObject({
      ok: false,
      kind: "facts",
      errors: [{ path: "applicationDate" }],
    });
    expect(evaluate({ ...p, irVersion: "0.9" }, {})).toMatchObject({
      ok: false,
      kind: "ir",
      errors: [{ path: "irVersion" }],
    });
    expect(evaluate(42, {})).toMatchObject({ ok: false, kind: "ir" });
  });
});
