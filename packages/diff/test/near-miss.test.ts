import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import type { Policy } from "@subsidia/ir";
import { Dec, evaluate, type NotAwarded, type Result } from "@subsidia/runtime";
import { describe, expect, it } from "vitest";
import { applyChanges, nearestFor, samplePopulation, withNearMisses } from "../src/index.js";
import { policyOf } from "./helpers.js";
import { firstNearMissApplied } from "./in-code.example.js";

const FLAGSHIP = new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url);
const EXAMPLES = new URL("../../../../shared/contract/examples/", import.meta.url);
const flagship = policyOf(readFileSync(FLAGSHIP, "utf8"), "biomanufacturing-2026.subsidia");

function explained(policy: Policy, facts: unknown): Result {
  const out = evaluate(policy, facts, { whyNot: true });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
}

/** What a clause (item) pays in a result, without why-not. */
function paidFor(policy: Policy, facts: unknown, clause: string, item: string | undefined): Dec {
  const out = evaluate(policy, facts);
  if (!out.ok) throw new Error(`changed facts refused: ${JSON.stringify(out.errors)}`);
  return out.result.awards
    .filter((a) => a.clause === clause && a.item === item)
    .reduce((s, a) => s.plus(a.amount), new Dec(0));
}

/** The policy text a clause cites: its own, else its article's. */
function citationOf(p: Policy, id: string): string | undefined {
  const article = p.articles.find((a) => a.clauses.some((c) => c.id === id))!;
  return article.clauses.find((c) => c.id === id)!.text ?? article.text;
}

const clauses = (p: Policy) => p.articles.flatMap((a) => a.clauses).filter((c) => c.award);

/**
 * Every monetary clause (each item) is paid in full, pending, or has exactly one entry; a paid
 * item only a `reduced` one. Each reason points at the clause's source, and a threshold's gap
 * added to what the fact has gives the threshold.
 */
function checkEntries(policy: Policy, facts: Record<string, unknown>, r: Result): void {
  const entries = r.notAwarded ?? [];
  for (const c of clauses(policy)) {
    const mine = entries.filter((n) => n.clause === c.id);
    if (!r.inForce) {
      expect(mine, c.id).toHaveLength(1);
      continue;
    }
    const list = c.forEach ? facts[c.forEach.list] : undefined;
    const items = c.forEach ? ((Array.isArray(list) ? list : []) as { id: string }[]).map((x) => x.id) : [undefined];
    if (c.forEach && items.length === 0) {
      expect(
        mine.map((n) => [n.kind, n.item]),
        c.id,
      ).toEqual([["not-given", undefined]]);
      continue;
    }
    for (const item of items) {
      const at = `${c.id} ${item ?? ""}`;
      const found = mine.filter((n) => n.item === item);
      const paid = [...r.awards, ...r.zeroAwards].some((a) => a.clause === c.id && a.item === item);
      const pending = r.pending.some((p) => p.clause === c.id && p.item === item);
      if (pending) expect(found, at).toEqual([]);
      else if (paid)
        expect(
          found.every((n) => n.kind === "reduced"),
          at,
        ).toBe(true);
      else expect(found, at).toHaveLength(1);
      for (const n of found) checkReasons(c.id, n);
      for (const n of found) if (n.kind === "reduced") checkReduced(r, n);
      for (const n of found) expect(n.citation, `${c.id} cites`).toBe(citationOf(policy, c.id));
    }
  }
}

/** A reduced entry's amount is what the result pays the item, less than its `full` amount. */
function checkReduced(r: Result, n: NotAwarded): void {
  const paid = [...r.awards, ...r.zeroAwards]
    .filter((a) => a.clause === n.clause && a.item === n.item)
    .reduce((s, a) => s.plus(a.amount), new Dec(0));
  expect(paid.eq(n.amount!), `${n.clause} ${n.item ?? ""} pays ${n.amount}`).toBe(true);
  if (n.full !== undefined) expect(new Dec(n.full).gt(n.amount!), `${n.clause} full ${n.full}`).toBe(true);
}

/**
 * The reasons of an item not paid are its `when` lines that do not hold: each reason on a `when`
 * line points at one marked ✗ (or ? for a fact not given), never at one that holds, and a
 * failed `when` line is always among the reasons. `not-given` means only absent facts are to blame.
 */
function checkConditions(clause: string, n: NotAwarded): void {
  const byLine = new Map((n.conditions ?? []).map((s) => [s.span?.line, s.text]));
  for (const b of n.because) {
    const line = byLine.get(b.span?.line);
    if (line !== undefined) expect(line.endsWith("✓"), `${clause} ${b.src}: ${line}`).toBe(false);
  }
  const failed = (n.conditions ?? []).filter((s) => s.text.endsWith("✗"));
  if (failed.length > 0)
    expect(
      n.because.some((b) => failed.some((s) => s.span?.line === b.span?.line)),
      `${clause}: the reasons name a failed when line`,
    ).toBe(true);
  const absent = n.because.every((b) => b.actual === "not given" || b.actual === "no items");
  expect(n.kind === "not-given", `${clause} ${n.kind}`).toBe(absent);
}

function checkReasons(clause: string, n: NotAwarded): void {
  expect(n.because.length, clause).toBeGreaterThan(0);
  if (n.kind !== "reduced") checkConditions(clause, n);
  for (const b of n.because) {
    expect(b.text, clause).not.toBe("");
    if (n.kind === "not-met" && b.actual !== "not given") expect(b.span, `${clause} ${b.src}`).toBeDefined();
    const threshold = /^>= .*?\(?(\d+(?:\.\d+)?)\)?$/.exec(b.expected);
    if (b.gap !== undefined && threshold) expect(new Dec(b.actual).plus(b.gap).eq(threshold[1]!), b.text).toBe(true);
  }
}

describe("why not on the flagship", () => {
  it("every test block gives each clause not paid a correct entry", () => {
    expect(flagship.tests.length).toBeGreaterThan(5);
    for (const t of flagship.tests) {
      const facts = t.facts as Record<string, unknown>;
      const out = evaluate(flagship, facts, { whyNot: true });
      if (!out.ok) continue; // tests of invalid facts
      checkEntries(flagship, facts, out.result);
      for (const e of t.expects)
        if (e.kind === "noAward" && e.clause)
          expect(
            out.result.notAwarded?.some((n) => n.clause === e.clause),
            `${t.name}: ${e.clause}`,
          ).toBe(true);
    }
  });

  it.runIf(existsSync(EXAMPLES))("every contract example gives each clause not paid a correct entry", () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".facts.json"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const facts = JSON.parse(readFileSync(new URL(f, EXAMPLES), "utf8")) as Record<string, unknown>;
      checkEntries(flagship, facts, explained(flagship, facts));
    }
  });

  it("answers the issue's applicant: the seller, and a project 0.01 short with its near miss", () => {
    const facts = {
      applicationDate: "2026-06-30",
      techContracts: [
        { id: "c-1", type: "transfer", seller: "enterprise", actualPayment: "1000000", landedInProvince: true },
      ],
      projects: [{ id: "p-1", construction: "new", highTech: true, fixedAssetInvestment: "19999999.99" }],
    };
    const r = withNearMisses(flagship, facts, explained(flagship, facts));
    const contract = r.notAwarded?.find((n) => n.clause === "techTransaction");
    expect(contract?.because.map((b) => b.text)).toEqual([
      "c.seller = enterprise, expected one of university, research-institute, new-rd-institution",
    ]);
    expect(contract?.nearest?.changes).toEqual([
      { path: "techContracts[0].seller", from: "enterprise", to: "university" },
    ]);
    const project = r.notAwarded?.find((n) => n.clause === "projectConstruction");
    expect(project?.because[0]).toMatchObject({ actual: "19999999.99", gap: "0.01" });
    expect(project?.nearest).toEqual({
      changes: [{ path: "projects[0].fixedAssetInvestment", from: "19999999.99", to: 20000000 }],
      award: "4000000.00",
    });
  });

  it("never changes a fixed fact, and finds none when the only lever is fixed", () => {
    const facts = {
      applicationDate: "2026-06-30",
      techContracts: [
        { id: "c-1", type: "transfer", seller: "enterprise", actualPayment: "1000000", landedInProvince: true },
      ],
    };
    const entry = explained(flagship, facts).notAwarded!.find((n) => n.clause === "techTransaction")!;
    expect(nearestFor(flagship, facts, entry, { fixed: ["techContracts.seller"] })).toBe(null);
  });
});

describe("near misses never change what the applicant does not choose", () => {
  const demo = policyOf(`policy "demo-outcomes" {
  title "成长奖励"
  valid from 2020-01-01 to 2030-12-31 on applicationDate
}
input applicationDate: date "申请日期"
input company: record "企业" {
  name: string "名称"
  revenue: money "年度主营业务收入"
  bestRevenue: history money "此前各年度最高主营业务收入"
  certified: boolean "通过认定"
}
article 1 "成长" {
  clause growth "成长奖励" {
    when company.revenue >= 1亿元
    when company.bestRevenue <= 5000万元
    when company.certified
    award 10万元
  }
}
`);
  const facts = (best: string, certified = true) => ({
    applicationDate: "2026-06-30",
    company: { name: "甲", revenue: "90000000", bestRevenue: best, certified },
  });
  const nearest = (f: ReturnType<typeof facts>, fixed: string[] = []) => {
    const entry = explained(demo, f).notAwarded![0]!;
    return nearestFor(demo, f, entry, { fixed });
  };

  it("neither a history fact nor the date input: none when only they would do", () => {
    expect(nearest(facts("40000000"))).toEqual({
      changes: [{ path: "company.revenue", from: "90000000", to: 100000000 }],
      award: "100000.00",
    });
    expect(nearest(facts("60000000"))).toBe(null);
    expect(nearest({ ...facts("40000000"), applicationDate: "2031-01-01" })).toBe(null);
  });

  it("a fact named fixed is left as it is; the others are changed together", () => {
    const f = facts("40000000", false);
    expect(nearest(f)?.changes.map((c) => c.path)).toEqual(["company.revenue", "company.certified"]);
    expect(nearest(f, ["company.certified"])).toBe(null);
  });
});

describe("near misses, on random applicants", () => {
  it("applying `nearest.changes` and evaluating pays at least `nearest.award`", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        for (const facts of samplePopulation(flagship, { seed, count: 2 })) {
          const r = withNearMisses(flagship, facts, explained(flagship, facts), { budget: 60 });
          for (const n of r.notAwarded ?? []) {
            if (!n.nearest) continue;
            found++;
            const { changes, award } = n.nearest;
            expect(changes.length).toBeLessThanOrEqual(2);
            for (const c of changes) expect(c.path).not.toMatch(/^applicationDate$|\.id$/);
            const changed = applyChanges(facts, changes);
            expect(paidFor(flagship, changed, n.clause, n.item).gte(award)).toBe(true);
          }
        }
      }),
      { numRuns: 12, seed: 14 },
    );
    expect(found).toBeGreaterThan(0);
  });
});

describe("docs/explanations.md, in code", () => {
  const example = new URL("./in-code.example.ts", import.meta.url);
  const page = readFileSync(new URL("../../../docs/explanations.md", import.meta.url), "utf8");

  it("shows this file, which finds the issue applicant's near miss and pays it once applied", () => {
    expect(page).toContain(`\`\`\`ts\n${readFileSync(example, "utf8")}\`\`\``);
    const facts = JSON.parse(readFileSync(new URL("../../../examples/near-miss.json", import.meta.url), "utf8"));
    const found = firstNearMissApplied(flagship, facts);
    expect(found?.missed.nearest).toBeDefined();
    const { clause, item, nearest } = found!.missed;
    expect(found!.after.ok).toBe(true);
    const paid = found!.after.ok
      ? found!.after.result.awards.filter((a) => a.clause === clause && a.item === item)
      : [];
    expect(paid.reduce((s, a) => s.plus(a.amount), new Dec(0)).gte(nearest!.award)).toBe(true);
  });
});
