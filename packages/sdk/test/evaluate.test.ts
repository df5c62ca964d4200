import { describe, expect, test } from "vitest";
import { z } from "zod";
import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

const plant = { id: "plant-1", construction: "new", highTech: true, fixedAssetInvestment: "300000000" } as const;

describe("evaluate", () => {
  test("returns the typed result with explanations", () => {
    const outcome = hlj.evaluate({ applicationDate: "2026-06-01", projects: [plant] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.total).toBe("50000000.00");
    const [award] = hlj.awardsOf(outcome.result, 6);
    expect(award).toMatchObject({
      article: 6,
      clause: "projectConstruction",
      item: "plant-1",
      amount: "50000000.00",
      basis: "exact",
    });
    expect(award!.explanation.map((s) => s.kind)).toContain("cap");
  });

  test("says why a clause did not pay when asked, and only then", () => {
    const short = { ...plant, fixedAssetInvestment: "19999999.99" };
    const plain = hlj.evaluate({ applicationDate: "2026-06-01", projects: [short] });
    expect(plain.ok && plain.result.notAwarded).toBe(undefined);
    const outcome = hlj.evaluate({ applicationDate: "2026-06-01", projects: [short] }, { whyNot: true });
    if (!outcome.ok) throw new Error("expected a result");
    const entry = outcome.result.notAwarded?.find((n) => n.clause === "projectConstruction");
    expect(entry).toMatchObject({ article: 6, item: "plant-1", kind: "not-met", because: [{ gap: "0.01" }] });
  });

  test("rejects invalid facts with the path of each offending fact, and what was expected", () => {
    const facts = JSON.parse(
      '{"applicationDate":"2026-02-30","projects":[{"id":"p","construction":"rebuild","highTech":true,"fixedAssetInvestment":"-5"}]}',
    ) as hlj.Facts;
    const outcome = hlj.evaluate(facts);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.kind !== "facts") throw new Error("expected invalid facts");
    expect(outcome.errors.map((e) => e.path)).toEqual([
      "applicationDate",
      "projects[0].construction",
      "projects[0].fixedAssetInvestment",
    ]);
    expect(outcome.errors[1]!.message).toContain("one of `new`, `renovation`, `expansion`, `technical-transformation`");
    expect(outcome.errors[2]!.message).toContain("a non-negative amount in yuan");
  });

  test("a misspelt fact is an error with its path and the likely spelling, never ignored", () => {
    const facts = JSON.parse('{"applicationDate":"2026-06-30","project":[{"id":"p"}]}') as hlj.Facts;
    expect(hlj.evaluate(facts)).toMatchObject({
      ok: false,
      kind: "facts",
      errors: [{ path: "project", message: "unknown fact; did you mean `projects`?" }],
    });
    expect(hlj.validateFacts(facts)).toMatchObject({ ok: false, errors: [{ path: "project" }] });
  });

  test("outside the validity window nothing is awarded", () => {
    const outcome = hlj.evaluate({ applicationDate: "2029-01-05", projects: [plant] });
    expect(outcome.ok && outcome.result).toMatchObject({ inForce: false, total: "0.00", awards: [] });
  });
});

describe("facts schemas", () => {
  test("validateFacts types unknown input, or says what is wrong where", () => {
    expect(hlj.validateFacts({ applicationDate: "2026-06-01" })).toEqual({
      ok: true,
      facts: { applicationDate: "2026-06-01" },
    });
    expect(hlj.validateFacts([])).toEqual({
      ok: false,
      errors: [{ path: "(facts)", message: "expected the facts as an object of named facts, got `[]`" }],
    });
  });

  test("factsSchema is the runtime's: it normalises amounts to exact decimals", () => {
    const parsed = hlj.factsSchema.parse({
      applicationDate: "2026-06-01",
      projects: [{ ...plant, fixedAssetInvestment: "12345678901234567890.12" }],
    });
    expect(
      String(
        parsed["projects"] && (parsed["projects"] as { fixedAssetInvestment: unknown }[])[0]!.fixedAssetInvestment,
      ),
    ).toBe("12345678901234567890.12");
    expect(hlj.factsSchema.safeParse({ applicationDate: 1 }).error?.issues[0]?.path).toEqual(["applicationDate"]);
  });

  test("factsJsonSchema describes the same facts, with the policy's docs", () => {
    const schema = hlj.factsJsonSchema;
    expect(schema.required).toEqual(["applicationDate"]);
    expect(schema.properties.applicationDate.description).toBe("申请日期：政策在该日是否有效");
    expect(schema.properties.projects.anyOf[0].items.properties.construction.enum).toEqual([
      "new",
      "renovation",
      "expansion",
      "technical-transformation",
    ]);
    const validator = z.fromJSONSchema(schema as unknown as Parameters<typeof z.fromJSONSchema>[0]);
    expect(validator.safeParse({ applicationDate: "2026-06-01", projects: [plant] }).success).toBe(true);
    expect(
      validator.safeParse({ applicationDate: "2026-06-01", projects: [{ ...plant, construction: "rebuild" }] }).success,
    ).toBe(false);
  });
});
