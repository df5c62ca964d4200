import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffPolicies } from "../src/index.js";
import { edit, kinds, policyOf, verifyWitness } from "./helpers.js";

/** A change of currency is a change of money: a behavioural change, with a witness where one exists. */
const text = readFileSync(new URL("../../../corpus/currency/input.subsidia", import.meta.url), "utf8");
const before = policyOf(text);

describe("a change of currency", () => {
  test("a cap in 元 rewritten in 美元 at an exchange rate is behavioural, with a witness at the knee", () => {
    const after = policyOf(edit(text, ["    cap 500万元\n", "    cap 70万美元 at usdRate\n"]));
    const d = diffPolicies(before, after);
    expect(kinds(d.changes)).toEqual(["cap *"]);
    const cap = d.changes[0]!;
    expect(cap.witness).not.toBeNull();
    verifyWitness(before, after, cap.witness!, { before: "arrival", after: "arrival" });
    // 70万美元 at 7.1 is 497万元: the steps of 10万美元 first reach it at 1400万美元
    expect(cap.witness!.after).toMatchObject({ status: "award", amount: "4970000.00" });
    expect(cap.witness!.before).toMatchObject({ status: "award", amount: "5000000.00" });
  });

  test("a threshold written in 港元 instead of 美元 is behavioural, not a change of source text", () => {
    // every amount in 美元, the declaration and the tests' facts, now in 港元
    const after = policyOf(
      edit(text, ["foreignInvestment: money in USD", "foreignInvestment: money in HKD"]).replace(/美元/g, "港元"),
    );
    const d = diffPolicies(before, after);
    expect(kinds(d.changes.filter((c) => c.behavioural))).toEqual(["amount *", "input *", "threshold *"]);
    const threshold = d.changes.find((c) => c.kind === "threshold")!;
    // the same figures: no applicant is paid differently, and the note says why
    expect(threshold.witness).toBeNull();
    expect(threshold.note).toContain("its amounts are now in 港元 instead of 美元");
  });

  test("a fact declared in another currency is behavioural, with no witness and the reason", () => {
    const after = policyOf(
      edit(text, ["foreignInvestment: money in USD", "foreignInvestment: money in EUR"]).replace(/美元/g, "欧元"),
    );
    const d = diffPolicies(before, after);
    const input = d.changes.find((c) => c.kind === "input" && c.behavioural)!;
    expect(input.summary).toBe("input projects: currency changed: projects.foreignInvestment: 美元 → 欧元");
    expect(input.before).toContain("foreignInvestment: money in USD");
    expect(input.after).toContain("foreignInvestment: money in EUR");
    expect(input.witness).toBeNull();
    expect(input.note).toContain("another currency");
    expect(d.behavioural).toBeGreaterThan(0);
  });

  test("the same amount written another way in the same currency is still no change", () => {
    const after = policyOf(
      edit(text, ["when p.foreignInvestment >= 500万美元", "when p.foreignInvestment >= 5000000美元"]),
    );
    expect(diffPolicies(before, after).behavioural).toBe(0);
  });
});
