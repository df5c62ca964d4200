import type { Article, Clause, Policy } from "@subsidia/ir";
import { describe, expect, test } from "vitest";
import { evaluatePolicy } from "../src/evaluate.js";
import { validateFacts } from "../src/facts-schema.js";
import { applyPopulationLimits, hasPopulationLimits } from "../src/population/limits.js";
import type { LimitApplicant } from "../src/population/types.js";
import { article, clause, enumOf, fact, field, fixed, item, listOf, money, policy, span } from "./build-ir.js";

/** `select top N [per n.cat] by n.score descending` over nominees, 5万元 each; an optional budget. */
function talent(count: number, opts: { per?: boolean; budget?: string; amount?: string } = {}): Policy {
  const c: Clause = {
    ...clause({ id: "top", forEach: ["n", "nominees"], award: fixed(money(opts.amount ?? "50000")) }),
    selection: {
      mode: "top",
      count,
      by: item("n", "score", "number"),
      order: "descending",
      ...(opts.per ? { per: item("n", "cat", "enum") } : {}),
      reason: "择优",
      span: span(),
    },
  };
  const a: Article = article(1, [c]);
  if (opts.budget) a.budget = { amount: money(opts.budget), span: span() };
  return policy({
    inputs: [
      field(
        "nominees",
        listOf(field("id", "string"), field("score", "number", true), field("cat", enumOf("a", "b"), true)),
      ),
    ],
    articles: [a],
  });
}

type Nominee = { id: string; score?: number; cat?: string };

/** Evaluates each applicant (a list of nominees) as a batch would. */
function run(p: Policy, applicants: Nominee[][]): LimitApplicant[] {
  return applicants.map((nominees) => {
    const v = validateFacts(p, { applicationDate: "2026-06-01", nominees });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return evaluatePolicy(p, v.facts);
  });
}

const statuses = (r: ReturnType<typeof applyPopulationLimits>) =>
  r.awards.map((a) => a.map((l) => (l ? `${l.status} ${l.paid}` : null)));

describe("selection", () => {
  test("keeps the N best by the key, the others not selected with their rank", () => {
    const p = talent(2);
    const r = applyPopulationLimits(
      p,
      run(p, [[{ id: "x", score: 70 }], [{ id: "y", score: 90 }], [{ id: "z", score: 80 }]]),
    );
    expect(statuses(r)).toEqual([["not selected 0.00"], ["selected 50000.00"], ["selected 50000.00"]]);
    expect(r.awards[0]![0]).toMatchObject({ rank: 3, of: 3 });
    expect(r.awards[0]![0]!.reason).toBe("not selected: rank 3 of 3, top 2 by `n.score` descending");
    expect(r.awards[1]![0]).toMatchObject({ rank: 1, of: 3, reason: "rank 1 of 3, top 2 by `n.score` descending" });
    expect(r.selections).toEqual([{ article: 1, clause: "top", count: 2, candidates: 3, selected: 2 }]);
  });

  test("ranks decimals by value, not as text", () => {
    const p = talent(1);
    const r = applyPopulationLimits(p, run(p, [[{ id: "a", score: 9.5 }], [{ id: "b", score: 10 }]]));
    expect(statuses(r)).toEqual([["not selected 0.00"], ["selected 50000.00"]]);
  });

  test("a tie goes to the earlier line, then the earlier item, and the reason says so", () => {
    const p = talent(2);
    const r = applyPopulationLimits(
      p,
      run(p, [
        [{ id: "a", score: 80 }],
        [
          { id: "b", score: 90 },
          { id: "c", score: 80 },
        ],
        [{ id: "d", score: 80 }],
      ]),
    );
    expect(statuses(r)).toEqual([
      ["selected 50000.00"],
      ["selected 50000.00", "not selected 0.00"],
      ["not selected 0.00"],
    ]);
    expect(r.awards[1]![1]!.reason).toBe(
      "not selected: rank 3 of 4, top 2 by `n.score` descending; tied with rank 2, which comes earlier in the input",
    );
  });

  test("per category: N in each, and an unknown key or category is never selected", () => {
    const p = talent(1, { per: true });
    const r = applyPopulationLimits(
      p,
      run(p, [
        [
          { id: "a1", score: 60, cat: "a" },
          { id: "b1", score: 50, cat: "b" },
        ],
        [
          { id: "a2", score: 70, cat: "a" },
          { id: "b2", score: 40, cat: "b" },
        ],
        [
          { id: "u", cat: "a" },
          { id: "v", score: 99 },
        ],
      ]),
    );
    expect(statuses(r)).toEqual([
      ["not selected 0.00", "selected 50000.00"],
      ["selected 50000.00", "not selected 0.00"],
      ["not selected 0.00", "not selected 0.00"],
    ]);
    expect(r.awards[2]![0]!.reason).toBe(
      "not selected: `n.score` not given, top 1 by `n.score` descending per `n.cat`",
    );
    expect(r.awards[2]![1]!.reason).toMatch(/^not selected: `n.cat` not given/);
    expect(r.awards[0]![1]!.reason).toBe("rank 1 of 2 in `n.cat` b, top 1 by `n.score` descending per `n.cat`");
    expect(r.selections.map((s) => [s.category, s.candidates, s.selected])).toEqual([
      ["a", 2, 1],
      ["b", 2, 1],
    ]);
  });

  test("`select first N by DATE`: the earliest dates, one award per applicant", () => {
    const c: Clause = {
      ...clause({ id: "firstThree", award: fixed(money("1000000")) }),
      selection: { mode: "first", count: 2, by: fact("listed", "date"), order: "ascending", span: span() },
    };
    const p = policy({ inputs: [field("listed", "date", true)], articles: [article(4, [c])] });
    const one = (listed?: string) => {
      const v = validateFacts(p, { applicationDate: "2026-06-01", ...(listed ? { listed } : {}) });
      if (!v.ok) throw new Error("facts");
      return evaluatePolicy(p, v.facts);
    };
    const r = applyPopulationLimits(p, [one("2025-03-01"), one("2024-12-31"), one(), one("2025-01-15")]);
    expect(statuses(r)).toEqual([
      ["not selected 0.00"],
      ["selected 1000000.00"],
      ["not selected 0.00"],
      ["selected 1000000.00"],
    ]);
    expect(r.awards[0]![0]!.reason).toBe("not selected: rank 3 of 3, first 2 by `listed` ascending");
  });

  test("an empty population selects nobody and spends nothing", () => {
    const p = talent(2, { budget: "100000" });
    expect(hasPopulationLimits(p)).toBe(true);
    const r = applyPopulationLimits(p, []);
    expect(r).toEqual({
      awards: [],
      selections: [],
      budgets: [{ article: 1, budget: "100000.00", spent: "0.00", left: "100000.00", funded: 0, notFunded: 0 }],
    });
  });
});

describe("budget", () => {
  const scores = (...s: number[]) => s.map((score, i) => [{ id: `n${i}`, score }]);

  test("funds the selected in rank order; exhausted exactly, nothing is left", () => {
    const p = talent(3, { budget: "100000" });
    const r = applyPopulationLimits(p, run(p, scores(70, 90, 80, 60)));
    expect(statuses(r)).toEqual([["not funded 0.00"], ["funded 50000.00"], ["funded 50000.00"], ["not selected 0.00"]]);
    expect(r.budgets).toEqual([
      { article: 1, budget: "100000.00", spent: "100000.00", left: "0.00", funded: 2, notFunded: 1 },
    ]);
    expect(r.awards[0]![0]!.reason).toBe(
      "not funded: budget 100000.00 exhausted (0.00 left for 50000.00 at place 3); " +
        "rank 3 of 4, top 3 by `n.score` descending; place 3 of 3 for the budget",
    );
  });

  test("one cent short: the award is not funded, whole awards only, and the cent is left", () => {
    const p = talent(3, { budget: "99999.99" });
    const r = applyPopulationLimits(p, run(p, scores(90, 80)));
    expect(statuses(r)).toEqual([["funded 50000.00"], ["not funded 0.00"]]);
    expect(r.budgets[0]).toMatchObject({ spent: "50000.00", left: "49999.99", funded: 1, notFunded: 1 });
  });

  test("stops at the first award it cannot cover: a smaller later award is not funded ahead of it", () => {
    const p = policy({
      inputs: [field("projects", listOf(field("id", "string"), field("amount", "money")))],
      articles: [
        {
          ...article(2, [
            clause({ id: "grant", forEach: ["p", "projects"], award: fixed(item("p", "amount", "money")) }),
          ]),
          budget: { amount: money("100"), span: span() },
        },
      ],
    });
    const facts = (amount: string) => {
      const v = validateFacts(p, { applicationDate: "2026-06-01", projects: [{ id: "p", amount }] });
      if (!v.ok) throw new Error("facts");
      return evaluatePolicy(p, v.facts);
    };
    const r = applyPopulationLimits(p, [facts("60"), null, facts("50"), facts("10")]);
    expect(statuses(r)).toEqual([["funded 60.00"], [], ["not funded 0.00"], ["not funded 0.00"]]);
    expect(r.budgets[0]).toMatchObject({ spent: "60.00", left: "40.00", funded: 1, notFunded: 2 });
  });

  test("a budget must be one constant amount: one that reads a fact is refused", () => {
    const p = talent(2, { budget: "100" });
    p.articles[0]!.budget!.amount = { k: "fact", path: ["cap"], type: "money", src: "cap", span: span() };
    expect(() => applyPopulationLimits(p, [])).toThrow(
      "the budget of `art1` must be one constant amount: `cap` is not",
    );
  });

  test("amounts stay exact over many awards (no binary floating point)", () => {
    const p = talent(1000, { budget: "70.00", amount: "0.10" });
    const r = applyPopulationLimits(p, run(p, scores(...Array.from({ length: 701 }, (_, i) => i))));
    expect(r.budgets[0]).toMatchObject({ spent: "70.00", left: "0.00", funded: 700, notFunded: 1 });
  });
});
