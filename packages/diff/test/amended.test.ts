import { readFileSync } from "node:fs";
import { compileLibrary } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { policyOn } from "@subsidia/runtime";
import { describe, expect, it } from "vitest";
import { diffPolicies } from "../src/index.js";

const FLAGSHIP = "policies/heilongjiang/biomanufacturing-2026.subsidia";
const flagshipText = readFileSync(new URL(`../../../${FLAGSHIP}`, import.meta.url), "utf8");

/** A FICTIONAL amendment from 2027: the loan interest rate of art. 8, and a new article 18. */
const AMENDMENT = `amendment "a-2027" amends "hlj-biomanufacturing-2026" {
  title "《2027年调整》"
  issued 2026-12-01
  valid from 2027-01-01 to 2028-12-31
}

param loanInterestRate: percent = 50% "贴息比例为50%"

new article 18 "支持合成生物" {
  text "对年度研发投入达100万元及以上的企业，给予20万元奖励"
  clause syntheticBiology "合成生物奖励" {
    text "给予20万元奖励"
    when rdInvestment.current >= 100万元
    award 20万元
  }
}
`;

/** The policy and itself as amended, both read on the first day of the amendment (as `subsidia diff` does). */
function versions(): { before: Policy; after: Policy } {
  const lib = compileLibrary([
    { file: FLAGSHIP, text: flagshipText },
    { file: "a.subsidia", text: AMENDMENT },
  ]);
  expect(lib.diagnostics).toEqual([]);
  const before = lib.policies[0]!;
  const { policy: after } = policyOn(before, { rules: [], amendments: lib.amendments }, () => "2027-01-01");
  const during = (p: Policy): Policy => ({ ...p, validity: { ...p.validity!, from: "2027-01-01" } });
  return { before: during(before), after: during(after) };
}

describe("the diff of a policy and itself as amended with a parameter value and an added article", () => {
  it("names exactly the parameter and the added clause, each with a witness", () => {
    const { before, after } = versions();
    const diff = diffPolicies(before, after);
    const behavioural = diff.changes.filter((c) => c.behavioural);
    expect(behavioural.map((c) => [c.kind, c.article, c.clause])).toEqual([
      ["param-pending", null, null],
      ["clause-added", 18, "syntheticBiology"],
    ]);
    for (const c of behavioural) expect(c.witness?.facts.applicationDate).toBe("2027-01-01");
    expect(behavioural[0]?.witness?.after).toMatchObject({ status: "award", amount: "500000.00" });
    expect(behavioural[1]?.witness?.after).toMatchObject({ status: "award", amount: "200000.00" });
    // the rest only says that art. 8's clause now cites the amendment
    expect(diff.changes.filter((c) => !c.behavioural).map((c) => [c.article, c.clause])).toEqual([
      [8, "loanInterest"],
      [18, null],
    ]);
  });
});
