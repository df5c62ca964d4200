import { describe, expect, it } from "vitest";
import { evaluate } from "../src/index.js";
import {
  and,
  arith,
  article,
  bool,
  call,
  clause,
  cmp,
  fact,
  field,
  fixed,
  given,
  isIn,
  item,
  money,
  not,
  or,
  paramDecl,
  param,
  pct,
  perItem,
  policy,
  rate,
  recordOf,
  str,
  uplift,
  lit,
  enumOf,
  neg,
} from "./build-ir.js";
import { amounts, D, run, texts } from "./run.js";

const construction = perItem(
  {
    when: [item("p", "performanceQualified", "boolean"), given(item("p", "totalInvestment", "money"))],
    award: rate(pct("0.3"), item("p", "totalInvestment", "money")),
    caps: [money("10000000", "1000万元")],
    uplifts: [uplift(pct("0.5"), "after-cap", item("p", "nationalPilotPlatform", "boolean"))],
  },
  [
    field("totalInvestment", "money", true),
    field("performanceQualified", "boolean"),
    field("nationalPilotPlatform", "boolean"),
  ],
);
const platform = (totalInvestment: string | null, national = true, qualified = true) => ({
  id: "cv-1",
  ...(totalInvestment !== null ? { totalInvestment } : {}),
  performanceQualified: qualified,
  nationalPilotPlatform: national,
});

describe("validity window", () => {
  const p = policy({
    inputs: [],
    articles: [article(11, [clause({ id: "food", award: fixed(money("2000000", "200万元")) })])],
  });
  it.each([
    ["2026-02-13", true],
    ["2028-12-31", true],
    ["2026-02-12", false],
    ["2029-01-01", false],
  ])("on %s in force is %s", (date, inForce) => {
    const r = run(p, { applicationDate: date });
    expect(r.inForce).toBe(inForce);
    expect(r.applicationDate).toBe(date);
    expect(r.total).toBe(inForce ? "2000000.00" : "0.00");
    expect(r.awards).toHaveLength(inForce ? 1 : 0);
  });
  it("clears everything outside the window", () => {
    const q = policy({
      inputs: [],
      articles: [article(7, [clause({ id: "nm", nonMonetary: "priority" })]), ...p.articles],
    });
    expect(run(q, { applicationDate: "2029-01-05" })).toEqual({
      policy: "demo",
      inForce: false,
      applicationDate: "2029-01-05",
      total: "0.00",
      upToTotal: "0.00",
      awards: [],
      pending: [],
      nonMonetary: [],
      zeroAwards: [],
    });
  });
  it("always applies without a window", () => {
    const q = policy({ validity: null, inputs: [], articles: p.articles });
    const r = run(q, {});
    expect(r.inForce).toBe(true);
    expect(r.applicationDate).toBeUndefined();
  });
});

describe("per-item rate with cap and uplift (the language's demo)", () => {
  it("caps 30% of 4000万 at 1000万, then uplifts 50%", () => {
    const r = run(construction, { applicationDate: D, items: [platform("40000000")] });
    expect(r.awards).toMatchObject([{ article: 4, clause: "c", item: "cv-1", amount: "15000000.00", basis: "exact" }]);
    expect(texts(r)).toEqual([
      "condition: p.performanceQualified: true ✓",
      "condition: p.totalInvestment is given: 40000000 ✓",
      "amount: 30% of p.totalInvestment = 0.3 × 40000000 = 12000000",
      "cap: cap 1000万元 (10000000): reached, 12000000 → 10000000",
      "uplift: uplift 50% after cap, p.nationalPilotPlatform ✓: 10000000 × 1.5 = 15000000",
      "round: rounded to 0.01 half up: 15000000.00",
    ]);
  });
  it("does not reach the cap for 2000万 and uplifts to 900万", () => {
    const r = run(construction, { applicationDate: D, items: [platform("20000000")] });
    expect(r.total).toBe("9000000.00");
    expect(texts(r)[3]).toBe("cap: cap 1000万元 (10000000): not reached, 6000000");
  });
  it("explains an uplift that does not apply", () => {
    const r = run(construction, { applicationDate: D, items: [platform("20000000", false)] });
    expect(r.total).toBe("6000000.00");
    expect(texts(r)[4]).toBe("uplift: uplift 50% after cap, p.nationalPilotPlatform ✗: not applied");
  });
  it("cap exactly at the limit is not reached", () => {
    const r = run(construction, { applicationDate: D, items: [platform("33333333.34", false)] });
    expect(r.total).toBe("10000000.00");
    expect(texts(r)[3]).toBe("cap: cap 1000万元 (10000000): reached, 10000000.002 → 10000000");
  });
  it("uplift before the cap is capped", () => {
    const before = perItem(
      {
        award: rate(pct("0.3"), item("p", "base", "money")),
        caps: [money("10000000", "1000万元")],
        uplifts: [uplift(pct("0.5"), "before-cap")],
      },
      [field("base", "money")],
    );
    const r = run(before, { applicationDate: D, items: [{ id: "x", base: "40000000" }] });
    expect(r.total).toBe("10000000.00");
    expect(texts(r).slice(1, 3)).toEqual([
      "uplift: uplift 50% before cap: 12000000 × 1.5 = 18000000",
      "cap: cap 1000万元 (10000000): reached, 18000000 → 10000000",
    ]);
    expect(run(before, { applicationDate: D, items: [{ id: "x", base: "2000000" }] }).total).toBe("900000.00");
  });
  it("applies several caps in order (the lowest wins)", () => {
    const p = perItem({ award: fixed(item("p", "a", "money")), caps: [money("500"), money("300"), money("400")] }, [
      field("a", "money"),
    ]);
    expect(run(p, { applicationDate: D, items: [{ a: 1000 }] }).total).toBe("300.00");
  });
});

describe("conditions", () => {
  it("a false condition means no award", () => {
    const r = run(construction, { applicationDate: D, items: [platform("20000000", true, false)] });
    expect(r.awards).toEqual([]);
    expect(r.total).toBe("0.00");
  });
  it("an absent optional fact makes the clause not apply, even without `is given`", () => {
    const p = perItem({ when: [cmp(">=", item("p", "x", "money"), money("100"))], award: fixed(money("1")) }, [
      field("x", "money", true),
    ]);
    expect(run(p, { applicationDate: D, items: [{}] }).awards).toEqual([]);
    expect(run(p, { applicationDate: D, items: [{ x: null }] }).awards).toEqual([]);
    expect(run(p, { applicationDate: D, items: [{ x: 100 }] }).total).toBe("1.00");
    expect(run(p, { applicationDate: D, items: [{ x: "99.99" }] }).total).toBe("0.00");
    const notP = perItem({ when: [not(cmp(">=", item("p", "x", "money"), money("100")))], award: fixed(money("1")) }, [
      field("x", "money", true),
    ]);
    expect(run(notP, { applicationDate: D, items: [{}] }).awards).toEqual([]);
  });
  it("uses Kleene logic: false and absent is false, true or absent is true", () => {
    const x = item("p", "x", "boolean");
    const orP = perItem({ when: [or(x, item("p", "y", "boolean"))], award: fixed(money("1")) }, [
      field("x", "boolean", true),
      field("y", "boolean"),
    ]);
    expect(run(orP, { applicationDate: D, items: [{ y: true }] }).total).toBe("1.00");
    expect(run(orP, { applicationDate: D, items: [{ y: false }] }).total).toBe("0.00");
    const orFirst = perItem({ when: [or(item("p", "y", "boolean"), x)], award: fixed(money("1")) }, [
      field("x", "boolean", true),
      field("y", "boolean"),
    ]);
    expect(run(orFirst, { applicationDate: D, items: [{ y: true }] }).total).toBe("1.00");
    const andP = perItem({ when: [and(x, item("p", "y", "boolean"))], award: fixed(money("1")) }, [
      field("x", "boolean", true),
      field("y", "boolean"),
    ]);
    expect(run(andP, { applicationDate: D, items: [{ y: false }] }).total).toBe("0.00");
    expect(run(andP, { applicationDate: D, items: [{ y: true }] }).total).toBe("0.00");
    expect(run(andP, { applicationDate: D, items: [{ x: true, y: true }] }).total).toBe("1.00");
    expect(texts(run(orP, { applicationDate: D, items: [{ y: true }] }))[0]).toBe(
      "condition: p.x or p.y: p.x not given, p.y = true ✓",
    );
  });
  it("an uplift whose condition reads an absent fact is not applied", () => {
    const p = perItem(
      { award: fixed(money("100")), uplifts: [uplift(pct("0.5"), "after-cap", item("p", "national", "boolean"))] },
      [field("national", "boolean", true)],
    );
    const r = run(p, { applicationDate: D, items: [{}] });
    expect(r.total).toBe("100.00");
    expect(texts(r)[1]).toBe("uplift: uplift 50% after cap, p.national not given: not applied");
    expect(r.awards[0]!.explanation[1]!.span).toEqual({ line: 1, column: 1, offset: 0, length: 0 });
  });
  it("`is not given` holds for an absent fact", () => {
    const p = perItem({ when: [given(item("p", "x", "money"), true)], award: fixed(money("5")) }, [
      field("x", "money", true),
    ]);
    expect(run(p, { applicationDate: D, items: [{}] }).total).toBe("5.00");
    expect(run(p, { applicationDate: D, items: [{ x: 0 }] }).total).toBe("0.00");
  });
  it("enum membership, equality and inequality", () => {
    const kind = item("p", "kind", "enum");
    const p = perItem(
      {
        when: [
          isIn(kind, ["transfer", "license"]),
          cmp("!=", item("p", "seller", "enum"), str("enterprise")),
          cmp("=", item("p", "landed", "boolean"), bool(true)),
        ],
        award: fixed(money("7")),
      },
      [
        field("kind", enumOf("transfer", "license", "other")),
        field("seller", enumOf("university", "enterprise")),
        field("landed", "boolean"),
      ],
    );
    const base = { kind: "license", seller: "university", landed: true };
    expect(run(p, { applicationDate: D, items: [base] }).total).toBe("7.00");
    expect(run(p, { applicationDate: D, items: [{ ...base, kind: "other" }] }).total).toBe("0.00");
    expect(run(p, { applicationDate: D, items: [{ ...base, seller: "enterprise" }] }).total).toBe("0.00");
    expect(run(p, { applicationDate: D, items: [{ ...base, landed: false }] }).total).toBe("0.00");
    expect(texts(run(p, { applicationDate: D, items: [base] })).slice(0, 3)).toEqual([
      'condition: p.kind in ["transfer", "license"]: license ✓',
      'condition: p.seller != "enterprise": university != enterprise ✓',
      "condition: p.landed = true: true = true ✓",
    ]);
  });
  it.each([
    [">=", "100", true],
    [">=", "99.99", false],
    [">", "100", false],
    [">", "100.01", true],
    ["<=", "100", true],
    ["<=", "100.01", false],
    ["<", "100", false],
    ["<", "99", true],
    ["=", "100.00", true],
    ["!=", "100.00", false],
  ] as const)("compares decimals exactly: x %s 100 with x = %s is %s", (op, x, holds) => {
    const p = perItem({ when: [cmp(op, item("p", "x", "money"), money("100"))], award: fixed(money("1")) }, [
      field("x", "money"),
    ]);
    expect(run(p, { applicationDate: D, items: [{ x }] }).total).toBe(holds ? "1.00" : "0.00");
  });
  it("compares dates and reads records and top-level facts", () => {
    const p = policy({
      inputs: [
        field("founded", "date"),
        field("rd", recordOf(field("current", "money"), field("previous", "money", true)), true),
      ],
      articles: [
        article(3, [
          clause({
            id: "rd",
            when: [
              cmp("<", fact("founded", "date"), lit("date", "2020-01-01")),
              cmp(">", fact("rd.current", "money"), fact("rd.previous", "money")),
            ],
            award: rate(pct("0.1"), arith("-", fact("rd.current", "money"), fact("rd.previous", "money"))),
          }),
        ]),
      ],
    });
    expect(
      run(p, { applicationDate: D, founded: "2019-12-31", rd: { current: 800000, previous: "600000" } }).total,
    ).toBe("20000.00");
    expect(
      run(p, { applicationDate: D, founded: "2020-01-01", rd: { current: 800000, previous: "600000" } }).total,
    ).toBe("0.00");
    expect(run(p, { applicationDate: D, founded: "2019-01-01", rd: { current: 800000 } }).total).toBe("0.00");
    expect(run(p, { applicationDate: D, founded: "2019-01-01" }).total).toBe("0.00");
    expect(
      texts(run(p, { applicationDate: D, founded: "2019-12-31", rd: { current: 800000, previous: "600000" } }))[2],
    ).toBe("amount: 10% of rd.current - rd.previous = 0.1 × 200000 = 20000");
  });
  it("explains compound conditions with the values they read", () => {
    const p = perItem(
      { when: [and(item("p", "a", "boolean"), not(item("p", "b", "boolean")))], award: fixed(money("1")) },
      [field("a", "boolean"), field("b", "boolean")],
    );
    expect(texts(run(p, { applicationDate: D, items: [{ a: true, b: false }] }))[0]).toBe(
      "condition: p.a and not p.b: p.a = true, p.b = false ✓",
    );
  });
});

describe("amounts", () => {
  it("a fixed amount, arithmetic, min and max, negation", () => {
    const a = item("p", "a", "money");
    const p = perItem(
      {
        award: fixed(
          call(
            "max",
            call("min", arith("*", a, lit("number", "2")), money("1000")),
            arith("+", neg(money("5")), money("10")),
          ),
        ),
      },
      [field("a", "money")],
    );
    expect(run(p, { applicationDate: D, items: [{ a: "300.5" }] }).total).toBe("601.00");
    expect(run(p, { applicationDate: D, items: [{ a: 900 }] }).total).toBe("1000.00");
    expect(run(p, { applicationDate: D, items: [{ a: 1 }] }).total).toBe("5.00");
    expect(texts(run(construction, { applicationDate: D, items: [platform("1")] }))).toContain(
      "round: rounded to 0.01 half up: 0.45",
    );
  });
  it("a zero amount produces no award; division by zero is an evaluation error", () => {
    const p = perItem({ award: fixed(arith("/", money("100"), item("p", "n", "number"))) }, [field("n", "number")]);
    expect(run(p, { applicationDate: D, items: [{ n: 3 }] }).total).toBe("33.33");
    const out = evaluate(p, { applicationDate: D, items: [{ n: 0 }] });
    expect(out).toMatchObject({
      ok: false,
      kind: "eval",
      errors: [{ path: "art4.c", message: "division by zero in `100 / p.n`" }],
    });
    const zero = perItem({ award: rate(pct("0.3"), item("p", "a", "money")) }, [field("a", "money")]);
    expect(run(zero, { applicationDate: D, items: [{ a: 0 }] }).awards).toEqual([]);
    expect(run(zero, { applicationDate: D, items: [{ a: "0.01" }] }).awards).toEqual([]);
  });
  describe("tiers (highest tier reached, thresholds included)", () => {
    const p = perItem({ award: tiersOf() }, [field("increase", "money")]);
    function tiersOf() {
      const inc = item("p", "increase", "money");
      return {
        kind: "tiers" as const,
        base: inc,
        span: inc.span,
        tiers: [
          { atLeast: money("50000000", "5000万元"), amount: money("3000000", "300万元"), span: inc.span },
          { atLeast: money("100000000", "1亿元"), amount: money("5000000", "500万元"), span: inc.span },
          { atLeast: money("300000000", "3亿元"), amount: money("10000000", "1000万元"), span: inc.span },
        ],
      };
    }
    it.each([
      ["0", "0.00"],
      ["49999999.99", "0.00"],
      ["50000000", "3000000.00"],
      ["50000000.01", "3000000.00"],
      ["99999999.99", "3000000.00"],
      ["100000000", "5000000.00"],
      ["120000000", "5000000.00"],
      ["299999999.99", "5000000.00"],
      ["300000000", "10000000.00"],
      ["5000000000", "10000000.00"],
    ])("increase %s → %s", (increase, total) => {
      expect(run(p, { applicationDate: D, items: [{ increase }] }).total).toBe(total);
    });
    it("explains the tier reached", () => {
      expect(texts(run(p, { applicationDate: D, items: [{ increase: "120000000" }] }))[0]).toBe(
        "tier: tier reached: at least 1亿元 (100000000) → 5000000 (p.increase = 120000000)",
      );
    });
  });
  describe("lookup", () => {
    const byPhase = perItem(
      {
        award: {
          kind: "lookup",
          key: item("p", "phase", "integer"),
          cases: [
            ["1", "8000000"],
            ["2", "10000000"],
            ["3", "15000000"],
          ].map(([match, amt]) => ({ match: match!, amount: money(amt!), span: money("0").span })),
          span: money("0").span,
        },
        basis: "up-to",
      },
      [field("phase", "integer")],
    );
    it("by integer", () => {
      expect(run(byPhase, { applicationDate: D, items: [{ phase: 2 }] }).upToTotal).toBe("10000000.00");
      expect(run(byPhase, { applicationDate: D, items: [{ phase: "3" }] }).upToTotal).toBe("15000000.00");
      expect(run(byPhase, { applicationDate: D, items: [{ phase: 4 }] }).awards).toEqual([]);
      expect(texts(run(byPhase, { applicationDate: D, items: [{ phase: 2 }] }))[0]).toBe(
        "lookup: p.phase = 2: case 2 → 10000000",
      );
    });
    it("by enum with otherwise", () => {
      const p = perItem(
        {
          award: {
            kind: "lookup",
            key: item("p", "kind", "enum"),
            cases: [{ match: "digital-workshop", amount: money("2000000"), span: money("0").span }],
            otherwise: money("100"),
            span: money("0").span,
          },
        },
        [field("kind", enumOf("digital-workshop", "smart-factory"))],
      );
      expect(run(p, { applicationDate: D, items: [{ kind: "digital-workshop" }] }).total).toBe("2000000.00");
      const r = run(p, { applicationDate: D, items: [{ kind: "smart-factory" }] });
      expect(r.total).toBe("100.00");
      expect(texts(r)[0]).toBe("lookup: p.kind = smart-factory: otherwise → 100");
    });
  });
});

describe("basis, items and totals", () => {
  it("up-to awards count in upToTotal only", () => {
    const p = policy({
      inputs: [],
      articles: [
        article(10, [
          clause({ id: "launch", award: fixed(money("15000000")), basis: "up-to" }),
          clause({ id: "food", award: fixed(money("2000000")) }),
        ]),
      ],
    });
    const r = run(p, { applicationDate: D });
    expect(r).toMatchObject({ total: "2000000.00", upToTotal: "17000000.00" });
    expect(r.awards.map((a) => a.basis)).toEqual(["up-to", "exact"]);
  });
  it("names items by id, else by position #n; an absent list has no items", () => {
    const r = run(construction, {
      applicationDate: D,
      items: [
        platform("100"),
        { ...platform("200"), id: undefined },
        { ...platform(null) },
        { ...platform("300"), id: undefined },
      ],
    });
    expect(amounts(r)).toEqual({ "c/cv-1": "45.00", "c/#2": "90.00", "c/#4": "135.00" });
    expect(r.total).toBe("270.00");
    expect(run(construction, { applicationDate: D }).awards).toEqual([]);
    expect(run(construction, { applicationDate: D, items: [] }).awards).toEqual([]);
  });
  it("a clause without items gives no item key", () => {
    const p = policy({ inputs: [], articles: [article(11, [clause({ id: "food", award: fixed(money("1")) })])] });
    expect(run(p, { applicationDate: D }).awards[0]).not.toHaveProperty("item");
  });
});

describe("parameters", () => {
  const withParams = (rateParam: ReturnType<typeof paramDecl>) =>
    policy({
      inputs: [field("rd", recordOf(field("current", "money")), true)],
      params: [rateParam, paramDecl("threshold", "money", [[money("500000", "50万元")]])],
      articles: [
        article(3, [
          clause({
            id: "rdSubsidy",
            when: [cmp(">=", fact("rd.current", "money"), param("threshold", "money"))],
            award: rate(param("stockRate", "percent"), fact("rd.current", "money")),
            funding: [
              ["province", "1"],
              ["city", "1"],
            ],
          }),
        ]),
      ],
    });
  const pending = withParams(paramDecl("stockRate", "percent", [], "存量部分补助比例由实施细则确定"));
  it("an eligible applicant is pending, never zero", () => {
    const r = run(pending, { applicationDate: D, rd: { current: "800000" } });
    expect(r.awards).toEqual([]);
    expect(r.pending).toEqual([
      {
        article: 3,
        clause: "rdSubsidy",
        reason: "存量部分补助比例由实施细则确定",
        funding: [
          { payer: "province", share: "1/2" },
          { payer: "city", share: "1/2" },
        ],
      },
    ]);
    expect(r.total).toBe("0.00");
  });
  it("an ineligible or absent applicant is not pending", () => {
    expect(run(pending, { applicationDate: D, rd: { current: "499999.99" } }).pending).toEqual([]);
    expect(run(pending, { applicationDate: D }).pending).toEqual([]);
  });
  it("a pending parameter in a condition makes the item pending unless another condition fails", () => {
    const p = perItem(
      {
        when: [item("p", "ok", "boolean"), cmp(">=", item("p", "a", "money"), param("min", "money"))],
        award: fixed(money("1")),
      },
      [field("ok", "boolean"), field("a", "money")],
      {
        params: [paramDecl("min", "money", [], "by rules")],
      },
    );
    expect(run(p, { applicationDate: D, items: [{ id: "x", ok: true, a: 1 }] }).pending).toEqual([
      { article: 4, clause: "c", item: "x", reason: "by rules" },
    ]);
    expect(run(p, { applicationDate: D, items: [{ id: "x", ok: false, a: 1 }] }).pending).toEqual([]);
  });
  it("values by date: the last value whose `from` is on or before the date", () => {
    const p = policy({
      inputs: [],
      params: [
        paramDecl("workshopCap", "money", [
          [money("1000000", "100万元")],
          [money("2000000", "200万元"), "2027-01-01"],
          [money("3000000"), "2028-01-01"],
        ]),
      ],
      articles: [article(8, [clause({ id: "w", award: fixed(param("workshopCap", "money")) })])],
    });
    expect(run(p, { applicationDate: "2026-12-31" }).total).toBe("1000000.00");
    expect(run(p, { applicationDate: "2027-01-01" }).total).toBe("2000000.00");
    expect(run(p, { applicationDate: "2027-12-31" }).total).toBe("2000000.00");
    expect(run(p, { applicationDate: "2028-06-01" }).total).toBe("3000000.00");
    expect(texts(run(p, { applicationDate: "2027-01-01" }))[0]).toBe(
      "amount: workshopCap = 2000000 元 (the value from 2027-01-01, on 2027-01-01)",
    );
  });
  it("a parameter with no value yet on the date gives no award", () => {
    const p = policy({
      inputs: [],
      params: [paramDecl("later", "money", [[money("5"), "2027-01-01"]])],
      articles: [article(8, [clause({ id: "w", award: fixed(param("later", "money")) })])],
    });
    expect(run(p, { applicationDate: "2026-12-31" }).awards).toEqual([]);
    expect(run(p, { applicationDate: "2027-01-01" }).total).toBe("5.00");
  });
});

describe("rounding", () => {
  it.each([
    ["half-up", "61728.39"],
    ["half-even", "61728.38"],
    ["down", "61728.38"],
    ["up", "61728.39"],
  ] as const)("rounds each item once, %s", (mode, amount) => {
    const p = perItem({ award: rate(pct("0.05"), item("p", "a", "money")) }, [field("a", "money")], {
      rounding: { unit: "0.01", mode },
    });
    const r = run(p, { applicationDate: D, items: [{ a: "1234567.70" }, { a: "1234567.70" }] });
    expect(r.awards.map((a) => a.amount)).toEqual([amount, amount]);
    expect(texts(r).at(-1)).toBe(`round: rounded to 0.01 ${mode.replace("-", " ")}: ${amount}`);
  });
  it("rounds to a coarser unit", () => {
    const p = perItem({ award: rate(pct("0.05"), item("p", "a", "money")) }, [field("a", "money")], {
      rounding: { unit: "100", mode: "half-up" },
    });
    expect(run(p, { applicationDate: D, items: [{ a: "1234567.70" }] }).total).toBe("61700.00");
  });
});

describe("non-monetary measures", () => {
  it("are listed when in force and their conditions do not fail", () => {
    const p = policy({
      inputs: [field("big", "boolean")],
      articles: [
        article(7, [
          clause({ id: "priority", nonMonetary: "priority for national funds" }),
          clause({ id: "land", when: [fact("big", "boolean")], nonMonetary: "land quota" }),
        ]),
      ],
    });
    expect(run(p, { applicationDate: D, big: false }).nonMonetary).toEqual([
      { article: 7, clause: "priority", reason: "priority for national funds" },
    ]);
    expect(run(p, { applicationDate: D, big: true }).nonMonetary).toHaveLength(2);
    expect(run(p, { applicationDate: D, big: true }).total).toBe("0.00");
  });
});
