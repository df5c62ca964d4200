import { readFileSync } from "node:fs";
import { Dec, evaluate, validateFacts, type Result } from "@subsidia/runtime";
import { describe, expect, test } from "vitest";
import { Impact, samplePopulation } from "../src/index.js";
import { changedPath, flagshipPath } from "./fixtures/flagship/copies.js";
import { policyOf } from "./helpers.js";

const before = policyOf(readFileSync(flagshipPath, "utf8"), "flagship.subsidia");
const after = policyOf(readFileSync(changedPath, "utf8"), "changed.subsidia");
const population = [...samplePopulation(before, { seed: "impact-test", count: 400 })];

function direct(facts: unknown): [Result, Result] {
  const [b, a] = [evaluate(before, facts), evaluate(after, facts)];
  if (!b.ok || !a.ok) throw new Error("sampled facts rejected");
  return [b.result, a.result];
}

const results = population.map(direct);

describe("impact over a sampled population", () => {
  const impact = new Impact(before, after, { top: 5 });
  population.forEach((facts, i) => expect(impact.add(facts, { line: i + 1 }).ok).toBe(true));
  const s = impact.summary();

  test("totals before and after are the direct sums of every applicant's totals", () => {
    const sum = (pick: (r: [Result, Result]) => string) =>
      results.reduce((t, r) => t.plus(pick(r)), new Dec(0)).toFixed(2);
    expect(s.applicants).toBe(population.length);
    expect(s.before).toEqual({ total: sum((r) => r[0].total), upToTotal: sum((r) => r[0].upToTotal) });
    expect(s.after).toEqual({ total: sum((r) => r[1].total), upToTotal: sum((r) => r[1].upToTotal) });
    expect(new Dec(s.difference.total).eq(new Dec(s.after.total).minus(s.before.total))).toBe(true);
    expect(new Dec(s.difference.total).gt(0)).toBe(true);
  });

  test("per article, the sums of the awards; only articles 4 and 10 change", () => {
    for (const row of s.articles) {
      const sum = (r: Result, basis?: string) =>
        r.awards
          .filter((a) => a.article === row.article && (basis === undefined || a.basis === basis))
          .reduce((t, a) => t.plus(a.amount), new Dec(0));
      expect(row.before.upToTotal).toBe(results.reduce((t, r) => t.plus(sum(r[0])), new Dec(0)).toFixed(2));
      expect(row.after.total).toBe(results.reduce((t, r) => t.plus(sum(r[1], "exact")), new Dec(0)).toFixed(2));
    }
    expect(s.articles.filter((a) => a.difference.total !== "0.00").map((a) => a.article)).toEqual([4, 10]);
  });

  test("gain, lose and same add up to the applicants; the largest changes are the largest", () => {
    expect(s.gain + s.lose + s.same).toBe(population.length);
    expect(s.lose).toBe(0);
    const deltas = results
      .map(([b, a], i) => ({ line: i + 1, d: new Dec(a.total).minus(b.total) }))
      .filter((x) => !x.d.isZero());
    expect(s.gain).toBe(deltas.length);
    const top = [...deltas].sort((x, y) => y.d.cmp(x.d) || x.line - y.line).slice(0, 5);
    expect(s.largest.map((c) => c.ref.line)).toEqual(top.map((t) => t.line));
    expect(s.largest[0]!.difference.total).toBe(top[0]!.d.toFixed(2));
  });
});

describe("lines that are not applicants", () => {
  test("are counted with their reason, never dropped", () => {
    const impact = new Impact(before, after);
    impact.add(population[0], { line: 1 });
    impact.skip({ line: 2 }, "malformed JSON: unexpected end");
    expect(impact.add({ applicationDate: "2026-02-30" }, { line: 3 })).toMatchObject({ ok: false });
    expect(impact.add([1, 2], { line: 4 }).ok).toBe(false);
    const s = impact.summary();
    expect(s.applicants).toBe(1);
    expect(s.skipped.count).toBe(3);
    expect(s.skipped.first.map((x) => x.ref.line)).toEqual([2, 3, 4]);
    expect(s.skipped.first[1]!.reason).toMatch(/^invalid facts: applicationDate: expected a date/);
  });
});

describe("versions with different inputs", () => {
  test("a fact only the new version declares is not unknown to the old one; one neither declares is", () => {
    const text = readFileSync(flagshipPath, "utf8");
    const extended = policyOf(
      text.replace(
        "input applicationDate: date",
        'input employees: optional integer "职工人数"\ninput applicationDate: date',
      ),
      "extended.subsidia",
    );
    expect(extended.inputs.some((f) => f.name === "employees")).toBe(true);
    const impact = new Impact(before, extended);
    expect(impact.add({ ...(population[0] as object), employees: 12 }, { line: 1 }).ok).toBe(true);
    expect(impact.add({ ...(population[0] as object), employes: 12 }, { line: 2 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("employes: unknown fact; did you mean `employees`?"),
    });
  });
});

describe("the sampler", () => {
  test("the same seed draws the same applicants; another seed others", () => {
    const again = [...samplePopulation(before, { seed: "impact-test", count: 400 })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(population));
    expect(JSON.stringify([...samplePopulation(before, { seed: "other", count: 400 })])).not.toBe(
      JSON.stringify(population),
    );
  });

  test("every applicant is valid facts; most are in force; each list is used by some", () => {
    for (const facts of population) expect(validateFacts(before, facts).ok).toBe(true);
    const inForce = results.filter(([b]) => b.inForce).length;
    expect(inForce / population.length).toBeGreaterThan(0.85);
    expect(inForce).toBeLessThan(population.length);
    for (const input of before.inputs.filter((f) => f.type.kind === "list")) {
      expect(population.some((p) => Array.isArray(p[input.name]) && (p[input.name] as unknown[]).length > 0)).toBe(
        true,
      );
    }
  });

  test("amounts straddle the policy's breakpoints: some TCM products reach each tier, some none", () => {
    const increases = population.flatMap((p) =>
      ((p["tcmProducts"] as { salesRevenueIncrease: number }[] | undefined) ?? []).map((t) => t.salesRevenueIncrease),
    );
    for (const [lo, hi] of [
      [0, 5e7],
      [5e7, 1e8],
      [1e8, 3e8],
    ] as const)
      expect(increases.some((x) => x >= lo && x < hi)).toBe(true);
  });
});
