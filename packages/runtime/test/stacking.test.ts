import { describe, expect, it } from "vitest";
import { evaluateAll } from "../src/index.js";
import { article, clause, field, fixed, item, listOf, money, pct, policy, rate } from "./build-ir.js";

const platforms = field("pilotPlatforms", listOf(field("id", "string"), field("investment", "money")));
const provincial = policy({
  id: "province",
  inputs: [platforms],
  articles: [
    article(4, [
      clause({
        id: "construction",
        forEach: ["p", "pilotPlatforms"],
        award: rate(pct("0.3"), item("p", "investment", "money")),
        caps: [money("10000000")],
      }),
      clause({ id: "general", award: fixed(money("1000")) }),
    ]),
  ],
});
const city = policy({
  id: "city",
  inputs: [platforms],
  articles: [
    article(2, [
      clause({
        id: "build",
        forEach: ["q", "pilotPlatforms"],
        award: rate(pct("0.25"), item("q", "investment", "money")),
      }),
      clause({ id: "general", award: fixed(money("500")) }),
      clause({ id: "keyed", award: fixed(money("800")), stackKey: "talent" }),
    ]),
  ],
});
const talent = policy({
  id: "talent",
  inputs: [],
  articles: [article(1, [clause({ id: "t", award: fixed(money("900")), stackKey: "talent" })])],
});
const facts = {
  applicationDate: "2026-06-01",
  pilotPlatforms: [
    { id: "cv-1", investment: "20000000" },
    { id: "cv-2", investment: "80000000" },
  ],
};

describe("stacking highest across policies", () => {
  it("keeps the largest award per item, lists the superseded, and totals once", () => {
    const out = evaluateAll([provincial, city], facts);
    if (!out.ok) throw new Error("unexpected failure");
    // cv-1: province 6000000 vs city 5000000 → province; cv-2: province 10000000 (capped) vs city 20000000 → city
    expect(out.results.map((r) => r.awards.map((a) => `${a.clause}/${a.item ?? ""}=${a.amount}`))).toEqual([
      ["construction/cv-1=6000000.00", "general/=1000.00"],
      ["build/cv-2=20000000.00", "general/=500.00", "keyed/=800.00"],
    ]);
    expect(out.superseded).toEqual([
      {
        policy: "city",
        article: 2,
        clause: "build",
        item: "cv-1",
        amount: "5000000.00",
        by: { policy: "province", article: 4, clause: "construction" },
      },
      {
        policy: "province",
        article: 4,
        clause: "construction",
        item: "cv-2",
        amount: "10000000.00",
        by: { policy: "city", article: 2, clause: "build" },
      },
    ]);
    expect(out.results.map((r) => r.total)).toEqual(["6001000.00", "20001300.00"]);
    expect(out.total).toBe("26002300.00");
    expect(out.upToTotal).toBe("26002300.00");
    expect(out.results[0]!.awards[0]!.explanation.at(-1)).toEqual({
      kind: "stacking",
      text: "stacking highest (从优、就高、不重复): kept over city art. 2 build for cv-1 (5000000.00)",
    });
  });
  it("stacks awards with the same stack key; ties keep the first policy", () => {
    const out = evaluateAll([city, talent], { applicationDate: "2026-06-01" });
    if (!out.ok) throw new Error("unexpected failure");
    expect(out.superseded).toEqual([
      {
        policy: "city",
        article: 2,
        clause: "keyed",
        amount: "800.00",
        by: { policy: "talent", article: 1, clause: "t" },
      },
    ]);
    const tie = policy({
      id: "tie",
      inputs: [],
      articles: [article(1, [clause({ id: "t", award: fixed(money("800")), stackKey: "talent" })])],
    });
    const out2 = evaluateAll([city, tie], { applicationDate: "2026-06-01" });
    if (!out2.ok) throw new Error("unexpected failure");
    expect(out2.superseded).toMatchObject([{ policy: "tie", by: { policy: "city" } }]);
  });
  it("policies that add up do not stack", () => {
    const adding = { ...city, stacking: { rule: "add" as const } };
    const out = evaluateAll([provincial, adding], facts);
    if (!out.ok) throw new Error("unexpected failure");
    expect(out.superseded).toEqual([]);
    expect(out.total).toBe("41002300.00");
  });
  it("reports invalid facts with the policy that rejected them", () => {
    expect(
      evaluateAll([provincial, city], { applicationDate: "2026-06-01", pilotPlatforms: [{ id: "x", investment: -1 }] }),
    ).toMatchObject({
      ok: false,
      kind: "facts",
      policy: "province",
      errors: [{ path: "pilotPlatforms[0].investment" }],
    });
  });
});
