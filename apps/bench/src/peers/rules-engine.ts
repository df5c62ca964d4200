/**
 * The flagship's clauses for json-rules-engine, as a JavaScript developer would write them:
 * one engine per list of items, a rule per clause whose event carries the rate and cap.
 * What the engine cannot say is custom code below: the amount (rate × base, cap, uplift),
 * rounding, the article 12 enterprise cap, and date comparison (its numeric operators read
 * `2026-02-13` as 2026). Amounts are binary floating point; facts are not validated.
 */
import { Engine, type RuleProperties } from "json-rules-engine";
import type { Figures } from "../figures.js";
import { round2, sumText, type FloatAward } from "./float-money.js";

type Item = Record<string, unknown>;
const all = (...conds: object[]) => ({ all: conds });
const is = (fact: string, value: unknown) => ({ fact, operator: "equal", value });
const atLeast = (fact: string, value: number) => ({ fact, operator: "greaterThanInclusive", value });
const below = (fact: string, value: number) => ({ fact, operator: "lessThan", value });
const given = (fact: string) => ({ fact, operator: "given", value: true });
const among = (fact: string, value: string[]) => ({ fact, operator: "in", value });
const rule = (conditions: object, clause: string, params: Record<string, unknown>): RuleProperties => ({
  conditions: conditions as RuleProperties["conditions"],
  event: { type: clause, params },
});

const RULES: Record<string, RuleProperties[]> = {
  pilotPlatforms: [
    rule(all(is("performanceQualified", true), given("totalInvestment")), "platformConstruction", {
      article: 4,
      base: "totalInvestment",
      rate: 0.3,
      cap: 10000000,
      uplift: "nationalPilotPlatform",
    }),
    rule(all(is("operating", true), given("annualServiceToProvincialEnterprises")), "platformOperation", {
      article: 4,
      base: "annualServiceToProvincialEnterprises",
      rate: 0.2,
      cap: 5000000,
      uplift: "nationalPilotPlatform",
    }),
  ],
  techContracts: [
    rule(
      all(
        among("type", ["transfer", "license"]),
        among("seller", ["university", "research-institute", "new-rd-institution"]),
        is("landedInProvince", true),
        atLeast("actualPayment", 1000000),
      ),
      "techTransaction",
      { article: 5, base: "actualPayment", rate: 0.2, cap: 2000000 },
    ),
  ],
  projects: [
    rule(
      all(is("construction", "new"), is("highTech", true), atLeast("fixedAssetInvestment", 20000000)),
      "projectConstruction",
      { article: 6, base: "fixedAssetInvestment", rate: 0.2, cap: 50000000 },
    ),
  ],
  techTransformationLoans: [
    rule(all(is("meetsTechTransformationPolicy", true)), "loanInterest", { article: 8, pending: true }),
  ],
  digitalisation: [
    rule(all(is("kind", "digital-workshop"), is("provinciallyCertified", true)), "digitalWorkshop", {
      article: 8,
      base: "contractAmount",
      rate: 0.1,
      cap: 2000000,
    }),
    rule(all(is("kind", "smart-factory"), is("provinciallyCertified", true)), "smartFactory", {
      article: 8,
      base: "contractAmount",
      rate: 0.1,
      cap: 10000000,
    }),
  ],
  clinicalTrials: [1, 2, 3].map((phase, i) =>
    rule(all(is("approvedByNationalRegulator", true), is("phase", phase)), "clinicalTrial", {
      article: 10,
      fixed: [8000000, 10000000, 15000000][i],
      basis: "up-to",
    }),
  ),
  productLaunches: [
    rule(all(is("producedAndSoldInProvince", true)), "productLaunch", { article: 10, fixed: 15000000, basis: "up-to" }),
  ],
  tcmProducts: [
    rule(
      all(atLeast("salesRevenueIncrease", 50000000), below("salesRevenueIncrease", 100000000)),
      "tcmSecondaryDevelopment",
      { article: 10, fixed: 3000000 },
    ),
    rule(
      all(atLeast("salesRevenueIncrease", 100000000), below("salesRevenueIncrease", 300000000)),
      "tcmSecondaryDevelopment",
      { article: 10, fixed: 5000000 },
    ),
    rule(all(atLeast("salesRevenueIncrease", 300000000)), "tcmSecondaryDevelopment", { article: 10, fixed: 10000000 }),
  ],
  procurementWins: [
    rule(
      all(among("scheme", ["national", "inter-provincial-alliance", "exclusive-negotiation"])),
      "volumeProcurement",
      { article: 10, base: "annualProcurementAmount", rate: 0.05, cap: 5000000 },
    ),
  ],
  newFoodApprovals: [rule(all(), "newFood", { article: 11, fixed: 2000000 })],
  keyNewProducts: [
    rule(all(is("provincialKeyNewProduct", true), atLeast("annualSalesRevenue", 2000000)), "keyNewProduct", {
      article: 12,
      base: "annualTransactionAmount",
      rate: 0.05,
      cap: 500000,
    }),
  ],
};

function engine(rules: RuleProperties[]): Engine {
  const e = new Engine(rules, { allowUndefinedFacts: true });
  e.addOperator("given", (v: unknown) => v !== undefined && v !== null);
  e.addOperator("dateOnOrAfter", (v: unknown, d: string) => typeof v === "string" && v >= d);
  e.addOperator("dateOnOrBefore", (v: unknown, d: string) => typeof v === "string" && v <= d);
  return e;
}

const engines = Object.entries(RULES).map(([list, rules]) => [list, engine(rules)] as const);
const applicantEngine = engine([
  rule(
    all(
      { fact: "applicationDate", operator: "dateOnOrAfter", value: "2026-02-13" },
      { fact: "applicationDate", operator: "dateOnOrBefore", value: "2028-12-31" },
    ),
    "inForce",
    {},
  ),
  rule(all(atLeast("rdCurrent", 500000)), "rdSubsidy", { article: 3, pending: true }),
]);

/** Custom code: the amount an event stands for (rate × base capped, uplift), in floats. */
function amountOf(p: Record<string, unknown>, item: Item): number {
  if (typeof p.fixed === "number") return p.fixed;
  const raw = Math.min((p.rate as number) * Number(item[p.base as string]), p.cap as number);
  return p.uplift && item[p.uplift as string] === true ? raw * 1.5 : raw;
}

export async function rulesEngine(facts: Item): Promise<Figures> {
  const rd = facts.rdInvestment as Item | undefined;
  const head = await applicantEngine.run({ applicationDate: facts.applicationDate, rdCurrent: rd?.current });
  if (!head.events.some((e) => e.type === "inForce"))
    return { inForce: false, total: "0.00", upToTotal: "0.00", awards: [], pending: [] };
  const awards: FloatAward[] = [];
  const pending: Figures["pending"] = head.events
    .filter((e) => e.type === "rdSubsidy")
    .map(() => ({ article: 3, clause: "rdSubsidy" }));
  for (const [list, e] of engines) {
    const items = (facts[list] as Item[] | undefined) ?? [];
    // one run per item; events come back in rule order, as the policy lists its clauses
    const runs = await Promise.all(items.map((item) => e.run(item)));
    const byClause = new Map<string, FloatAward[]>();
    runs.forEach((r, i) => {
      for (const ev of r.events) {
        const p = ev.params ?? {};
        const id = String(items[i]!.id);
        if (p.pending) pending.push({ article: p.article as number, clause: ev.type, item: id });
        else
          byClause.set(ev.type, [
            ...(byClause.get(ev.type) ?? []),
            {
              article: p.article as number,
              clause: ev.type,
              item: id,
              amount: round2(amountOf(p, items[i]!)),
              basis: p.basis === "up-to" ? "up-to" : "exact",
            },
          ]);
      }
    });
    for (const group of byClause.values()) awards.push(...group);
  }
  return sumText(enterpriseCap(awards), pending);
}

/** Custom code: article 12's 300万元 a year for the enterprise, reducing the last products. */
export function enterpriseCap(awards: FloatAward[]): FloatAward[] {
  let left = 3000000;
  return awards.flatMap((a) => {
    if (a.clause !== "keyNewProduct") return [a];
    const granted = Math.min(a.amount, left);
    left -= granted;
    return [{ ...a, amount: granted }];
  });
}
