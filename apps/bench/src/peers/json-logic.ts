/**
 * The flagship's clauses for json-logic-js: each clause is one JsonLogic expression giving an
 * item's amount (0 when it does not qualify; for a clause whose rate is left to implementing
 * rules, whether the item is eligible). Custom code: a `round2` operation, the loop over each list, the article 12
 * enterprise cap. Money is parsed with parseFloat (`*`), so amounts are binary floating point.
 */
import jsonLogic, { type RulesLogic } from "json-logic-js";
import type { Figures } from "../figures.js";
import { enterpriseCap } from "./rules-engine.js";
import { round2, sumText, type FloatAward } from "./float-money.js";

jsonLogic.add_operation("round2", round2);

const v = (name: string) => ({ var: name });
const when = (cond: unknown, then: unknown) => ({ if: [cond, then, 0] });
const rateCap = (rate: number, base: string, cap: number) => ({ min: [{ "*": [rate, v(base)] }, cap] });
const uplifted = (amount: unknown) => ({ "*": [amount, { if: [v("nationalPilotPlatform"), 1.5, 1] }] });
const given = (name: string) => ({ "!=": [v(name), null] });

/** `logic` gives the amount; for a clause whose rate is pending it tells whether the item is eligible. */
interface Clause {
  list: string;
  article: number;
  clause: string;
  basis?: "up-to";
  pending?: true;
  logic: unknown;
}

const CLAUSES = (
  [
    {
      list: "pilotPlatforms",
      article: 4,
      clause: "platformConstruction",
      logic: when(
        { and: [v("performanceQualified"), given("totalInvestment")] },
        uplifted(rateCap(0.3, "totalInvestment", 10000000)),
      ),
    },
    {
      list: "pilotPlatforms",
      article: 4,
      clause: "platformOperation",
      logic: when(
        { and: [v("operating"), given("annualServiceToProvincialEnterprises")] },
        uplifted(rateCap(0.2, "annualServiceToProvincialEnterprises", 5000000)),
      ),
    },
    {
      list: "techContracts",
      article: 5,
      clause: "techTransaction",
      logic: when(
        {
          and: [
            { in: [v("type"), ["transfer", "license"]] },
            { in: [v("seller"), ["university", "research-institute", "new-rd-institution"]] },
            v("landedInProvince"),
            { ">=": [v("actualPayment"), 1000000] },
          ],
        },
        rateCap(0.2, "actualPayment", 2000000),
      ),
    },
    {
      list: "projects",
      article: 6,
      clause: "projectConstruction",
      logic: when(
        { and: [{ "==": [v("construction"), "new"] }, v("highTech"), { ">=": [v("fixedAssetInvestment"), 20000000] }] },
        rateCap(0.2, "fixedAssetInvestment", 50000000),
      ),
    },
    {
      list: "techTransformationLoans",
      article: 8,
      clause: "loanInterest",
      pending: true,
      logic: v("meetsTechTransformationPolicy"),
    },
    {
      list: "digitalisation",
      article: 8,
      clause: "digitalWorkshop",
      logic: when(
        { and: [{ "==": [v("kind"), "digital-workshop"] }, v("provinciallyCertified")] },
        rateCap(0.1, "contractAmount", 2000000),
      ),
    },
    {
      list: "digitalisation",
      article: 8,
      clause: "smartFactory",
      logic: when(
        { and: [{ "==": [v("kind"), "smart-factory"] }, v("provinciallyCertified")] },
        rateCap(0.1, "contractAmount", 10000000),
      ),
    },
    {
      list: "clinicalTrials",
      article: 10,
      clause: "clinicalTrial",
      basis: "up-to",
      logic: when(v("approvedByNationalRegulator"), {
        if: [
          { "==": [v("phase"), 1] },
          8000000,
          { "==": [v("phase"), 2] },
          10000000,
          { "==": [v("phase"), 3] },
          15000000,
          0,
        ],
      }),
    },
    {
      list: "productLaunches",
      article: 10,
      clause: "productLaunch",
      basis: "up-to",
      logic: when(v("producedAndSoldInProvince"), 15000000),
    },
    {
      list: "tcmProducts",
      article: 10,
      clause: "tcmSecondaryDevelopment",
      logic: {
        if: [
          { ">=": [v("salesRevenueIncrease"), 300000000] },
          10000000,
          { ">=": [v("salesRevenueIncrease"), 100000000] },
          5000000,
          { ">=": [v("salesRevenueIncrease"), 50000000] },
          3000000,
          0,
        ],
      },
    },
    {
      list: "procurementWins",
      article: 10,
      clause: "volumeProcurement",
      logic: when(
        { in: [v("scheme"), ["national", "inter-provincial-alliance", "exclusive-negotiation"]] },
        rateCap(0.05, "annualProcurementAmount", 5000000),
      ),
    },
    { list: "newFoodApprovals", article: 11, clause: "newFood", logic: 2000000 },
    {
      list: "keyNewProducts",
      article: 12,
      clause: "keyNewProduct",
      logic: when(
        { and: [v("provincialKeyNewProduct"), { ">=": [v("annualSalesRevenue"), 2000000] }] },
        rateCap(0.05, "annualTransactionAmount", 500000),
      ),
    },
  ] as Clause[]
).map((c) => (c.pending ? c : { ...c, logic: { round2: [c.logic] } }));

const inForce = { "<=": ["2026-02-13", v("applicationDate"), "2028-12-31"] } as RulesLogic;
const rdPending = { ">=": [{ var: "rdInvestment.current" }, 500000] } as RulesLogic;

export function jsonLogicEngine(facts: Record<string, unknown>): Figures {
  if (!jsonLogic.apply(inForce, facts))
    return { inForce: false, total: "0.00", upToTotal: "0.00", awards: [], pending: [] };
  const awards: FloatAward[] = [];
  const pending: Figures["pending"] = jsonLogic.apply(rdPending, facts) ? [{ article: 3, clause: "rdSubsidy" }] : [];
  for (const c of CLAUSES) {
    for (const item of (facts[c.list] as Record<string, unknown>[] | undefined) ?? []) {
      const value: unknown = jsonLogic.apply(c.logic as RulesLogic, item);
      if (c.pending) {
        if (value) pending.push({ article: c.article, clause: c.clause, item: String(item.id) });
      } else
        awards.push({
          article: c.article,
          clause: c.clause,
          item: String(item.id),
          amount: value as number,
          basis: c.basis ?? "exact",
        });
    }
  }
  return sumText(enterpriseCap(awards), pending);
}
