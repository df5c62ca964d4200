import { assertNever, awardExprs, type Article, type Award, type Clause, type Expr, type Policy } from "@subsidia/ir";
import { Dec } from "./decimal.js";
import { foldConstant, NotConstant } from "./fold.js";
import { fundingPlan } from "./funding.js";
import type {
  AggregatePlan,
  AwardPlan,
  BasePlan,
  ClausePlan,
  ParamPlan,
  Plan,
  RoundingPlan,
  StepPlan,
} from "./types.js";
import { pendingParams } from "./pending.js";

/** Something in the IR the plan cannot be built from (IR that bypassed the compiler). */
export interface PlanIssue {
  path: string;
  message: string;
  span?: Expr["span"];
}

export type Lowered = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

function roundingPlan(r: Policy["rounding"]): RoundingPlan {
  const unit = new Dec(r.unit);
  let places: number | null = null;
  for (let k = 0; k <= 20 && places === null; k++) if (unit.eq(new Dec(10).pow(-k))) places = k;
  return { unit: r.unit, mode: r.mode, places };
}

function paramPlans(policy: Policy, issues: PlanIssue[]): Map<string, ParamPlan> {
  const out = new Map<string, ParamPlan>();
  policy.params.forEach((p, i) => {
    const values = p.values.flatMap((v, j) => {
      try {
        return [{ from: v.from ?? null, value: foldConstant(v.value) }];
      } catch (e) {
        if (!(e instanceof NotConstant)) throw e;
        issues.push({
          path: `params[${i}].values[${j}]`,
          message: `parameter \`${p.name}\`: ${e.message}`,
          span: v.value.span,
        });
        return [];
      }
    });
    out.set(p.name, { name: p.name, type: p.type, pending: p.pending ?? null, values, source: p });
  });
  return out;
}

function basePlan(award: Award): BasePlan {
  switch (award.kind) {
    case "amount":
      return { kind: "amount", amount: award.amount, source: award };
    case "rate":
      return { kind: "rate", rate: award.rate, base: award.base, source: award };
    case "tiers":
      return { kind: "tiers", base: award.base, tiers: award.tiers, source: award };
    case "lookup": {
      // the first case with a key wins: later duplicates can never match
      const seen = new Set<string>();
      const cases = award.cases.filter((c) => !seen.has(c.match) && seen.add(c.match));
      return { kind: "lookup", key: award.key, cases, otherwise: award.otherwise ?? null, source: award };
    }
    default:
      return assertNever(award, "award kind");
  }
}

/** Uplifts before the caps, the caps in order, uplifts after the caps, then rounding. */
function steps(clause: Clause): StepPlan[] {
  const uplifts = (order: "before-cap" | "after-cap"): StepPlan[] =>
    clause.uplifts
      .filter((u) => u.order === order)
      .map((u) => ({ kind: "uplift", order, rate: u.rate, when: u.when ?? null, source: u }));
  return [
    ...uplifts("before-cap"),
    ...clause.caps.map((c): StepPlan => ({ kind: "cap", limit: c.amount, source: c })),
    ...uplifts("after-cap"),
    { kind: "round" },
  ];
}

function awardPlan(clause: Clause, params: ReadonlyMap<string, ParamPlan>): AwardPlan | null {
  if (!clause.award) return null;
  const reads = [
    ...awardExprs(clause.award).map((x) => x.expr),
    ...clause.caps.map((c) => c.amount),
    ...clause.uplifts.map((u) => u.rate),
  ];
  const reasons = pendingParams(reads, params).map((p) => p.pending!);
  return {
    basis: clause.basis,
    pending: reasons.length > 0 ? reasons.join("; ") : null,
    base: basePlan(clause.award),
    steps: steps(clause),
    funding: clause.funding ? fundingPlan(clause.funding) : null,
  };
}

function clausePlan(
  article: Article,
  clause: Clause,
  index: number,
  params: ReadonlyMap<string, ParamPlan>,
): ClausePlan {
  return {
    index,
    path: `${article.id}.${clause.id}`,
    article,
    clause,
    forEach: clause.forEach ? { var: clause.forEach.var, list: clause.forEach.list } : null,
    conditions: clause.conditions,
    award: awardPlan(clause, params),
    nonMonetary: clause.nonMonetary ?? null,
    stackKey: clause.stackKey ?? null,
  };
}

/** `cap total` of each clause (in order), then of its article: the order they are applied in. */
function aggregatePlans(policy: Policy, clauses: readonly ClausePlan[]): AggregatePlan[] {
  const out: AggregatePlan[] = [];
  for (const article of policy.articles) {
    const members = clauses.filter((c) => c.article === article);
    for (const c of members) {
      const cap = c.clause.totalCap;
      if (cap)
        out.push({
          scope: "clause",
          label: `clause ${c.clause.id}`,
          members: [c.index],
          limit: cap.amount,
          source: cap,
        });
    }
    if (article.totalCap) {
      const cap = article.totalCap;
      const indices = members.map((c) => c.index);
      out.push({
        scope: "article",
        label: `article ${article.number}`,
        members: indices,
        limit: cap.amount,
        source: cap,
      });
    }
  }
  return out;
}

/**
 * Lowers a policy's IR (valid against the IR schema) to its evaluation plan. Pure: the same
 * IR gives the same plan. Fails when a parameter's value is not a constant.
 */
export function lower(policy: Policy): Lowered {
  const issues: PlanIssue[] = [];
  const params = paramPlans(policy, issues);
  if (issues.length > 0) return { ok: false, issues };
  const clauses: ClausePlan[] = [];
  for (const article of policy.articles)
    for (const clause of article.clauses) clauses.push(clausePlan(article, clause, clauses.length, params));
  const v = policy.validity;
  const plan: Plan = {
    policy,
    id: policy.id,
    validity: v ? { from: v.from, to: v.to, dateInput: v.dateInput } : null,
    rounding: roundingPlan(policy.rounding),
    params,
    clauses,
    aggregates: aggregatePlans(policy, clauses),
    stacking: policy.stacking,
  };
  return { ok: true, plan };
}

const cache = new WeakMap<Policy, Plan>();

/** The plan of a policy object, lowered once (IR objects are never mutated). Throws on `lower`'s issues. */
export function planOf(policy: Policy): Plan {
  let plan = cache.get(policy);
  if (!plan) {
    const lowered = lower(policy);
    if (!lowered.ok) throw new Error(lowered.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    plan = lowered.plan;
    cache.set(policy, plan);
  }
  return plan;
}
