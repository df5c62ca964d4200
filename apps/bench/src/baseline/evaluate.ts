/**
 * The baseline: the flagship policy's contract (section 5 of the contract) hand-written in
 * TypeScript with exact decimal money. No explanations, no generality: the fastest correct
 * code we know how to write for this one policy, the limit the engines are measured against.
 */
import type { Figures } from "../figures.js";
import { bool, D, date, integer, list, money, obj, oneOf, text } from "./read-facts.js";

const W = (wan: number) => new D(wan * 10000);
const ZERO = new D(0);
const UPLIFT = new D("1.5");
const R = { p30: new D("0.3"), p20: new D("0.2"), p10: new D("0.1"), p5: new D("0.05") };
const CAP = {
  construction: W(1000),
  operation: W(500),
  contract: W(200),
  project: W(5000),
  workshop: W(200),
  factory: W(1000),
  procurement: W(500),
  product: W(50),
  productsTotal: W(300),
};
const MIN = { rd: W(50), contract: W(100), project: W(2000), productSales: W(200) };
const CLINICAL: Record<number, D> = { 1: W(800), 2: W(1000), 3: W(1500) };
const TCM: [D, D][] = [
  [W(30000), W(1000)],
  [W(10000), W(500)],
  [W(5000), W(300)],
];

type Award = Figures["awards"][number];
const cents = (x: D) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const capped = (x: D, cap: D) => (x.gt(cap) ? cap : x);

export function baseline(input: unknown): Figures {
  const f = obj(input, "(facts)");
  const day = date(f, "applicationDate", "");
  const rd = f.rdInvestment === undefined || f.rdInvestment === null ? null : obj(f.rdInvestment, "rdInvestment");
  const rdCurrent = rd ? money(rd, "current", "rdInvestment") : null;
  if (rd) money(rd, "previous", "rdInvestment", true);
  const platforms = list(f, "pilotPlatforms", (o, p) => ({
    id: text(o, "id", p),
    kind: oneOf(o, "kind", p, ["concept-verification", "pilot-scale"]),
    total: money(o, "totalInvestment", p, true),
    qualified: bool(o, "performanceQualified", p),
    operating: bool(o, "operating", p),
    service: money(o, "annualServiceToProvincialEnterprises", p, true),
    national: bool(o, "nationalPilotPlatform", p),
  }));
  const contracts = list(f, "techContracts", (o, p) => ({
    id: text(o, "id", p),
    type: oneOf(o, "type", p, ["transfer", "license", "other"]),
    seller: oneOf(o, "seller", p, ["university", "research-institute", "new-rd-institution", "enterprise", "other"]),
    payment: money(o, "actualPayment", p),
    landed: bool(o, "landedInProvince", p),
  }));
  const projects = list(f, "projects", (o, p) => ({
    id: text(o, "id", p),
    construction: oneOf(o, "construction", p, ["new", "renovation", "expansion", "technical-transformation"]),
    highTech: bool(o, "highTech", p),
    investment: money(o, "fixedAssetInvestment", p),
  }));
  const digital = list(f, "digitalisation", (o, p) => ({
    id: text(o, "id", p),
    kind: oneOf(o, "kind", p, ["digital-workshop", "smart-factory"]),
    certified: bool(o, "provinciallyCertified", p),
    amount: money(o, "contractAmount", p),
  }));
  const loans = list(f, "techTransformationLoans", (o, p) => ({
    id: text(o, "id", p),
    meets: bool(o, "meetsTechTransformationPolicy", p),
    interest: money(o, "interestPaid", p, true),
  }));
  const trials = list(f, "clinicalTrials", (o, p) => ({
    id: text(o, "id", p),
    type: oneOf(o, "productType", p, ["new-drug", "high-end-device"]),
    phase: integer(o, "phase", p, 1, 3),
    approved: bool(o, "approvedByNationalRegulator", p),
  }));
  const launches = list(f, "productLaunches", (o, p) => ({
    id: text(o, "id", p),
    type: oneOf(o, "productType", p, ["new-drug", "high-end-device"]),
    made: bool(o, "producedAndSoldInProvince", p),
  }));
  const tcm = list(f, "tcmProducts", (o, p) => ({
    id: text(o, "id", p),
    increase: money(o, "salesRevenueIncrease", p),
  }));
  const wins = list(f, "procurementWins", (o, p) => ({
    id: text(o, "id", p),
    scheme: oneOf(o, "scheme", p, ["national", "inter-provincial-alliance", "exclusive-negotiation", "other"]),
    amount: money(o, "annualProcurementAmount", p),
  }));
  const foods = list(f, "newFoodApprovals", (o, p) => ({
    id: text(o, "id", p),
    category: oneOf(o, "category", p, ["new-food-ingredient", "new-food-additive", "new-food-related-product"]),
  }));
  const products = list(f, "keyNewProducts", (o, p) => ({
    id: text(o, "id", p),
    key: bool(o, "provincialKeyNewProduct", p),
    sales: money(o, "annualSalesRevenue", p),
    amount: money(o, "annualTransactionAmount", p),
  }));

  if (day < "2026-02-13" || day > "2028-12-31")
    return { inForce: false, total: "0.00", upToTotal: "0.00", awards: [], pending: [] };
  const awards: Award[] = [];
  const pending: Figures["pending"] = [];
  let exact = ZERO;
  let upTo = ZERO;
  const add = (article: number, clause: string, item: string, amount: D, basis: Award["basis"] = "exact") => {
    const rounded = cents(amount);
    if (!rounded.gt(0)) return;
    awards.push({ article, clause, item, amount: rounded.toFixed(2), basis });
    if (basis === "exact") exact = exact.plus(rounded);
    else upTo = upTo.plus(rounded);
  };
  const uplift = (x: D, national: boolean) => (national ? x.times(UPLIFT) : x);
  if (rdCurrent?.gte(MIN.rd)) pending.push({ article: 3, clause: "rdSubsidy" });
  for (const p of platforms)
    if (p.qualified && p.total)
      add(4, "platformConstruction", p.id, uplift(capped(p.total.times(R.p30), CAP.construction), p.national));
  for (const p of platforms)
    if (p.operating && p.service)
      add(4, "platformOperation", p.id, uplift(capped(p.service.times(R.p20), CAP.operation), p.national));
  for (const c of contracts) {
    const seller = c.seller === "university" || c.seller === "research-institute" || c.seller === "new-rd-institution";
    if ((c.type === "transfer" || c.type === "license") && seller && c.landed && c.payment.gte(MIN.contract))
      add(5, "techTransaction", c.id, capped(c.payment.times(R.p20), CAP.contract));
  }
  for (const p of projects)
    if (p.construction === "new" && p.highTech && p.investment.gte(MIN.project))
      add(6, "projectConstruction", p.id, capped(p.investment.times(R.p20), CAP.project));
  for (const l of loans) if (l.meets) pending.push({ article: 8, clause: "loanInterest", item: l.id });
  for (const d of digital)
    if (d.kind === "digital-workshop" && d.certified)
      add(8, "digitalWorkshop", d.id, capped(d.amount.times(R.p10), CAP.workshop));
  for (const d of digital)
    if (d.kind === "smart-factory" && d.certified)
      add(8, "smartFactory", d.id, capped(d.amount.times(R.p10), CAP.factory));
  for (const t of trials)
    if (t.approved && CLINICAL[t.phase]) add(10, "clinicalTrial", t.id, CLINICAL[t.phase]!, "up-to");
  for (const l of launches) if (l.made) add(10, "productLaunch", l.id, W(1500), "up-to");
  for (const t of tcm) {
    const tier = TCM.find(([atLeast]) => t.increase.gte(atLeast));
    if (tier) add(10, "tcmSecondaryDevelopment", t.id, tier[1]);
  }
  for (const w of wins)
    if (w.scheme !== "other") add(10, "volumeProcurement", w.id, capped(w.amount.times(R.p5), CAP.procurement));
  for (const n of foods) add(11, "newFood", n.id, W(200));
  let left = CAP.productsTotal;
  for (const p of products) {
    if (!p.key || !p.sales.gte(MIN.productSales)) continue;
    const amount = cents(capped(p.amount.times(R.p5), CAP.product));
    const granted = amount.gt(left) ? left : amount;
    left = left.minus(granted);
    add(12, "keyNewProduct", p.id, granted);
  }
  return { inForce: true, total: exact.toFixed(2), upToTotal: exact.plus(upTo).toFixed(2), awards, pending };
}
