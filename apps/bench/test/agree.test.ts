import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileAmounts, evaluatePolicy, validateFacts } from "@subsidia/runtime";
import { applicants } from "../src/applicants.js";
import { baseline } from "../src/baseline/evaluate.js";
import { differences, figuresOf, type Figures } from "../src/figures.js";
import { limit } from "../src/limit/evaluate.js";
import { OutOfRange } from "../src/limit/read-facts.js";
import { flagship, repo } from "../src/policy.js";
import { jsonLogicEngine } from "../src/peers/json-logic.js";
import { rulesEngine } from "../src/peers/rules-engine.js";

const policy = flagship();
const examplesDir = join(repo, "../shared/contract/examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".facts.json"))
  .map((f) => ({ name: f, facts: JSON.parse(readFileSync(join(examplesDir, f), "utf8")) as unknown }));

function interpreter(facts: unknown): Figures {
  const valid = validateFacts(policy, facts);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return figuresOf(evaluatePolicy(policy, valid.facts));
}

describe("the hand-written baseline computes what the interpreter computes", () => {
  it.each(examples)("contract example $name", ({ facts }) => {
    expect(differences(interpreter(facts), baseline(facts))).toEqual([]);
  });
  it("the flagship's own tests with valid facts", () => {
    for (const t of policy.tests.filter((t) => validateFacts(policy, t.facts).ok))
      expect(differences(interpreter(t.facts), baseline(t.facts)), t.name).toEqual([]);
  });
  it("the benchmark's 2,000 applicants, which exercise every computable clause", () => {
    const seen = new Set<string>();
    for (const facts of applicants(2000)) {
      const want = interpreter(facts);
      for (const a of [...want.awards, ...want.pending]) seen.add(a.clause);
      expect(differences(want, baseline(facts))).toEqual([]);
      const compiled = compileAmounts(policy).run(facts);
      expect(compiled.ok && figuresOf(compiled.result)).toEqual(want);
    }
    expect(seen.size).toBe(policy.articles.flatMap((a) => a.clauses).filter((c) => c.award).length);
  });
});

describe("the integer-cents limit computes what the interpreter computes", () => {
  it.each(examples)("contract example $name", ({ facts }) => {
    expect(differences(interpreter(facts), limit(facts))).toEqual([]);
  });
  it("the flagship's own tests with valid facts", () => {
    for (const t of policy.tests.filter((t) => validateFacts(policy, t.facts).ok))
      expect(differences(interpreter(t.facts), limit(t.facts)), t.name).toEqual([]);
  });
  it("the benchmark's 2,000 applicants, to the cent", () => {
    for (const facts of applicants(2000)) expect(differences(interpreter(facts), limit(facts))).toEqual([]);
  });
  it("at the edge of its integers, and refuses amounts it cannot hold exactly", () => {
    const smart = (contractAmount: string) => ({
      applicationDate: "2026-06-30",
      digitalisation: [{ id: "f", kind: "smart-factory", provinciallyCertified: true, contractAmount }],
    });
    for (const amount of ["22229656.95", "9999999999999.99", "0.05", "0.04"])
      expect(differences(interpreter(smart(amount)), limit(smart(amount))), amount).toEqual([]);
    for (const amount of ["10000000000000", "1.005", 1e21])
      expect(() => limit(smart(amount as string)), String(amount)).toThrow(OutOfRange);
  });
});

describe("the json-rules-engine and json-logic-js encodings compute the same clauses", () => {
  const valid = policy.tests.filter((t) => validateFacts(policy, t.facts).ok);
  it.each(examples)("contract example $name", async ({ facts }) => {
    const want = interpreter(facts);
    expect(differences(want, await rulesEngine(facts as Record<string, unknown>))).toEqual([]);
    expect(differences(want, jsonLogicEngine(facts as Record<string, unknown>))).toEqual([]);
  });
  it("the flagship's own tests with valid facts (round figures, where floats happen to be right)", async () => {
    for (const t of valid) {
      const want = interpreter(t.facts);
      expect(differences(want, await rulesEngine(t.facts)), t.name).toEqual([]);
      expect(differences(want, jsonLogicEngine(t.facts)), t.name).toEqual([]);
    }
  });
  it("but they get a cent wrong where binary floating point cannot hold the half cent", async () => {
    // 10% of 22229656.95 is 2222965.695, half up 2222965.70; as a double it is 2222965.6949999998
    const facts = {
      applicationDate: "2026-06-30",
      digitalisation: [{ id: "f", kind: "smart-factory", provinciallyCertified: true, contractAmount: "22229656.95" }],
    };
    expect(interpreter(facts).awards[0]!.amount).toBe("2222965.70");
    expect(baseline(facts).awards[0]!.amount).toBe("2222965.70");
    expect((await rulesEngine(facts)).awards[0]!.amount).toBe("2222965.69");
    expect(jsonLogicEngine(facts).awards[0]!.amount).toBe("2222965.69");
  });
});
