import { describe, expect, it } from "vitest";
import { runPolicyTests } from "../src/index.js";
import {
  article,
  clause,
  expect_,
  field,
  fixed,
  given,
  item,
  listOf,
  money,
  paramDecl,
  param,
  pct,
  policy,
  rate,
  recordOf,
  test,
  uplift,
  fact,
  cmp,
} from "./build-ir.js";

const demo = (tests: ReturnType<typeof test>[]) =>
  policy({
    inputs: [
      field(
        "pilotPlatforms",
        listOf(field("id", "string"), field("totalInvestment", "money", true), field("national", "boolean")),
      ),
      field("rd", recordOf(field("current", "money")), true),
    ],
    params: [paramDecl("stockRate", "percent", [], "由实施细则确定")],
    articles: [
      article(4, [
        clause({
          id: "construction",
          forEach: ["p", "pilotPlatforms"],
          when: [given(item("p", "totalInvestment", "money"))],
          award: rate(pct("0.3"), item("p", "totalInvestment", "money")),
          caps: [money("10000000", "1000万元")],
          uplifts: [uplift(pct("0.5"), "after-cap", item("p", "national", "boolean"))],
        }),
      ]),
      article(3, [
        clause({
          id: "rdSubsidy",
          when: [cmp(">=", fact("rd.current", "money"), money("500000"))],
          award: rate(param("stockRate", "percent"), fact("rd.current", "money")),
        }),
      ]),
      article(11, [clause({ id: "food", award: fixed(money("2000000")), basis: "up-to" })]),
    ],
    tests,
  });
const facts = {
  applicationDate: "2026-06-01",
  pilotPlatforms: [
    { id: "cv-1", totalInvestment: "40000000", national: true },
    { id: "cv-2", national: false },
  ],
  rd: { current: "800000" },
};

describe("policy tests", () => {
  it("passes when every expectation holds", () => {
    const out = runPolicyTests(
      demo([
        test("all good", facts, [
          expect_.award("construction", "15000000", "cv-1"),
          expect_.award("construction", "15000000.00"),
          expect_.total("15000000"),
          expect_.upToTotal("17000000"),
          expect_.article(4, "15000000"),
          expect_.article(11, "2000000"),
          expect_.pending("rdSubsidy"),
          expect_.noAward("construction", "cv-2"),
          expect_.noAward("rdSubsidy"),
          expect_.inForce(true),
        ]),
        test("expired", { applicationDate: "2029-01-01" }, [
          expect_.inForce(false),
          expect_.noAward(),
          expect_.total("0"),
        ]),
      ]),
    );
    expect(out).toEqual([
      { name: "all good", passed: true, failures: [], span: expect.anything() },
      { name: "expired", passed: true, failures: [], span: expect.anything() },
    ]);
  });
  it("says what was expected and what came out", () => {
    const [out] = runPolicyTests(
      demo([
        test("wrong", facts, [
          expect_.total("59000000"),
          expect_.upToTotal("1"),
          expect_.article(4, "9000000"),
          expect_.award("construction", "1", "cv-2"),
          expect_.award("rdSubsidy", "5"),
          expect_.pending("construction"),
          expect_.noAward("construction"),
          expect_.noAward(),
          expect_.inForce(false),
          expect_.invalid("rd.current"),
        ]),
      ]),
    );
    expect(out!.passed).toBe(false);
    expect(out!.failures).toEqual([
      "expected total 59000000.00, got 15000000.00",
      "expected up-to total 1.00, got 17000000.00",
      "expected article 4 = 9000000.00, got 15000000.00",
      "expected award construction for `cv-2` = 1.00, got no award",
      "expected award rdSubsidy = 5.00, got pending (由实施细则确定)",
      "expected construction to be pending, got an award of 15000000.00",
      "expected no award construction, got construction for `cv-1` = 15000000.00",
      "expected no award, got construction for `cv-1` = 15000000.00, food = 2000000.00",
      "expected not in force, got in force",
      "expected invalid facts at `rd.current`, but the facts are valid",
    ]);
  });
  it("checks invalid facts by exact path", () => {
    const bad = { ...facts, rd: { current: "-5" } };
    const out = runPolicyTests(
      demo([
        test("rejects", bad, [expect_.invalid("rd.current")]),
        test("wrong path", bad, [expect_.invalid("rd")]),
        test("not expected", bad, [expect_.total("0")]),
      ]),
    );
    expect(out.map((o) => o.passed)).toEqual([true, false, false]);
    expect(out[1]!.failures).toEqual([
      "expected invalid facts at `rd`, got rd.current: expected a non-negative amount in yuan (a number or a decimal string), got `-5`",
    ]);
    expect(out[2]!.failures[0]).toMatch(/^expected total but the facts are invalid: rd\.current: /);
  });
  it("an eligible item that comes to 0 is an award of 0, with its amount checked", () => {
    const zeroFacts = { ...facts, pilotPlatforms: [{ id: "z", totalInvestment: "0", national: false }] };
    const out = runPolicyTests(
      demo([
        test("zero", zeroFacts, [expect_.award("construction", "0", "z"), expect_.award("construction", "0")]),
        test("not zero", zeroFacts, [expect_.award("construction", "5", "z")]),
      ]),
    );
    expect(out.map((o) => o.passed)).toEqual([true, false]);
    expect(out[1]!.failures).toEqual(["expected award construction for `z` = 5.00, got 0.00"]);
  });
});
