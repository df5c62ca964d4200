import { describe, expect, it } from "vitest";
import type { Policy } from "@subsidia/ir";
import { applyStacking, checkPolicy, evaluate, type NotAwarded, type Result } from "../src/index.js";
import {
  article,
  clause,
  cmp,
  enumOf,
  field,
  fixed,
  given,
  isIn,
  item,
  listOf,
  lookup,
  money,
  pct,
  perItem,
  policy,
  rate,
  tiers,
} from "./build-ir.js";
import { D } from "./run.js";

function whyNot(p: Policy, facts: Record<string, unknown>): NotAwarded[] {
  expect(checkPolicy(p)).toEqual([]);
  const out = evaluate(p, facts, { whyNot: true });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.notAwarded ?? [];
}

const short = (n: NotAwarded) => ({
  kind: n.kind,
  item: n.item,
  because: n.because.map((b) => ({ actual: b.actual, expected: b.expected, ...(b.gap ? { gap: b.gap } : {}) })),
});

const investment = perItem(
  {
    when: [
      cmp(">=", item("p", "invest", "money"), money("20000000", "2000万元")),
      isIn(item("p", "seller", "enum"), ["university", "institute"]),
    ],
    award: rate(pct("0.2"), item("p", "invest", "money")),
    caps: [money("5000000", "500万元")],
  },
  [
    field("invest", "money"),
    field("seller", enumOf("university", "institute", "enterprise")),
    field("note", "money", true),
  ],
);

describe("why not", () => {
  it("is only computed when asked for", () => {
    const out = evaluate(investment, { applicationDate: D, items: [] });
    expect(out.ok && out.result.notAwarded).toBe(undefined);
  });

  it("gives each failed condition with what it saw, what it asks for and the exact gap", () => {
    const list = whyNot(investment, {
      applicationDate: D,
      items: [{ id: "a", invest: "19999999.99", seller: "enterprise" }],
    });
    expect(list.map(short)).toEqual([
      {
        kind: "not-met",
        item: "a",
        because: [
          { actual: "19999999.99", expected: ">= 2000万元 (20000000)", gap: "0.01" },
          { actual: "enterprise", expected: "one of university, institute" },
        ],
      },
    ]);
    expect(list[0]!.because[0]!.text).toBe("p.invest >= 2000万元: 19999999.99 < 2000万元 (20000000): 0.01 short");
    expect(list[0]!.conditions?.map((s) => s.text.at(-1))).toEqual(["✗", "✗"]);
  });

  it("names the cap that bound and what the item comes to without it", () => {
    const list = whyNot(investment, {
      applicationDate: D,
      items: [{ id: "a", invest: "40000000", seller: "university" }],
    });
    expect(list).toMatchObject([
      {
        kind: "reduced",
        item: "a",
        amount: "5000000.00",
        full: "8000000.00",
        because: [{ actual: "8000000.00", expected: "at most 5000000" }],
      },
    ]);
  });

  it("says a list with no items was not considered", () => {
    expect(whyNot(investment, { applicationDate: D }).map(short)).toEqual([
      { kind: "not-given", item: undefined, because: [{ actual: "no items", expected: "at least one item" }] },
    ]);
  });

  it("lists the absent facts that leave a clause unconsidered", () => {
    const p = perItem({ when: [given(item("p", "note", "money"))], award: fixed(item("p", "note", "money")) }, [
      field("note", "money", true),
    ]);
    expect(whyNot(p, { applicationDate: D, items: [{ id: "a" }] }).map(short)).toEqual([
      { kind: "not-given", item: "a", because: [{ actual: "not given", expected: "given" }] },
    ]);
  });

  it("gives the gap to the lowest tier and the key without a case", () => {
    const byTier = perItem(
      {
        award: tiers(item("p", "x", "money"), [
          [money("100"), money("10")],
          [money("200"), money("20")],
        ]),
      },
      [field("x", "money")],
    );
    expect(whyNot(byTier, { applicationDate: D, items: [{ id: "a", x: 60 }] }).map(short)).toEqual([
      { kind: "not-met", item: "a", because: [{ actual: "60", expected: ">= 100", gap: "40" }] },
    ]);
    const byKind = perItem({ award: lookup(item("p", "k", "enum"), [["gold", money("10")]]) }, [
      field("k", enumOf("gold", "tin")),
    ]);
    expect(whyNot(byKind, { applicationDate: D, items: [{ id: "a", k: "tin" }] }).map(short)).toEqual([
      { kind: "not-met", item: "a", because: [{ actual: "tin", expected: "one of gold" }] },
    ]);
  });

  it("names the aggregate cap that cut an item", () => {
    const p = policy({
      inputs: [field("items", listOf(field("id", "string"), field("x", "money")))],
      articles: [
        article(
          7,
          [clause({ id: "c", forEach: ["p", "items"], award: fixed(item("p", "x", "money")) })],
          money("150", "150元"),
        ),
      ],
    });
    const list = whyNot(p, {
      applicationDate: D,
      items: [
        { id: "a", x: 100 },
        { id: "b", x: 100 },
      ],
    });
    expect(list).toMatchObject([
      {
        kind: "reduced",
        item: "b",
        amount: "50.00",
        full: "100.00",
        because: [{ actual: "100.00", expected: "article 7 in total at most 150元 (150)" }],
      },
    ]);
  });

  it("outside the validity window, gives the date for every clause", () => {
    const list = whyNot(investment, { applicationDate: "2030-01-01", items: [] });
    expect(list.map(short)).toEqual([
      {
        kind: "not-met",
        item: undefined,
        because: [{ actual: "2030-01-01", expected: "from 2026-02-13 to 2028-12-31" }],
      },
    ]);
  });

  it("says which award of another policy replaced one under stacking", () => {
    const one = (id: string, amount: string) =>
      policy({
        id,
        inputs: [field("items", listOf(field("id", "string")))],
        articles: [article(1, [clause({ id: "c", forEach: ["p", "items"], award: fixed(money(amount)) })])],
      });
    const [a, b] = [one("a", "100"), one("b", "300")];
    const facts = { applicationDate: D, items: [{ id: "x" }] };
    const results = [a, b].map((p) => (evaluate(p, facts, { whyNot: true }) as { result: Result }).result);
    const stacked = applyStacking([a, b], results);
    expect(stacked.results[0]!.notAwarded).toMatchObject([
      {
        kind: "reduced",
        item: "x",
        amount: "0.00",
        full: "100.00",
        because: [{ actual: "100.00", expected: "more than b art. 1 c" }],
      },
    ]);
  });
});
