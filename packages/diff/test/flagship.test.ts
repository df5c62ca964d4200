import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffPolicies } from "../src/index.js";
import {
  changedCopy,
  changedPath,
  flagshipPath,
  reformattedCopy,
  reformattedPath,
} from "./fixtures/flagship/copies.js";
import { kinds, policyOf, verifyWitness } from "./helpers.js";

const flagshipText = readFileSync(flagshipPath, "utf8");
const flagship = policyOf(flagshipText, "flagship.subsidia");

test("the committed copies are the flagship's (regenerate: npx tsx test/fixtures/flagship/copies.ts)", () => {
  expect(readFileSync(changedPath, "utf8")).toBe(changedCopy(flagshipText));
  expect(readFileSync(reformattedPath, "utf8")).toBe(reformattedCopy(flagshipText));
});

describe("the flagship against a changed copy (art. 4 cap 1000万→1200万, top TCM tier)", () => {
  const changed = policyOf(readFileSync(changedPath, "utf8"), "changed.subsidia");
  const diff = diffPolicies(flagship, changed);
  const behavioural = diff.changes.filter((c) => c.behavioural);

  test("lists exactly the two changed clauses, each change once", () => {
    expect(behavioural.map((c) => [c.article, c.clause, c.kind, c.before, c.after])).toEqual([
      [4, "platformConstruction", "cap", "cap 1000万元", "cap 1200万元"],
      [10, "tcmSecondaryDevelopment", "tier", "at least 3亿元: 1000万元", "at least 2.5亿元: 1200万元"],
    ]);
    expect(diff.behavioural).toBe(2);
    expect(kinds(diff.changes.filter((c) => !c.behavioural))).toEqual([
      "article-text",
      "article-text",
      "clause-text",
      "clause-text",
    ]);
  });

  test("each change has a witness that evaluating both versions confirms", () => {
    for (const c of behavioural) verifyWitness(flagship, changed, c.witness!, { before: c.clause, after: c.clause });
  });

  test("the witnesses sit on the policies' own breakpoints: the new cap's knee, the new tier bound", () => {
    const [cap, tier] = behavioural;
    expect(cap!.witness!.facts["pilotPlatforms"]).toMatchObject([
      { totalInvestment: 40000000, performanceQualified: true },
    ]);
    expect([cap!.witness!.before.amount, cap!.witness!.after.amount]).toEqual(["10000000.00", "12000000.00"]);
    expect(tier!.witness!.facts["tcmProducts"]).toEqual([{ id: "w1", salesRevenueIncrease: 250000000 }]);
    expect([tier!.witness!.before.amount, tier!.witness!.after.amount]).toEqual(["5000000.00", "12000000.00"]);
  });

  test("the tests that follow the new figures are reported, not counted as changes", () => {
    expect(diff.tests.changed).toEqual(["art. 10: TCM tiers at, just below and above each boundary"]);
    expect(diff.tests.added).toHaveLength(2);
    expect(diff.tests.removed).toHaveLength(2);
  });
});

describe("the flagship against a reformatted copy", () => {
  const reformatted = policyOf(readFileSync(reformattedPath, "utf8"), "reformatted.subsidia");
  const diff = diffPolicies(flagship, reformatted);

  test("says no behavioural change, and names what was only moved or renamed", () => {
    expect(diff.behavioural).toBe(0);
    expect(kinds(diff.changes)).toEqual([
      "article-order",
      "clause-order",
      "clause-renamed",
      "condition-order",
      "for-each",
    ]);
    expect(diff.changes.find((c) => c.kind === "clause-renamed")).toMatchObject({
      article: 11,
      clause: "threeNewFoods",
      before: "newFood",
      after: "threeNewFoods",
    });
  });

  test("a policy against itself has no change at all", () => {
    expect(diffPolicies(flagship, flagship).changes).toEqual([]);
  });
});
