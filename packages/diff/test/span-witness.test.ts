import { readFileSync } from "node:fs";
import { compileLibrary } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { policyOn } from "@subsidia/runtime";
import { describe, expect, it } from "vitest";
import { diffPolicies } from "../src/index.js";

const read = (path: string) => ({
  file: path,
  text: readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8"),
});

/** The Hainan 细则 and its FICTIONAL amendment of 2026 (a lower LPR), both read from the amendment's first day. */
function versions(): { before: Policy; after: Policy } {
  const lib = compileLibrary([
    read("policies/hainan/biomedicine-awards-2022.subsidia"),
    read("examples/library/FICTIONAL-hainan-amendment-2026.subsidia"),
  ]);
  expect(lib.diagnostics).toEqual([]);
  const before = lib.policies[0]!;
  const { policy: after } = policyOn(before, lib, () => "2026-01-01");
  const during = (p: Policy): Policy => ({ ...p, validity: { ...p.validity!, from: "2026-01-01" } });
  return { before: during(before), after: during(after) };
}

describe("a rate multiplied by a span between two dates of the facts (interest on a loan)", () => {
  it("gets a witness whose span is not empty: the LPR the interest subsidy is paid at", () => {
    const { before, after } = versions();
    const lpr = diffPolicies(before, after).changes.find((c) => c.kind === "param-value");
    const loan = (lpr?.witness?.facts.loans as Record<string, unknown>[] | undefined)?.[0];
    expect(loan).toMatchObject({ from: "2025-01-01", to: "2026-01-01" });
    expect(String(loan?.principal)).toBe("1000000");
    // 50% × 3% × 100万元 × 365 / 365 before; 50% × 2.8% × … after
    expect(lpr?.witness?.before).toMatchObject({ status: "award", amount: "15000.00" });
    expect(lpr?.witness?.after).toMatchObject({ status: "award", amount: "14000.00" });
  });
});
