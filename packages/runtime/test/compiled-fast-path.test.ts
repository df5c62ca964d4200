/**
 * The compiled evaluator's integer fast path against the interpreter at its fallback
 * boundaries: amounts at 2^53 cents and at 10^15 cents (the largest fact it reads as an
 * integer) one cent either side, facts with more decimals than the unit, rates that do not
 * divide evenly, half-way amounts in every rounding mode and unit, totals past 2^53 cents. On
 * each side of a boundary the result is the interpreter's to the cent, whether the fast path
 * or the decimal code computed it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Policy } from "@subsidia/ir";
import type { RoundingMode } from "../src/money.js";
import { compileAmounts } from "../src/index.js";
import {
  and,
  arith,
  article,
  call,
  clause,
  cmp,
  fact,
  field,
  fixed,
  given,
  item,
  listOf,
  lit,
  lookup,
  money,
  neg,
  not,
  or,
  pct,
  policy,
  rate,
  str,
  tiers,
  uplift,
  enumOf,
} from "./build-ir.js";
import { expectAgreement } from "./compiled-compare.js";

const p = (path: string, type: Parameters<typeof item>[2] = "money") => item("p", path, type);

/** One policy with every construct of the fast path, at a given rounding. */
function fastPolicy(unit: string, mode: RoundingMode) {
  return policy({
    validity: null,
    rounding: { unit, mode },
    inputs: [
      field(
        "items",
        listOf(
          field("id", "string", true),
          field("amount", "money"),
          field("other", "money", true),
          field("count", "integer", true),
          field("ratio", "number", true),
          field("kind", enumOf("a", "b"), true),
          field("national", "boolean", true),
        ),
      ),
      field("limit", "money", true),
    ],
    articles: [
      article(
        2,
        [
          clause({
            id: "third",
            forEach: ["p", "items"],
            when: [or(cmp(">=", p("amount"), money("0.01")), not(given(p("other"))))],
            award: rate(pct("0.333333"), p("amount")),
            caps: [fact("limit", "money")],
            uplifts: [uplift(pct("0.5"), "after-cap", p("national", "boolean"))],
          }),
          clause({
            id: "half",
            forEach: ["p", "items"],
            when: [and(given(p("other")), cmp("!=", p("kind", "enum"), str("b")))],
            award: fixed(
              arith(
                "+",
                arith("*", p("amount"), pct("0.5")),
                call("max", neg(p("other")), arith("-", p("other"), money("1"))),
              ),
            ),
          }),
          clause({
            id: "tiers",
            forEach: ["p", "items"],
            award: tiers(p("amount"), [
              [money("100.005"), money("0.015")],
              [money("1000000"), money("5000.5")],
            ]),
          }),
          clause({
            id: "byCount",
            forEach: ["p", "items"],
            when: [cmp("<", p("ratio", "number"), lit("number", "2.5"))],
            award: lookup(p("count", "integer"), [
              ["1", arith("*", p("ratio", "number"), p("amount"))],
              ["2", call("min", p("amount"), money("3.335"))],
            ]),
          }),
        ],
        fact("limit", "money"),
      ),
    ],
  });
}

const SAFE_CENTS = ["90071992547409.90", "90071992547409.91", "90071992547409.92", "90071992547409.93"];
const FACT_MAX_CENTS = ["9999999999999.99", "10000000000000", "10000000000000.01"];
const FINER = ["12.345", "12.3450", "0.005", "1.005", "2.675", "0.015", "100.005", "100.004", "3.335", "3.3350001"];
const amount = fc.oneof(
  fc.constantFrom(...SAFE_CENTS, ...FACT_MAX_CENTS, ...FINER, "0", "0.01", "1000000", "999999.99"),
  fc.bigInt({ min: 0n, max: 10n ** 16n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`),
  fc.integer({ min: 0, max: 10 ** 6 }).map((c) => c / 100),
);
const numberFact = fc.oneof(
  fc.constantFrom("2.4999", "2.5", "0.3333", "1.23456", 0.1, 1e-7),
  fc.double({ min: 0, max: 3, noNaN: true }),
);

const facts = fc.record(
  {
    items: fc.array(
      fc.record(
        {
          amount,
          other: amount,
          count: fc.constantFrom(1, 2, 3, "1", "2"),
          ratio: numberFact,
          kind: fc.constantFrom("a", "b"),
          national: fc.boolean(),
        },
        { requiredKeys: ["amount"] },
      ),
      { maxLength: 6 },
    ),
    limit: amount,
  },
  { requiredKeys: ["items", "limit"] },
);

const roundings: [string, RoundingMode][] = [
  ["0.01", "half-up"],
  ["0.01", "half-even"],
  ["1", "down"],
  ["100", "up"],
  ["0.05", "half-up"],
  ["0.001", "half-up"],
];

describe("the integer fast path agrees with the interpreter at its boundaries", () => {
  it.each(roundings)("unit %s, %s", (unit, mode) => {
    const ir = fastPolicy(unit, mode);
    const compiled = compileAmounts(ir);
    let awarded = 0;
    fc.assert(
      fc.property(facts, (f) => {
        expectAgreement(ir, f);
        const r = compiled.run(f);
        if (r.ok) awarded += r.result.awards.length;
      }),
      { numRuns: 300 },
    );
    // the facts reach the amounts: not a run of facts refused or of applicants with nothing
    expect(awarded).toBeGreaterThan(60);
  });

  it("each clause of the test policy is on the fast path at cents and whole yuan (and none at 0.001)", () => {
    const fastFunctions = (unit: string) =>
      compileAmounts(fastPolicy(unit, "half-up")).source.evaluator.match(/^function fast\d+/gm)?.length ?? 0;
    expect(fastFunctions("0.01")).toBe(4);
    expect(fastFunctions("1")).toBe(4);
    expect(fastFunctions("0.001")).toBe(0);
  });

  it("sums past 2^53 cents and facts past 10^15 cents give the interpreter's exact amounts", () => {
    const ir = fastPolicy("0.01", "half-up");
    const big = (amount: string) => ({ amount, kind: "b", count: 3 });
    for (const a of [...SAFE_CENTS, ...FACT_MAX_CENTS])
      expectAgreement(ir, { items: [big(a), big(a), big("45035996273704.96")], limit: "99999999999999999999.99" });
    // 90071992547409.93 × 0.333333 = 30023967491805.789…: the rate's product past 2^53 cents
    const r = compileAmounts(ir).run({ items: [big("90071992547409.93")], limit: "90071992547409.93" });
    expect(r.ok && r.result.awards.map((x) => x.amount)).toEqual(["30023967491805.79", "5000.50"]);
  });
});

describe("an amount is read once per block of an item", () => {
  const ir = fastPolicy("0.01", "half-up");
  const fastFunctions = () =>
    compileAmounts(ir)
      .source.evaluator.split(/^function /m)
      .filter((f) => f.startsWith("fast"));

  it("`max(-other, other - 1)` reads `other` once; the condition's `given other` in its own block once", () => {
    const half = fastFunctions()[1]!;
    expect(half.match(/\["other"\]/g)?.length).toBe(2);
    // `amount` once, `other` once in each block (three reads of `other` without this)
    expect(half.match(/H\.readUnits\(/g)?.length).toBe(3);
  });

  it("the value read once falls back and rounds as the interpreter does", () => {
    // past 2^53 and 10^15 cents, finer than a cent (SLOW on the first read: the decimal code
    // decides the item), half-way at .005 in cents, many digits
    const values = ["0.005", "1.005", "2.675", "12.345", "3.3350001", "9999999999999.99", "10000000000000.01"];
    for (const a of [...values, ...SAFE_CENTS, "123456789012345678901234567890.125"])
      for (const kind of ["a", "b"])
        expectAgreement(ir, {
          items: [{ amount: a, other: a, kind, national: true, count: 2, ratio: "1.5" }],
          limit: "99999999999999999999.99",
        });
  });
});

describe("the flagship is on the fast path", () => {
  it("every clause with a computable amount has an integer form", () => {
    const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));
    const computable = flagship.articles.flatMap((a) => a.clauses).filter((c) => c.award).length;
    const source = compileAmounts(flagship).source.evaluator;
    expect(source.match(/^function fast\d+/gm)?.length).toBe(computable);
    expect(source).toContain("H.writeFast(");
  });
});
