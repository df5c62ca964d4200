import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileLibrary } from "@subsidia/compiler";
import { policyOn, runPolicyTestsWithCoverage } from "@subsidia/runtime";
import { flagship, repo } from "./run-cli.js";

/**
 * The flagship's art. 3 pays through the rates of an implementing rule (the FICTIONAL rule of
 * policies/heilongjiang/rules): its own tests can only show it pending, and the branches of its
 * `min`/`max` are not counted in its coverage. These tests hold art. 3 with the rule to 100%:
 * they are written in the language, run against the flagship as the rule fills it on their date
 * (as `subsidia eval --with` does), and each cites the sentence it checks.
 */
const rule = "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia";
const read = (file: string) => readFileSync(join(repo, file), "utf8");

const tests = `
test "art. 3 with the rule: stock at 5%, increment at 10%: 5% of 60万元 + 10% of 20万元" {
  facts { applicationDate: 2026-06-30, rdInvestment: { current: 80万元, previous: 60万元 } }
  // 第二条（虚构）：存量部分，按照5%给予补助；第三条（虚构）：增量部分，按照10%给予补助
  expect award rdSubsidy = 5万元
  expect total = 5万元
}

test "art. 3 with the rule: an investment that fell has no increment: 5% of this year's 60万元" {
  facts { applicationDate: 2026-06-30, rdInvestment: { current: 60万元, previous: 80万元 } }
  // 按照企业年度研发投入存量和增量部分给予不同比例补助: the stock is the lower of the two years
  expect award rdSubsidy = 3万元
}

test "art. 3 with the rule: exactly 50万元 both years is all stock: 2.5万元" {
  facts { applicationDate: 2026-06-30, rdInvestment: { current: 50万元, previous: 50万元 } }
  // 对研发投入50万元以上且符合条件的: 5% of 50万元, no increment
  expect award rdSubsidy = 2.5万元
}

test "art. 3 with the rule: 499999.99 is below 50万元 and pays nothing" {
  facts { applicationDate: 2026-06-30, rdInvestment: { current: 499999.99, previous: 40万元 } }
  // 对研发投入50万元以上且符合条件的
  expect no award rdSubsidy
}
`;

describe("the flagship's art. 3 with its implementing rule", () => {
  const lib = compileLibrary([
    { file: flagship, text: `${read(flagship)}\n${tests}` },
    { file: rule, text: read(rule) },
  ]);
  const policy = lib.policies.find((p) => p.id === "hlj-biomanufacturing-2026")!;
  const ruled = policyOn(policy, lib, () => "2026-06-30").policy;
  const own = new Set(tests.match(/^test "[^"]+"/gm)!.map((t) => t.slice(6, -1)));
  const { outcomes, coverage } = runPolicyTestsWithCoverage({
    ...ruled,
    tests: ruled.tests.filter((t) => own.has(t.name)),
  });

  test("the library compiles without errors and the rule fills both rates", () => {
    expect(lib.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ruled.params.filter((p) => p.name.startsWith("rd")).map((p) => p.pending)).toEqual([undefined, undefined]);
  });

  test("every test passes", () => {
    expect(outcomes).toHaveLength(4);
    expect(outcomes.filter((o) => !o.passed).map((o) => [o.name, o.failures])).toEqual([]);
  });

  test("they exercise every branch of art. 3, the `min` and `max` included: 100%", () => {
    const row = coverage.rows.find((r) => r.name === "art3.rdSubsidy")!;
    expect(row.pending).toEqual([]);
    expect(row.missed).toEqual([]);
    expect(row).toMatchObject({ covered: 7, total: 7 });
  });
});
