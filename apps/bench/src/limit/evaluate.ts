/**
 * The limit: the flagship policy's contract (section 5 of the contract) hand-written for this
 * one policy in exact integer cents, sharing no code with the runtime (nor with the decimal
 * baseline). Rates are fractions (30% is 3/10), each award is one exact integer division
 * rounded half up; every product stays below 2^53 for amounts below 10^13 yuan (larger ones
 * throw `OutOfRange`). No explanations, no generality: the fastest correct code we know how
 * to write, the figure every engine is measured against.
 */
import type { Figures } from "../figures.js";
import { bool, date, integer, list, money, obj, oneOf, text, topLevel } from "./read-facts.js";

const W = (wan: number) => wan * 1_000_000; // 万元 in cents
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
const CLINICAL = [0, W(800), W(1000), W(1500)];
const TCM: [number, number][] = [
  [W(30000), W(1000)],
  [W(10000), W(500)],
  [W(5000), W(300)],
];

/** n / d rounded half up, for integers n ≥ 0 and d > 0 below 2^53 (`%` is exact on integers). */
function halfUp(n: number, d: number): number {
  const r = n % d;
  return (n - r) / d + (2 * r >= d ? 1 : 0);
}

/** min(amount × num / den, cap), then × upNum / upDen, in cents rounded half up. */
function rateCapped(amount: number, num: number, den: number, cap: number, upNum = 1, upDen = 1): number {
  if (amount * num > cap * den) return halfUp(cap * upNum, upDen);
  return halfUp(amount * num * upNum, den * upDen);
}

const yuan = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

type Award = Figures["awards"][number];

export function limit(input: unknown): Figures {
  const f = topLevel(obj(input, "(facts)"));
  const day = date(f, "applicationDate");
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
  let exact = 0;
  let upTo = 0;
  const add = (article: number, clause: string, item: string, cents: number, basis: Award["basis"] = "exact") => {
    if (cents <= 0) return;
    awards.push({ article, clause, item, amount: yuan(cents), basis });
    if (basis === "exact") exact += cents;
    else upTo += cents;
  };
  if (rdCurrent !== null && rdCurrent >= MIN.rd) pending.push({ article: 3, clause: "rdSubsidy" });
  for (const p of platforms)
    if (p.qualified && p.total !== null)
      add(
        4,
        "platformConstruction",
        p.id,
        rateCapped(p.total, 3, 10, CAP.construction, p.national ? 3 : 1, p.national ? 2 : 1),
      );
  for (const p of platforms)
    if (p.operating && p.service !== null)
      add(
        4,
        "platformOperation",
        p.id,
        rateCapped(p.service, 2, 10, CAP.operation, p.national ? 3 : 1, p.national ? 2 : 1),
      );
  for (const c of contracts) {
    const seller = c.seller === "university" || c.seller === "research-institute" || c.seller === "new-rd-institution";
    if ((c.type === "transfer" || c.type === "license") && seller && c.landed && c.payment >= MIN.contract)
      add(5, "techTransaction", c.id, rateCapped(c.payment, 2, 10, CAP.contract));
  }
  for (const p of projects)
    if (p.construction === "new" && p.highTech && p.investment >= MIN.project)
      add(6, "projectConstruction", p.id, rateCapped(p.investment, 2, 10, CAP.project));
  for (const l of loans) if (l.meets) pending.push({ article: 8, clause: "loanInterest", item: l.id });
  for (const d of digital)
    if (d.kind === "digital-workshop" && d.certified)
      add(8, "digitalWorkshop", d.id, rateCapped(d.amount, 1, 10, CAP.workshop));
  for (const d of digital)
    if (d.kind === "smart-factory" && d.certified)
      add(8, "smartFactory", d.id, rateCapped(d.amount, 1, 10, CAP.factory));
  for (const t of trials) if (t.approved) add(10, "clinicalTrial", t.id, CLINICAL[t.phase]!, "up-to");
  for (const l of launches) if (l.made) add(10, "productLaunch", l.id, W(1500), "up-to");
  for (const t of tcm) {
    const tier = TCM.find(([atLeast]) => t.increase >= atLeast);
    if (tier) add(10, "tcmSecondaryDevelopment", t.id, tier[1]);
  }
  for (const w of wins)
    if (w.scheme !== "other") add(10, "volumeProcurement", w.id, rateCapped(w.amount, 5, 100, CAP.procurement));
  for (const n of foods) add(11, "newFood", n.id, W(200));
  let left = CAP.productsTotal;
  for (const p of products) {
    if (!p.key || p.sales < MIN.productSales) continue;
    const amount = rateCapped(p.amount, 5, 100, CAP.product);
    const granted = Math.min(amount, left);
    left -= granted;
    add(12, "keyNewProduct", p.id, granted);
  }
  return { inForce: true, total: yuan(exact), upToTotal: yuan(exact + upTo), awards, pending };
}
