import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Policy } from "@subsidia/ir";
import { runPolicyTestsWithCoverage } from "../src/index.js";
import { expect_, test } from "./build-ir.js";

/** Coverage of the second wave's constructs: caps across years, `once`, `less received`, `select`, `one per`, `exclusive`. */
const corpus = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../corpus/${name}/expected.ir.json`, import.meta.url), "utf8")) as Policy;

const history = corpus("wave2-history");
const links = corpus("wave2-links");

const rows = (p: Policy, tests: ReturnType<typeof test>[]) => {
  const { outcomes, coverage } = runPolicyTestsWithCoverage({ ...p, tests });
  expect(outcomes.filter((o) => !o.passed)).toEqual([]);
  return new Map(coverage.rows.map((r) => [r.name, r]));
};
const missed = (r: { missed: { label: string }[] } | undefined) => r?.missed.map((m) => m.label);

const D = "2026-06-01";
const company = { revenue: 0, bestRevenue: 0, certified: true, investment: 1000000 };
const paid = (clause: string, amount: number, item?: string, date = "2025-01-01") => ({
  clause,
  date,
  amount,
  ...(item ? { item } : {}),
});
const base = { applicationDate: D, awarded: [], wins: [], parks: [], company };

describe("coverage of state across years", () => {
  it("a lifetime cap binds and does not; a window cap over several years binds and does not", () => {
    const none = rows(history, []);
    expect(missed(none.get("art1.procurement"))).toContain("cap 300万元 over lifetime: binds");
    expect(missed(none.get("art5.equipment"))).toEqual([
      "evaluated",
      "cap total 1000万元 over 3 years: binds",
      "cap total 1000万元 over 3 years: does not bind",
    ]);
    const r = rows(history, [
      test(
        "lifetime: 250万元 received, 100万元 more is cut to 50万元; a new variety is not",
        {
          ...base,
          awarded: [paid("procurement", 2500000, "v1")],
          wins: [
            { id: "v1", sales: 33333400 },
            { id: "v2", sales: 1000000 },
          ],
        },
        [expect_.award("procurement", "500000", "v1"), expect_.award("procurement", "30000", "v2")],
      ),
      test(
        "three years: 900万元 received, 20% of 1000万元 is cut to 100万元",
        { ...base, awarded: [paid("equipment", 9000000)], company: { ...company, investment: 10000000 } },
        [expect_.award("equipment", "1000000")],
      ),
    ]);
    expect(missed(r.get("art1.procurement"))).toEqual(["cap 300万元: binds"]);
    expect(missed(r.get("art5.equipment"))).toEqual([]);
  });

  it("`once` counts received before and not; `less received` counts reducing and not", () => {
    const r = rows(history, [
      test(
        "certified before: nothing; a park promoted to four stars gets the difference, a new one all",
        {
          ...base,
          awarded: [paid("certification", 2000000), paid("starPark", 200000, "p1")],
          parks: [{ id: "p1", stars: 4 }],
        },
        [expect_.award("certification", "0"), expect_.award("starPark", "200000", "p1")],
      ),
    ]);
    expect(missed(r.get("art4.certification"))).toEqual(["when company.certified: false", "once: not received before"]);
    expect(missed(r.get("art2.starPark"))).toEqual(["case 3", "case 5", "less received: does not reduce"]);
    const both = rows(history, [
      test("first time", { ...base, parks: [{ id: "p1", stars: 3 }] }, [
        expect_.award("certification", "2000000"),
        expect_.award("starPark", "200000", "p1"),
      ]),
    ]);
    expect(missed(both.get("art4.certification"))).toEqual(["when company.certified: false", "once: received before"]);
    expect(missed(both.get("art2.starPark"))).toEqual(["case 4", "case 5", "less received: reduces"]);
  });
});

describe("coverage of selection and exclusion", () => {
  const facts = { applicationDate: D, projects: [], entries: [], nominees: [], company: { interest: 0, equipment: 0 } };

  it("a `select` is covered by an award subject to it", () => {
    expect(missed(rows(links, []).get("art4.talent"))).toContain(
      "select top 50 by t.score: an award subject to selection",
    );
    const r = rows(links, [test("one nominee", { ...facts, nominees: [{ id: "n", score: 90 }] }, [])]);
    expect(missed(r.get("art4.talent"))).toEqual([]);
  });

  it("an `exclusive` group is covered when one award is kept and another excluded, not when one pays", () => {
    const name = "art3 exclusive { interestSubsidy, equipmentSubsidy }";
    const one = rows(links, [
      test("interest only", { ...facts, company: { interest: 100000, equipment: 0 } }, [
        expect_.award("interestSubsidy", "50000"),
      ]),
    ]);
    expect(missed(one.get(name))).toEqual(["one award kept, another excluded"]);
    const two = rows(links, [
      test("both: the higher kept", { ...facts, company: { interest: 100000, equipment: 1000000 } }, [
        expect_.award("equipmentSubsidy", "100000"),
        expect_.award("interestSubsidy", "0"),
      ]),
    ]);
    expect(two.get(name)).toMatchObject({ covered: 1, total: 1, missed: [] });
  });

  it("a `one per` is covered when one item of a key is kept and another excluded, not when each key has one", () => {
    const label = "one per r.project: one item kept, another excluded";
    const entry = (id: string, project: string, level: string, prize: number) => ({
      id,
      project,
      level,
      prize,
      incubatedRevenue: 0,
    });
    const apart = rows(links, [
      test("two projects", { ...facts, entries: [entry("e1", "X", "province", 1), entry("e2", "Y", "shaoxing", 1)] }, [
        expect_.award("contest", "80000", "e1"),
        expect_.award("contest", "30000", "e2"),
      ]),
    ]);
    expect(missed(apart.get("art2.contest"))).toContain(label);
    const same = rows(links, [
      test(
        "one project twice",
        { ...facts, entries: [entry("e1", "X", "province", 1), entry("e2", "X", "shaoxing", 1)] },
        [expect_.award("contest", "80000", "e1"), expect_.award("contest", "0", "e2")],
      ),
    ]);
    expect(missed(same.get("art2.contest"))).not.toContain(label);
  });

  it("each instalment of `pay` counts payable on the policy's date and not yet payable", () => {
    const labels = ['pay 50% on p.approved "认定后"', 'pay 50% on p.producing "达产升规后"'];
    const project = (producing?: string) => ({
      id: "p",
      investment: 20000000,
      approved: "2026-01-10",
      ...(producing ? { producing } : {}),
    });
    const r = rows(links, [
      test("approved, not yet producing", { ...facts, projects: [project()] }, [
        expect_.award("newProject", "2000000", "p"),
      ]),
    ]);
    expect(missed(r.get("art1.newProject"))).toEqual([
      "when p.investment >= 1000万元: false",
      "cap 2000万元: binds",
      `${labels[0]}: not yet payable`,
      `${labels[1]}: payable`,
    ]);
    const later = rows(links, [
      test("approved, not yet producing", { ...facts, projects: [project()] }, []),
      test("producing after the application date", { ...facts, projects: [project("2026-06-02")] }, []),
      test("producing on it", { ...facts, projects: [project("2026-06-01")] }, []),
    ]);
    expect(missed(later.get("art1.newProject"))).toEqual([
      "when p.investment >= 1000万元: false",
      "cap 2000万元: binds",
      `${labels[0]}: not yet payable`,
    ]);
  });
});
