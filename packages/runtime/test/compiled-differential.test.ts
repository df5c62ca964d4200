import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Policy } from "@subsidia/ir";
import { compileAmounts, evaluatePolicy, validateFacts } from "../src/index.js";
import { factsFor } from "./compiled-arbitraries.js";
import { expectAgreement } from "./compiled-compare.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));
const fixtures = new URL("../../../corpus/", import.meta.url).pathname;
const golden = readdirSync(fixtures)
  .filter((d) => readdirSync(join(fixtures, d)).includes("expected.ir.json"))
  .sort()
  .map((d) => ({
    name: d,
    policy: Policy.parse(JSON.parse(readFileSync(join(fixtures, d, "expected.ir.json"), "utf8"))),
  }));

describe("compiled evaluation agrees with the interpreter on random facts", () => {
  it("the flagship policy, shaped by its declared inputs", () => {
    fc.assert(
      fc.property(factsFor(flagship), (facts) => expectAgreement(flagship, facts)),
      { numRuns: 4000 },
    );
  });

  it("the random facts reach every computable clause of the flagship and every kind of step", () => {
    const clauses = new Set<string>();
    const steps = new Set<string>();
    let invalid = 0;
    fc.assert(
      fc.property(factsFor(flagship), (facts) => {
        const valid = validateFacts(flagship, facts);
        if (!valid.ok) return void invalid++;
        const r = evaluatePolicy(flagship, valid.facts);
        for (const a of [...r.awards, ...r.pending]) clauses.add(a.clause);
        for (const a of r.awards)
          for (const s of a.explanation)
            steps.add(s.text.includes("not reached") || s.text.includes("not applied") ? `${s.kind} (no)` : s.kind);
      }),
      { numRuns: 2000, seed: 8 },
    );
    const computable = flagship.articles
      .flatMap((a) => a.clauses)
      .filter((c) => c.award)
      .map((c) => c.id);
    expect([...clauses].sort()).toEqual([...computable].sort());
    expect([...steps].sort()).toEqual([
      "amount",
      "cap",
      "cap (no)",
      "condition",
      "lookup",
      "round",
      "tier",
      "total-cap",
      "uplift",
      "uplift (no)",
    ]);
    expect(invalid).toBeGreaterThan(100);
  });

  it.each(golden)("the golden IR of fixture $name", ({ policy }) => {
    fc.assert(
      fc.property(factsFor(policy), (facts) => expectAgreement(policy, facts)),
      { numRuns: 400 },
    );
  });

  it.each(golden.filter((g) => existsSync(join(fixtures, g.name, "cases.json"))))(
    "the cases of fixture $name",
    ({ name, policy }) => {
      const cases = JSON.parse(readFileSync(join(fixtures, name, "cases.json"), "utf8")) as { facts: unknown }[];
      for (const c of cases) expectAgreement(policy, c.facts);
    },
  );

  it("the flagship's own tests", () => {
    for (const t of flagship.tests) expectAgreement(flagship, t.facts);
  });

  it("the contract examples (a compiled policy is reused, not regenerated)", () => {
    const examples = join(fixtures, "../../shared/contract/examples");
    for (const f of readdirSync(examples).filter((n) => n.endsWith(".facts.json")))
      expectAgreement(flagship, JSON.parse(readFileSync(join(examples, f), "utf8")));
    expect(compileAmounts(flagship)).toBe(compileAmounts(flagship));
  });
});
