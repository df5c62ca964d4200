/**
 * Type tests, run by `vitest` (typecheck mode, see vitest.config.ts) and by `tsc -p
 * tsconfig.test.json`. Each `@ts-expect-error` line is a misuse that must not compile:
 * if it ever compiles, the unused directive fails both runs. consumers.test.ts
 * shows the same misuses failing with their messages.
 */
import { describe, expectTypeOf, test } from "vitest";
import { heilongjiangBiomanufacturing2026 as hlj } from "@subsidia/sdk";

const date = "2026-06-01" as const;

describe("facts", () => {
  test("a correct consumer compiles", () => {
    expectTypeOf(hlj.evaluate).toBeCallableWith({
      applicationDate: date,
      rdInvestment: { current: "800000", previous: 600000 },
      pilotPlatforms: [
        {
          id: "cv-1",
          kind: "pilot-scale",
          totalInvestment: "20000000",
          performanceQualified: true,
          operating: false,
          nationalPilotPlatform: true,
        },
      ],
      clinicalTrials: [{ id: "t", productType: "new-drug", phase: 2, approvedByNationalRegulator: true }],
    });
    expectTypeOf<hlj.Facts["applicationDate"]>().toEqualTypeOf<hlj.IsoDate>();
    expectTypeOf<NonNullable<hlj.Facts["projects"]>[number]["construction"]>().toEqualTypeOf<
      "new" | "renovation" | "expansion" | "technical-transformation"
    >();
    expectTypeOf<hlj.Money>().toEqualTypeOf<number | string>();
  });

  test("a wrong fact name does not compile", () => {
    // @ts-expect-error `projcts` is not a fact of this policy
    hlj.evaluate({ applicationDate: date, projcts: [] });
    hlj.evaluate({
      applicationDate: date,
      // @ts-expect-error `fixedAssetInvestmnt` is not a field of a project
      projects: [{ id: "p", construction: "new", highTech: true, fixedAssetInvestmnt: 1 }],
    });
  });

  test("a wrong enum value does not compile", () => {
    hlj.evaluate({
      applicationDate: date,
      // @ts-expect-error `rebuild` is not a construction kind
      projects: [{ id: "p", construction: "rebuild", highTech: true, fixedAssetInvestment: 1 }],
    });
  });

  test("a number where a date is required does not compile", () => {
    // @ts-expect-error a date is an ISO string, not a number
    hlj.evaluate({ applicationDate: 20260601 });
    // @ts-expect-error nor a string of another shape
    hlj.evaluate({ applicationDate: "2026/06/01" });
  });

  test("a required fact cannot be left out", () => {
    // @ts-expect-error `applicationDate` is required
    hlj.evaluate({ projects: [] });
  });
});

describe("results", () => {
  test("awards narrow by article and clause", () => {
    const outcome = hlj.evaluate({ applicationDate: date });
    if (!outcome.ok) {
      expectTypeOf(outcome.kind).toEqualTypeOf<"facts" | "ir" | "eval">();
      if (outcome.kind === "facts") expectTypeOf(outcome.errors[0]!.path).toEqualTypeOf<hlj.FactPath>();
      return;
    }
    expectTypeOf(outcome.result.policy).toEqualTypeOf<"hlj-biomanufacturing-2026">();
    for (const award of outcome.result.awards) {
      // only the articles with a monetary clause can award anything
      expectTypeOf(award.article).toEqualTypeOf<3 | 4 | 5 | 6 | 8 | 10 | 11 | 12>();
      if (award.article === 4) {
        expectTypeOf(award.clause).toEqualTypeOf<"platformConstruction" | "platformOperation">();
        expectTypeOf(award.item).toEqualTypeOf<string>();
      }
      if (award.article === 3) {
        expectTypeOf(award.clause).toEqualTypeOf<"rdSubsidy">();
        expectTypeOf(award.item).toEqualTypeOf<undefined>();
      }
      if (award.clause === "projectConstruction") expectTypeOf(award.article).toEqualTypeOf<6>();
    }
    expectTypeOf(hlj.awardsOf(outcome.result, 10)).toEqualTypeOf<hlj.AwardOf<10>[]>();
    expectTypeOf<hlj.AwardOf<10>["clause"]>().toEqualTypeOf<
      "clinicalTrial" | "productLaunch" | "tcmSecondaryDevelopment" | "volumeProcurement"
    >();
    expectTypeOf<hlj.ClausesByArticle[12]>().toEqualTypeOf<"keyNewProduct">();
  });

  test("article numbers and clause ids are literal unions", () => {
    // @ts-expect-error the policy has no article 18
    hlj.awardsOf({} as hlj.Result, 18);
    // @ts-expect-error `rdSubsidies` is not a clause id
    const clause: hlj.ClauseId = "rdSubsidies";
    expectTypeOf(clause).toEqualTypeOf<hlj.ClauseId>();
  });
});

describe("validation", () => {
  test("validateFacts narrows unknown input to Facts", () => {
    const checked = hlj.validateFacts(JSON.parse("{}") as unknown);
    if (checked.ok) expectTypeOf(checked.facts).toEqualTypeOf<hlj.Facts>();
    else expectTypeOf(checked.errors).toEqualTypeOf<hlj.FactsError[]>();
  });
});

describe("why not", () => {
  test("entries of `notAwarded` carry the policy's article numbers and clause ids", () => {
    expectTypeOf<NonNullable<hlj.Result["notAwarded"]>[number]["clause"]>().toEqualTypeOf<hlj.ClauseId>();
    expectTypeOf<NonNullable<hlj.Result["notAwarded"]>[number]["article"]>().toEqualTypeOf<hlj.ArticleNumber>();
    expectTypeOf(hlj.evaluate).toBeCallableWith({ applicationDate: date }, { whyNot: true });
  });
});
