/**
 * Three evaluators of the flagship must agree to the cent: the interpreter, the compiled
 * fast path (`compileAmounts`) and an independent reference written from the contract with
 * exact integer arithmetic (test/reference/), on random applicants whose amounts sit on,
 * one cent below and one cent above every threshold and every cap's knee.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Policy } from "@subsidia/ir";
import { compileAmounts, evaluateFacts } from "../src/index.js";
import { evaluateFlagship, type ReferenceResult } from "./reference/flagship.js";

const flagship = Policy.parse(JSON.parse(readFileSync(new URL("./flagship.ir.json", import.meta.url), "utf8")));
const compiled = compileAmounts(flagship);

interface Comparable {
  inForce: boolean;
  total: string;
  upToTotal: string;
  awards: { article: number; clause: string; item?: string | undefined; amount: string; basis: string }[];
  pending: { article: number; clause: string; item?: string | undefined }[];
}
const comparable = (r: Comparable): ReferenceResult => ({
  inForce: r.inForce,
  total: r.total,
  upToTotal: r.upToTotal,
  awards: r.awards.map(({ article, clause, item, amount, basis }) => ({
    article,
    clause,
    item,
    amount,
    basis,
  })) as ReferenceResult["awards"],
  pending: r.pending.map(({ article, clause, item }) => ({ article, clause, item })),
});

// ── applicants near every edge ──────────────────────────────────────────────────────────

const shiftCents = (yuanText: string, c: number): string => {
  const sum = BigInt(yuanText.replace(".", "")) + BigInt(c);
  const total = sum < 0n ? 0n : sum;
  const s = total.toString().padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};
/** An amount on, one cent either side of, or around one of `edges` (yuan, two decimals), or anywhere. */
const near = (...edges: string[]): fc.Arbitrary<string | number> =>
  fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.tuple(fc.constantFrom(...edges), fc.constantFrom(-1, 0, 1)).map(([e, c]) => shiftCents(e, c)),
      },
      { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 11n }).map((c) => shiftCents("0.00", Number(c))) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...edges), fc.integer({ min: 0, max: 999 }))
          .map(([e, m]) => `${e.split(".")[0]}.${String(m).padStart(3, "0")}`),
      },
    )
    // as a JSON number when a double prints it back exactly, as the CLI reads facts
    .chain((t) => (String(Number(t)) === t ? fc.constantFrom<string | number>(t, Number(t)) : fc.constant(t)));

const id = fc.constantFrom("a", "b", "c", "项目-1");
const bool = fc.boolean();
const list = <T>(item: fc.Arbitrary<T>, max = 3) => fc.option(fc.array(item, { maxLength: max }), { nil: undefined });

const product = (key: fc.Arbitrary<boolean>, sales: fc.Arbitrary<string | number>) =>
  fc.record({
    id,
    provincialKeyNewProduct: key,
    annualSalesRevenue: sales,
    annualTransactionAmount: near("10000000.00", "9999999.80", "7000000.00"),
  });
const eligibleSales = (x: string | number): boolean => Number(x) >= 2_000_000;

const applicant = fc.record(
  {
    applicationDate: fc.constantFrom("2026-02-12", "2026-02-13", "2026-06-30", "2028-12-31", "2029-01-01"),
    rdInvestment: fc.record(
      { current: near("500000.00"), previous: near("500000.00", "0.00") },
      { requiredKeys: ["current"] },
    ),
    pilotPlatforms: list(
      fc.record(
        {
          id,
          kind: fc.constantFrom("concept-verification", "pilot-scale"),
          totalInvestment: near("33333333.33", "33333333.34", "0.00"),
          performanceQualified: bool,
          operating: bool,
          annualServiceToProvincialEnterprises: near("25000000.00", "0.01"),
          nationalPilotPlatform: bool,
        },
        { requiredKeys: ["id", "kind", "performanceQualified", "operating", "nationalPilotPlatform"] },
      ),
    ),
    techContracts: list(
      fc.record({
        id,
        type: fc.constantFrom("transfer", "license", "other"),
        seller: fc.constantFrom("university", "research-institute", "new-rd-institution", "enterprise", "other"),
        actualPayment: near("1000000.00", "10000000.00"),
        landedInProvince: bool,
      }),
    ),
    projects: list(
      fc.record({
        id,
        construction: fc.constantFrom("new", "renovation", "expansion", "technical-transformation"),
        highTech: bool,
        fixedAssetInvestment: near("20000000.00", "250000000.00"),
      }),
    ),
    digitalisation: list(
      fc.record({
        id,
        kind: fc.constantFrom("digital-workshop", "smart-factory"),
        provinciallyCertified: bool,
        contractAmount: near("20000000.00", "100000000.00"),
      }),
    ),
    techTransformationLoans: list(
      fc.record(
        { id, meetsTechTransformationPolicy: bool, interestPaid: near("100000.00") },
        { requiredKeys: ["id", "meetsTechTransformationPolicy"] },
      ),
    ),
    clinicalTrials: list(
      fc.record({
        id,
        productType: fc.constantFrom("new-drug", "high-end-device"),
        phase: fc.constantFrom(1, 2, 3),
        approvedByNationalRegulator: bool,
      }),
    ),
    productLaunches: list(
      fc.record({ id, productType: fc.constantFrom("new-drug", "high-end-device"), producedAndSoldInProvince: bool }),
    ),
    tcmProducts: list(fc.record({ id, salesRevenueIncrease: near("50000000.00", "100000000.00", "300000000.00") })),
    procurementWins: list(
      fc.record({
        id,
        scheme: fc.constantFrom("national", "inter-provincial-alliance", "exclusive-negotiation", "other"),
        annualProcurementAmount: near("100000000.00"),
      }),
    ),
    newFoodApprovals: list(
      fc.record({
        id,
        category: fc.constantFrom("new-food-ingredient", "new-food-additive", "new-food-related-product"),
      }),
    ),
    // often six to eight eligible products at or near the 50万元 cap: their sum crosses the article's 300万元 cap
    keyNewProducts: fc.oneof(
      list(product(bool, near("2000000.00"))),
      fc.array(product(fc.constant(true), near("2000000.00", "3000000.00").filter(eligibleSales)), {
        minLength: 6,
        maxLength: 8,
      }),
    ),
  },
  { requiredKeys: ["applicationDate"] },
);

describe("the interpreter, the compiled evaluator and the reference agree on the flagship", () => {
  it("on random applicants at, just below and just above every threshold and cap knee", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(applicant, (facts) => {
        const want = evaluateFlagship(facts);
        const interpreted = evaluateFacts(flagship, facts);
        const fast = compiled.run(facts);
        if (!interpreted.ok || !fast.ok) throw new Error(`facts refused: ${JSON.stringify([interpreted, fast])}`);
        expect(comparable(interpreted.result)).toEqual(want);
        expect(comparable(fast.result)).toEqual(want);
        for (const a of [...want.awards, ...want.pending]) reached.add(a.clause);
        if (!want.inForce) reached.add("(not in force)");
        const art12 = want.awards.filter((a) => a.article === 12).reduce((sum, a) => sum + Number(a.amount), 0);
        if (art12 === 3_000_000) reached.add("(article 12 capped)");
      }),
      { numRuns: 2000 },
    );
    // the applicants reach every clause that pays or is pending, and the edges of the policy
    expect([...reached].sort()).toEqual(
      [
        "(article 12 capped)",
        "(not in force)",
        ...flagship.articles.flatMap((a) => a.clauses.filter((c) => c.award !== undefined).map((c) => c.id)),
      ].sort(),
    );
  });

  it("the reference gives the contract's examples", () => {
    const dir = new URL("../../../../shared/contract/examples/", import.meta.url);
    const names = readdirSync(dir).filter((f) => f.endsWith(".facts.json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const facts = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Record<string, unknown>;
      const expected = JSON.parse(readFileSync(new URL(name.replace(".facts", ".expected"), dir), "utf8")) as {
        inForce: boolean;
        total: string;
        upToTotal: string;
        pendingArticles: number[];
      };
      const r = evaluateFlagship(facts);
      expect([r.inForce, r.total, r.upToTotal]).toEqual([expected.inForce, expected.total, expected.upToTotal]);
      expect([...new Set(r.pending.map((p) => p.article))]).toEqual(expected.pendingArticles);
    }
  });
});
