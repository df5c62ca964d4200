/**
 * Deterministic, varied applicants for the flagship policy: applicant `n` is always the
 * same, so the evaluation benchmark and the 1,000,000-line batch read reproducible input.
 * Across a few hundred applicants every computable article is exercised: knees of caps and
 * thresholds, absent optional facts, national uplifts, the article 12 enterprise cap,
 * expired applications, amounts in cents (where binary floating point goes wrong).
 */

/** mulberry32: a small seeded generator, good enough to vary test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: R, p: number) => r() < p;

/** An amount in yuan as a decimal string with cents, between `lo` and `hi` yuan, sometimes exactly on a knee. */
function yuan(r: R, lo: number, hi: number, knees: readonly number[] = []): string {
  if (knees.length > 0 && chance(r, 0.15)) {
    const k = pick(r, knees);
    return (k + pick(r, [-0.01, 0, 0.01])).toFixed(2);
  }
  const cents = Math.floor((lo + r() * (hi - lo)) * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function list<T>(r: R, p: number, max: number, make: (i: number) => T): T[] | undefined {
  if (!chance(r, p)) return undefined;
  return Array.from({ length: 1 + Math.floor(r() * max) }, (_, i) => make(i));
}

const DATES = ["2026-02-13", "2026-06-30", "2027-03-15", "2028-12-31", "2026-02-12", "2029-01-01", "2027-11-02"];

/** The facts of applicant `n` as plain JSON (money as decimal strings, as the contract shows). */
export function applicant(n: number): Record<string, unknown> {
  const r = rng(n * 7919 + 17);
  const facts: Record<string, unknown> = {
    applicationDate: chance(r, 0.9) ? pick(r, DATES.slice(0, 4)) : pick(r, DATES),
  };
  if (chance(r, 0.35))
    facts.rdInvestment = {
      current: yuan(r, 100000, 5000000, [500000]),
      ...(chance(r, 0.7) ? { previous: yuan(r, 0, 4000000) } : {}),
    };
  const lists: Record<string, unknown[] | undefined> = {
    pilotPlatforms: list(r, 0.35, 2, (i) => ({
      id: `pp-${i + 1}`,
      kind: pick(r, ["concept-verification", "pilot-scale"]),
      ...(chance(r, 0.8) ? { totalInvestment: yuan(r, 1000000, 60000000, [33333333.33, 33333333.34]) } : {}),
      performanceQualified: chance(r, 0.7),
      operating: chance(r, 0.5),
      ...(chance(r, 0.7) ? { annualServiceToProvincialEnterprises: yuan(r, 0, 40000000, [25000000]) } : {}),
      nationalPilotPlatform: chance(r, 0.3),
    })),
    techContracts: list(r, 0.35, 3, (i) => ({
      id: `tc-${i + 1}`,
      type: pick(r, ["transfer", "license", "transfer", "other"]),
      seller: pick(r, ["university", "research-institute", "new-rd-institution", "enterprise", "other"]),
      actualPayment: yuan(r, 200000, 15000000, [1000000, 10000000]),
      landedInProvince: chance(r, 0.8),
    })),
    projects: list(r, 0.3, 2, (i) => ({
      id: `pj-${i + 1}`,
      construction: pick(r, ["new", "new", "renovation", "expansion", "technical-transformation"]),
      highTech: chance(r, 0.75),
      fixedAssetInvestment: yuan(r, 5000000, 400000000, [20000000, 250000000]),
    })),
    digitalisation: list(r, 0.3, 2, (i) => ({
      id: `dg-${i + 1}`,
      kind: pick(r, ["digital-workshop", "smart-factory"]),
      provinciallyCertified: chance(r, 0.8),
      contractAmount: yuan(r, 1000000, 150000000, [20000000, 100000000]),
    })),
    techTransformationLoans: list(r, 0.15, 2, (i) => ({
      id: `ln-${i + 1}`,
      meetsTechTransformationPolicy: chance(r, 0.7),
      ...(chance(r, 0.5) ? { interestPaid: yuan(r, 10000, 2000000) } : {}),
    })),
    clinicalTrials: list(r, 0.2, 3, (i) => ({
      id: `ct-${i + 1}`,
      productType: pick(r, ["new-drug", "high-end-device"]),
      phase: pick(r, [1, 2, 3, 3]),
      approvedByNationalRegulator: chance(r, 0.8),
    })),
    productLaunches: list(r, 0.15, 2, (i) => ({
      id: `pl-${i + 1}`,
      productType: pick(r, ["new-drug", "high-end-device"]),
      producedAndSoldInProvince: chance(r, 0.7),
    })),
    tcmProducts: list(r, 0.2, 2, (i) => ({
      id: `tcm-${i + 1}`,
      salesRevenueIncrease: yuan(r, 10000000, 400000000, [50000000, 100000000, 300000000]),
    })),
    procurementWins: list(r, 0.2, 2, (i) => ({
      id: `vbp-${i + 1}`,
      scheme: pick(r, ["national", "inter-provincial-alliance", "exclusive-negotiation", "other"]),
      annualProcurementAmount: yuan(r, 1000000, 200000000, [100000000]),
    })),
    newFoodApprovals: list(r, 0.15, 3, (i) => ({
      id: `nf-${i + 1}`,
      category: pick(r, ["new-food-ingredient", "new-food-additive", "new-food-related-product"]),
    })),
    keyNewProducts: list(r, 0.3, 8, (i) => ({
      id: `kp-${i + 1}`,
      provincialKeyNewProduct: chance(r, 0.85),
      annualSalesRevenue: yuan(r, 1000000, 30000000, [2000000]),
      annualTransactionAmount: yuan(r, 500000, 20000000, [10000000]),
    })),
  };
  for (const [name, items] of Object.entries(lists)) if (items) facts[name] = items;
  return facts;
}

/** The fixed set of the evaluation benchmark. */
export function applicants(count: number, from = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => applicant(from + i));
}
