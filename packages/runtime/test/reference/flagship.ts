/**
 * An independent evaluator of the flagship policy, written from the contract
 * (../shared/contract/heilongjiang-biomanufacturing-2026.md, section 5) and the policy's
 * text, not from the runtime: plain TypeScript over exact rationals (exact.ts). It reads
 * valid facts only (the differential test makes them) and answers what the runtime's
 * result says about money: in force or not, the totals, each award item with its amount
 * and basis, and each pending item. Awards come clause by clause in the order of the
 * policy, items in the order of the facts.
 */
import { atLeast, cents, centsText, min, percent, q, times, yuan, type Q } from "./exact.js";

type Money = string | number;
type Item = { id: string; [field: string]: unknown };

export interface ReferenceAward {
  article: number;
  clause: string;
  item?: string;
  amount: string;
  basis: "exact" | "up-to";
}
export interface ReferencePending {
  article: number;
  clause: string;
  item?: string;
}
export interface ReferenceResult {
  inForce: boolean;
  total: string;
  upToTotal: string;
  awards: ReferenceAward[];
  pending: ReferencePending[];
}

const WAN = 10_000n;
const items = (facts: Record<string, unknown>, key: string): Item[] => (facts[key] as Item[] | undefined) ?? [];
const given = (x: unknown): x is Money => x !== undefined && x !== null;
const money = (x: unknown): Q => q(x as Money);
/** `rate% × base`, at most `capWan` 万元, times 1.5 when uplifted (上浮50%, after the cap) */
const capped = (rate: bigint, base: unknown, capWan: bigint, uplift = false): Q => {
  const amount = min(times(percent(rate), money(base)), yuan(capWan * WAN));
  return uplift ? times(amount, { n: 3n, d: 2n }) : amount;
};

export function evaluateFlagship(facts: Record<string, unknown>): ReferenceResult {
  const date = facts["applicationDate"] as string;
  const inForce = date >= "2026-02-13" && date <= "2028-12-31";
  if (!inForce) return { inForce, total: "0.00", upToTotal: "0.00", awards: [], pending: [] };

  const found: { article: number; clause: string; item?: string; cents: bigint; basis: "exact" | "up-to" }[] = [];
  const pending: ReferencePending[] = [];
  const award = (article: number, clause: string, item: Item, amount: Q, basis: "exact" | "up-to" = "exact") =>
    found.push({ article, clause, item: item.id, cents: cents(amount), basis });

  // art. 3: eligible from 50万元 of R&D investment; both rates are left to implementing rules
  const rd = facts["rdInvestment"] as { current: Money } | undefined;
  if (rd !== undefined && atLeast(money(rd.current), yuan(50n * WAN)))
    pending.push({ article: 3, clause: "rdSubsidy" });

  // art. 4: construction 30% up to 1000万元, operation 20% up to 500万元, each +50% for a national platform
  for (const p of items(facts, "pilotPlatforms"))
    if (p["performanceQualified"] === true && given(p["totalInvestment"]))
      award(
        4,
        "platformConstruction",
        p,
        capped(30n, p["totalInvestment"], 1000n, p["nationalPilotPlatform"] === true),
      );
  for (const p of items(facts, "pilotPlatforms")) {
    const service = p["annualServiceToProvincialEnterprises"];
    if (p["operating"] === true && given(service))
      award(4, "platformOperation", p, capped(20n, service, 500n, p["nationalPilotPlatform"] === true));
  }

  // art. 5: transfers and licences bought from universities, institutes and new R&D institutions, from 100万元
  for (const c of items(facts, "techContracts")) {
    const fromResearch = ["university", "research-institute", "new-rd-institution"].includes(c["seller"] as string);
    const eligible = ["transfer", "license"].includes(c["type"] as string) && fromResearch && c["landedInProvince"];
    if (eligible === true && atLeast(money(c["actualPayment"]), yuan(100n * WAN)))
      award(5, "techTransaction", c, capped(20n, c["actualPayment"], 200n));
  }

  // art. 6: new high-tech projects from 2000万元 of fixed assets, 20% up to 5000万元
  for (const p of items(facts, "projects"))
    if (
      p["construction"] === "new" &&
      p["highTech"] === true &&
      atLeast(money(p["fixedAssetInvestment"]), yuan(2000n * WAN))
    )
      award(6, "projectConstruction", p, capped(20n, p["fixedAssetInvestment"], 5000n));

  // art. 8: the loan-interest rate is left to implementing rules; certified workshops and factories 10%
  for (const l of items(facts, "techTransformationLoans"))
    if (l["meetsTechTransformationPolicy"] === true) pending.push({ article: 8, clause: "loanInterest", item: l.id });
  for (const [clause, kind, capWan] of [
    ["digitalWorkshop", "digital-workshop", 200n],
    ["smartFactory", "smart-factory", 1000n],
  ] as const)
    for (const d of items(facts, "digitalisation"))
      if (d["kind"] === kind && d["provinciallyCertified"] === true)
        award(8, clause, d, capped(10n, d["contractAmount"], capWan));

  // art. 10: ceilings by trial phase and for a launch (最高…, set case by case), tiers for TCM, 5% for procurement
  const ceiling: Record<number, bigint> = { 1: 800n, 2: 1000n, 3: 1500n };
  for (const t of items(facts, "clinicalTrials"))
    if (t["approvedByNationalRegulator"] === true)
      award(10, "clinicalTrial", t, yuan((ceiling[t["phase"] as number] ?? 0n) * WAN), "up-to");
  for (const l of items(facts, "productLaunches"))
    if (l["producedAndSoldInProvince"] === true) award(10, "productLaunch", l, yuan(1500n * WAN), "up-to");
  for (const t of items(facts, "tcmProducts")) {
    const increase = money(t["salesRevenueIncrease"]);
    const tier = [
      [30000n, 1000n],
      [10000n, 500n],
      [5000n, 300n],
    ].find(([from]) => atLeast(increase, yuan((from ?? 0n) * WAN)));
    if (tier !== undefined) award(10, "tcmSecondaryDevelopment", t, yuan((tier[1] ?? 0n) * WAN));
  }
  for (const v of items(facts, "procurementWins"))
    if (["national", "inter-provincial-alliance", "exclusive-negotiation"].includes(v["scheme"] as string))
      award(10, "volumeProcurement", v, capped(5n, v["annualProcurementAmount"], 500n));

  // art. 11: 200万元 per approval
  for (const n of items(facts, "newFoodApprovals")) award(11, "newFood", n, yuan(200n * WAN));

  // art. 12: 5% up to 50万元 per product, from 200万元 of sales; at most 300万元 for the article, in item order
  let left = 300n * WAN * 100n;
  for (const k of items(facts, "keyNewProducts"))
    if (k["provincialKeyNewProduct"] === true && atLeast(money(k["annualSalesRevenue"]), yuan(200n * WAN))) {
      const c = cents(capped(5n, k["annualTransactionAmount"], 50n));
      const kept = c < left ? c : left;
      left -= kept;
      found.push({ article: 12, clause: "keyNewProduct", item: k.id, cents: kept, basis: "exact" });
    }

  const awards = found.filter((a) => a.cents > 0n);
  const sum = (basis: string) => awards.filter((a) => a.basis === basis).reduce((s, a) => s + a.cents, 0n);
  return {
    inForce,
    total: centsText(sum("exact")),
    upToTotal: centsText(sum("exact") + sum("up-to")),
    awards: awards.map(({ cents: c, ...a }) => ({ ...a, amount: centsText(c) })),
    pending,
  };
}
