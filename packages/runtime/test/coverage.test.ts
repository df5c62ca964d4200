import { describe, expect, it } from "vitest";
import { runPolicyTestsWithCoverage, type Coverage } from "../src/index.js";
import { flagship } from "./flagship.js";
import {
  arith,
  article,
  call,
  clause,
  cmp,
  expect_,
  field,
  item,
  listOf,
  lookup,
  money,
  param,
  paramDecl,
  pct,
  policy,
  rate,
  test,
  tiers,
  uplift,
} from "./build-ir.js";

const x = (path: string, type: Parameters<typeof item>[2] = "money") => item("x", path, type);

/** One clause of each kind of branch over a list `xs`, and the tests given. */
const demo = (tests: ReturnType<typeof test>[]) =>
  policy({
    inputs: [
      field("xs", listOf(field("id", "string"), field("m", "money"), field("n", "integer"), field("b", "boolean"))),
    ],
    articles: [
      article(4, [
        clause({
          id: "rated",
          forEach: ["x", "xs"],
          when: [cmp(">=", x("m"), money("1000000", "100万元"))],
          award: rate(pct("0.3"), x("m")),
          caps: [money("3000000", "300万元")],
          uplifts: [uplift(pct("0.5"), "after-cap", x("b", "boolean"))],
        }),
      ]),
      article(
        10,
        [
          clause({
            id: "tiered",
            forEach: ["x", "xs"],
            award: tiers(x("m"), [
              [money("5000000", "500万元"), money("100000", "10万元")],
              [money("10000000", "1000万元"), money("200000", "20万元")],
            ]),
          }),
          clause({
            id: "byPhase",
            forEach: ["x", "xs"],
            award: lookup(x("n", "integer"), [
              ["1", money("100000")],
              ["2", money("200000")],
            ]),
          }),
        ],
        money("500000", "50万元"),
      ),
    ],
    tests,
  });

const facts = (...xs: { m: string; n: number; b: boolean }[]) => ({
  applicationDate: "2026-06-30",
  xs: xs.map((v, i) => ({ id: `x${i}`, ...v })),
});
const missed = (c: Coverage, name: string) => c.rows.find((r) => r.name === name)?.missed.map((m) => m.label);

describe("test coverage", () => {
  it("lists, per clause, the branches no test exercised", () => {
    const { coverage, outcomes } = runPolicyTestsWithCoverage(
      demo([test("one small item", facts({ m: "2000000", n: 1, b: false }), [expect_.award("rated", "600000", "x0")])]),
    );
    expect(outcomes.every((o) => o.passed)).toBe(true);
    expect(missed(coverage, "validity")).toEqual(["valid from 2026-02-13 to 2028-12-31: not in force"]);
    expect(missed(coverage, "art4.rated")).toEqual([
      "when x.m >= 100万元: false",
      "cap 300万元: binds",
      "uplift 50% when x.b: applied",
    ]);
    expect(missed(coverage, "art10.tiered")).toEqual(["tier at least 500万元", "tier at least 1000万元"]);
    expect(missed(coverage, "art10.byPhase")).toEqual(["case 2", "no case matches"]);
    expect(missed(coverage, "art10 cap total")).toEqual(["cap total 50万元: binds"]);
    expect(coverage.covered).toBeLessThan(coverage.total);
  });

  it("reaches 100% when every condition is true and false, every tier, case and cap is exercised", () => {
    const all = [
      test("below everything", facts({ m: "999999.99", n: 3, b: false }), [expect_.noAward("rated")]),
      test("tier one, case one", facts({ m: "5000000", n: 1, b: true }), []),
      test(
        "tier two, case two, capped twice",
        facts({ m: "20000000", n: 2, b: true }, { m: "20000000", n: 2, b: false }),
        [],
      ),
      test("not in force", { applicationDate: "2030-01-01" }, [expect_.inForce(false)]),
    ];
    const { coverage } = runPolicyTestsWithCoverage(demo(all));
    expect(coverage.rows.filter((r) => r.missed.length > 0)).toEqual([]);
    expect(coverage.percent).toBe(100);
  });

  it("counts each branch of `if` and each argument of `min` / `max` (where a ceiling binds)", () => {
    const m = x("m");
    const ceiling = money("2000000", "200万元");
    const chosen = {
      k: "if" as const,
      cond: x("b", "boolean"),
      then: pct("0.3"),
      else: pct("0.1"),
      type: "percent" as const,
      src: "if x.b then 30% else 10%",
      span: m.span,
    };
    const capped = policy({
      inputs: [field("xs", listOf(field("id", "string"), field("m", "money"), field("b", "boolean")))],
      articles: [
        article(1, [
          clause({
            id: "rd",
            forEach: ["x", "xs"],
            award: { kind: "amount", amount: call("min", arith("*", chosen, m), ceiling), span: m.span },
          }),
        ]),
      ],
      tests: [test("small, not b", { applicationDate: "2026-06-30", xs: [{ id: "a", m: "1000000", b: false }] }, [])],
    });
    const { coverage } = runPolicyTestsWithCoverage(capped);
    expect(missed(coverage, "art1.rd")).toEqual(["min(…) is `200万元`", "if x.b: then"]);
    const full = {
      ...capped,
      tests: [
        ...capped.tests,
        test("large, b", { applicationDate: "2026-06-30", xs: [{ id: "a", m: "9000000", b: true }] }, []),
      ],
    };
    expect(missed(runPolicyTestsWithCoverage(full).coverage, "art1.rd")).toEqual([]);
  });

  it("lists the branches inside an amount awaiting an implementing rule apart, and does not count them", () => {
    const m = item("x", "m", "money");
    const p = policy({
      inputs: [field("xs", listOf(field("id", "string"), field("m", "money")))],
      params: [paramDecl("rate", "percent", [], "由实施细则确定")],
      articles: [
        article(3, [
          clause({
            id: "rd",
            forEach: ["x", "xs"],
            award: {
              kind: "amount",
              amount: arith("*", param("rate", "percent"), call("min", m, money("5000000", "500万元"))),
              span: m.span,
            },
          }),
        ]),
      ],
      tests: [test("pending", { applicationDate: "2026-06-30", xs: [{ id: "a", m: "1000000" }] }, [])],
    });
    const row = runPolicyTestsWithCoverage(p).coverage.rows.find((r) => r.name === "art3.rd");
    expect(row?.missed).toEqual([]);
    expect(row?.pending.map((b) => `${b.param}: ${b.label}`)).toEqual([
      "rate: min(…) is `x.m`",
      "rate: min(…) is `500万元`",
    ]);
    expect([row?.covered, row?.total]).toEqual([1, 1]);
  });

  it("counts nothing from tests whose facts are invalid", () => {
    const { coverage } = runPolicyTestsWithCoverage(
      demo([test("invalid", { applicationDate: "no date" }, [expect_.invalid("applicationDate")])]),
    );
    expect(coverage.covered).toBe(0);
  });

  it("covers the flagship built by hand, and the coverage does not change the results", () => {
    const { coverage, outcomes } = runPolicyTestsWithCoverage(flagship);
    expect(outcomes.every((o) => o.passed)).toBe(true);
    expect(coverage.total).toBeGreaterThan(0);
    expect(coverage.rows.map((r) => r.name)).toContain("art4.construction");
  });
});
