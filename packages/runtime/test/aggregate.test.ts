import { describe, expect, it } from "vitest";
import { article, clause, field, fixed, item, listOf, money, param, paramDecl, pct, policy, rate } from "./build-ir.js";
import { amounts, D, run, texts } from "./run.js";

const products = (clauseCap?: string, articleCap?: string) =>
  policy({
    inputs: [
      field("products", listOf(field("id", "string"), field("tx", "money"))),
      field("other", listOf(field("id", "string"), field("amount", "money"))),
    ],
    articles: [
      article(
        12,
        [
          clause({
            id: "key",
            forEach: ["p", "products"],
            award: rate(pct("0.05"), item("p", "tx", "money")),
            caps: [money("500000", "50万元")],
            ...(clauseCap ? { totalCap: money(clauseCap) } : {}),
          }),
          clause({ id: "more", forEach: ["o", "other"], award: fixed(item("o", "amount", "money")) }),
        ],
        articleCap ? money(articleCap, "300万元") : undefined,
      ),
    ],
  });
const seven = Array.from({ length: 7 }, (_, i) => ({ id: `k${i + 1}`, tx: "20000000" }));

describe("aggregate caps", () => {
  it("the article cap reduces items in order and drops those reduced to zero", () => {
    const r = run(products(undefined, "3000000"), { applicationDate: D, products: seven });
    expect(r.total).toBe("3000000.00");
    expect(amounts(r)).toEqual({
      "key/k1": "500000.00",
      "key/k2": "500000.00",
      "key/k3": "500000.00",
      "key/k4": "500000.00",
      "key/k5": "500000.00",
      "key/k6": "500000.00",
    });
  });
  it("partially reduces the item that crosses the cap and explains it", () => {
    const r = run(products(undefined, "3000000"), {
      applicationDate: D,
      products: seven.slice(0, 6),
      other: [
        { id: "o1", amount: "250000.5" },
        { id: "o2", amount: "1" },
      ],
    });
    expect(r.total).toBe("3000000.00");
    expect(Object.keys(amounts(r))).toHaveLength(6);
    const six = seven.slice(0, 5).concat([{ id: "k6", tx: "1000000" }]);
    const r2 = run(products(undefined, "3000000"), {
      applicationDate: D,
      products: six,
      other: [
        { id: "o1", amount: "600000.5" },
        { id: "o2", amount: "1" },
      ],
    });
    expect(amounts(r2)).toMatchObject({ "key/k6": "50000.00", "more/o1": "450000.00" });
    expect(r2.awards.find((a) => a.item === "o2")).toBeUndefined();
    expect(r2.total).toBe("3000000.00");
    const o1 = r2.awards.find((a) => a.item === "o1")!;
    expect(o1.explanation.at(-1)).toMatchObject({
      kind: "total-cap",
      text: "total cap 300万元 (3000000) of article 12 reached (sum 3150001.50): 600000.50 → 450000.00",
    });
    expect(r2.awards.find((a) => a.item === "k1")!.explanation.some((s) => s.kind === "total-cap")).toBe(false);
  });
  it("does nothing at or below the cap", () => {
    const r = run(products(undefined, "3000000"), { applicationDate: D, products: seven.slice(0, 6) });
    expect(r.total).toBe("3000000.00");
    expect(r.awards.every((a) => a.explanation.every((s) => s.kind !== "total-cap"))).toBe(true);
  });
  it("the clause cap applies before the article cap", () => {
    const r = run(products("700000", "1000000"), {
      applicationDate: D,
      products: seven.slice(0, 3),
      other: [
        { id: "o1", amount: "400000" },
        { id: "o2", amount: "100" },
      ],
    });
    expect(amounts(r)).toEqual({ "key/k1": "500000.00", "key/k2": "200000.00", "more/o1": "300000.00" });
    expect(texts(r, 1).at(-1)).toBe(
      "total-cap: total cap 700000 of clause key reached (sum 1500000.00): 500000.00 → 200000.00",
    );
  });
  it("a pending total cap makes the capped items pending", () => {
    const p = policy({
      inputs: [field("xs", listOf(field("id", "string")))],
      params: [paramDecl("maxTotal", "money", [], "set by rules")],
      articles: [
        article(5, [
          clause({ id: "x", forEach: ["x", "xs"], award: fixed(money("10")), totalCap: param("maxTotal", "money") }),
        ]),
      ],
    });
    const r = run(p, { applicationDate: D, xs: [{ id: "a" }, { id: "b" }] });
    expect(r.awards).toEqual([]);
    expect(r.pending.map((x) => x.item)).toEqual(["a", "b"]);
  });
});

describe("funding", () => {
  const funded = (shares: [string, string][], mode: "half-up" | "down" = "half-up") =>
    policy({
      inputs: [field("amount", "money")],
      rounding: { unit: "0.01", mode },
      articles: [article(3, [clause({ id: "f", award: fixed(money("0")), funding: shares })])],
    });
  const withAmount = (shares: [string, string][]) => {
    const p = funded(shares);
    p.articles[0]!.clauses[0]!.award = fixed({
      k: "fact",
      path: ["amount"],
      type: "money",
      src: "amount",
      span: p.span,
    });
    return p;
  };
  it("splits 1:1 with odd cents, the last payer taking the remainder", () => {
    const r = run(
      withAmount([
        ["province", "1"],
        ["city", "1"],
      ]),
      { applicationDate: D, amount: "100.01" },
    );
    expect(r.awards[0]!.funding).toEqual([
      { payer: "province", share: "1/2", amount: "50.01" },
      { payer: "city", share: "1/2", amount: "50.00" },
    ]);
    expect(r.awards[0]!.explanation.at(-1)).toMatchObject({
      kind: "funding",
      text: "funded by province 1/2 = 50.01, city 1/2 = 50.00",
    });
  });
  it("splits by uneven and decimal shares, always adding up", () => {
    const r = run(
      withAmount([
        ["province", "2"],
        ["city", "1"],
        ["county", "1"],
      ]),
      { applicationDate: D, amount: "1000" },
    );
    expect(r.awards[0]!.funding).toEqual([
      { payer: "province", share: "1/2", amount: "500.00" },
      { payer: "city", share: "1/4", amount: "250.00" },
      { payer: "county", share: "1/4", amount: "250.00" },
    ]);
    const r2 = run(
      withAmount([
        ["a", "1"],
        ["b", "1"],
        ["c", "1"],
      ]),
      { applicationDate: D, amount: "100" },
    );
    expect(r2.awards[0]!.funding!.map((f) => f.amount)).toEqual(["33.33", "33.33", "33.34"]);
    const r3 = run(
      withAmount([
        ["a", "0.5"],
        ["b", "1"],
      ]),
      { applicationDate: D, amount: "3" },
    );
    expect(r3.awards[0]!.funding).toEqual([
      { payer: "a", share: "0.5/1.5", amount: "1.00" },
      { payer: "b", share: "1/1.5", amount: "2.00" },
    ]);
  });
});
