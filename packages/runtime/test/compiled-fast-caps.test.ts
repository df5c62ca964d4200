/**
 * The fast path's aggregate caps in cents (a cap that binds, reduces items in order and makes
 * zero items; limits finer than a cent, past 10^15 cents, absent), zero items written by the
 * fast writer, the facts checker's inline checks of integers and dates: each against the
 * interpreter, to the cent and to the JSON text.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isRealDate } from "../src/fact-scalars.js";
import { compileAmounts } from "../src/index.js";
import { article, clause, cmp, fact, field, fixed, item, listOf, lit, money, pct, policy, rate } from "./build-ir.js";
import { expectAgreement } from "./compiled-compare.js";

const a = (path: string, type: Parameters<typeof item>[2] = "money") => item("a", path, type);
const b = (path: string, type: Parameters<typeof item>[2] = "money") => item("b", path, type);

/** Two capped articles: article 2 (three clauses, its own cap a fact), article 3 between, clause `c` capped alone. */
const capped = policy({
  validity: null,
  inputs: [
    field("xs", listOf(field("id", "string", true), field("amount", "money"), field("phase", "integer", true))),
    field("ys", listOf(field("id", "string", true), field("amount", "money"))),
    field("limit", "money", true),
  ],
  articles: [
    article(
      2,
      [
        clause({ id: "half", forEach: ["a", "xs"], award: rate(pct("0.5"), a("amount")) }),
        clause({
          id: "flat",
          forEach: ["b", "ys"],
          when: [cmp(">", b("amount"), money("0"))],
          award: fixed(money("100")),
        }),
        clause({
          id: "c",
          forEach: ["a", "xs"],
          when: [cmp(">=", a("phase", "integer"), lit("integer", "2"))],
          award: rate(pct("0.1"), a("amount")),
          totalCap: money("250.50"),
        }),
      ],
      fact("limit", "money"),
    ),
    article(3, [clause({ id: "other", forEach: ["b", "ys"], award: rate(pct("0.2"), b("amount")) })]),
  ],
});

const amount = fc.oneof(
  fc.constantFrom("0", "0.01", "100", "250.50", "501", "1000.01", "9999999999999.99", "10000000000000.00"),
  fc.integer({ min: 0, max: 10 ** 7 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`),
);
const limit = fc.oneof(
  fc.constantFrom("0", "0.01", "0.005", "100.001", "350", "99999999999999999999.99", "90071992547409.92"),
  amount,
);
const facts = fc.record(
  {
    xs: fc.array(fc.record({ amount, phase: fc.constantFrom(1, 2, 3, "2", -0, 2.5) }, { requiredKeys: ["amount"] }), {
      maxLength: 4,
    }),
    ys: fc.array(fc.record({ amount }), { maxLength: 3 }),
    limit,
  },
  { requiredKeys: ["xs", "ys"] },
);

describe("aggregate caps on the fast path", () => {
  it("agree with the interpreter whether a cap binds or not, limits of every kind", () => {
    const compiled = compileAmounts(capped);
    let bound = 0;
    fc.assert(
      fc.property(facts, (f) => {
        expectAgreement(capped, f);
        const r = compiled.run(f);
        if (r.ok && r.result.zeroAwards.some((z) => z.reason.startsWith("total cap"))) bound++;
      }),
      { numRuns: 400 },
    );
    // the caps bind often enough to test their reductions, not only their checks
    expect(bound).toBeGreaterThan(20);
  });

  it("a cap that binds reduces items in order and writes the rest as zero items", () => {
    const f = { xs: [{ amount: "300" }, { amount: "200" }], ys: [{ amount: "1" }], limit: "220.01" };
    expectAgreement(capped, f);
    const r = compileAmounts(capped).run(f);
    expect(r.ok && r.result.awards.map((x) => `${x.clause} ${x.item} ${x.amount}`)).toEqual([
      "half #1 150.00",
      "half #2 70.01",
      "other #1 0.20",
    ]);
    expect(r.ok && r.result.zeroAwards.map((z) => `${z.clause} ${z.item}: ${z.reason}`)).toEqual([
      "flat #1: total cap limit (220.01) of article 2 reached",
    ]);
  });
});

describe("the facts checker's inline checks", () => {
  it("integers: safe integers inline, every other form as `validateFacts` reads it", () => {
    const ranged = policy({
      validity: null,
      inputs: [
        field("n", { kind: "integer", min: "1", max: "3" }, true),
        field("m", { kind: "integer" }, true),
        field("k", { kind: "integer", min: "0.5" }, true),
      ],
      articles: [article(2, [clause({ id: "x", award: fixed(money("1")) })])],
    });
    const values = [
      0,
      1,
      3,
      4,
      -0,
      -1,
      2.5,
      "2",
      " 2",
      "2.0",
      2 ** 53,
      2 ** 53 + 2,
      1e21,
      1e300,
      "1e2",
      true,
      null,
      [1],
    ];
    for (const v of values) for (const name of ["n", "m", "k"]) expectAgreement(ranged, { [name]: v });
  });

  it("one pass over the keys held: unknown, undefined, null, inherited and misplaced keys as `validateFacts` says", () => {
    const x = (over: Record<string, unknown>) => ({ amount: "10", phase: 2, ...over });
    const inherited = Object.create({ limit: "5" }) as Record<string, unknown>;
    inherited.xs = [x({})];
    const cases: unknown[] = [
      { xs: [x({})], ys: [] },
      { xs: [x({})], ys: null, limit: null },
      { xs: [x({})], limit: undefined },
      { xs: [x({ phase: undefined })] },
      { xs: [x({ phase: null })] },
      { xs: [x({ amount: null })] },
      { xs: [x({ amount: undefined })] },
      { xs: [x({ other: 1 })] },
      { xs: [x({})], other: 1 },
      { xs: [x({})], amount: "1" },
      { xs: x({}) },
      { xs: [[x({})]] },
      { xs: ["10"] },
      { xs: [x({ id: "" })], ys: [{ amount: "1", id: 7 }] },
      JSON.parse('{"xs":[{"amount":"1","__proto__":{"a":1}}]}'),
      JSON.parse('{"xs":[],"__proto__":{"limit":"1"}}'),
      inherited,
      [],
      null,
      "facts",
    ];
    for (const f of cases) expectAgreement(capped, f);
  });

  it("dates: read by character as the pattern YYYY-MM-DD and the calendar say", () => {
    const pattern = (t: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const max = mo === 2 && leap ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
      return max !== undefined && d >= 1 && d <= max;
    };
    const fixedCases = ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2026-13-01", "2026-00-10"];
    for (const t of [...fixedCases, "2026-06-31", "2026-6-30", "2026-06-30\n", "２026-06-30", "2026/06/30", ""])
      expect(isRealDate(t)).toBe(pattern(t));
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(date, fc.string({ maxLength: 12 })), (t) => isRealDate(t) === pattern(t)),
      { numRuns: 2000 },
    );
  });
});
