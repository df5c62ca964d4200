import {
  type Article,
  assertNever,
  type Award,
  awardExprs,
  type Clause,
  clauseExprs,
  type Expr,
  type Policy,
  walkExpr,
} from "@subsidia/ir";
import { Dec } from "./decimal.js";
import { foldConstant, NotConstant } from "./fold.js";
import { fundingPlan } from "./funding.js";
import type {
  AggregatePlan,
  AwardPlan,
  BasePlan,
  ClausePlan,
  ExclusionPlan,
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
      return { kind: "tiers", base: award.base, tiers: award.tiers, since: award.since ?? null, source: award };
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

/**
 * Uplifts before the caps, the caps in order, uplifts after the caps, what was received
 * before, the caps across years (per item), then rounding.
 */
function steps(clause: Clause): StepPlan[] {
  const uplifts = (order: "before-cap" | "after-cap"): StepPlan[] =>
    clause.uplifts
      .filter((u) => u.order === order)
      .map((u) => ({ kind: "uplift", order, rate: u.rate, when: u.when ?? null, source: u }));
  const history = (clause.historyCaps ?? [])
    .filter((h) => h.scope === "item")
    .map((h): StepPlan => ({ kind: "history-cap", limit: h.amount, years: h.years, source: h }));
  return [
    ...uplifts("before-cap"),
    ...clause.caps.map((c): StepPlan => ({ kind: "cap", limit: c.amount, source: c })),
    ...uplifts("after-cap"),
    ...(clause.lessReceived ? [{ kind: "less-received", source: clause.lessReceived } as const] : []),
    ...history,
    { kind: "round" },
  ];
}

function awardPlan(clause: Clause, params: ReadonlyMap<string, ParamPlan>): AwardPlan | null {
  if (!clause.award) return null;
  const reads = [
    ...awardExprs(clause.award).map((x) => x.expr),
    ...(clause.rangeLow ? awardExprs(clause.rangeLow).map((x) => x.expr) : []),
    ...clause.caps.map((c) => c.amount),
    ...clause.uplifts.map((u) => u.rate),
    ...(clause.historyCaps ?? []).filter((h) => h.scope === "item").map((h) => h.amount),
  ];
  const reasons = pendingParams(reads, params).map((p) => p.pending!);
  return {
    basis: clause.basis,
    once: clause.once ? { reason: clause.once.reason ?? null } : null,
    pending: reasons.length > 0 ? reasons.join("; ") : null,
    base: basePlan(clause.award),
    low: clause.rangeLow ? basePlan(clause.rangeLow) : null,
    steps: steps(clause),
    funding: clause.funding ? fundingPlan(clause.funding) : null,
    schedule: clause.schedule ?? null,
    selection: clause.selection ?? null,
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
    title: clause.title ?? article.title,
    citation: clause.text ?? article.text ?? null,
    rules: [...(clause.rules ?? []), ...(article.rules ?? [])],
  };
}

/**
 * `cap total` of each clause (in order; then its caps across years), then of its article: the
 * order they are applied in.
 */
function aggregatePlans(policy: Policy, clauses: readonly ClausePlan[]): AggregatePlan[] {
  const out: AggregatePlan[] = [];
  for (const article of policy.articles) {
    const members = clauses.filter((c) => c.article === article);
    for (const c of members) {
      const label = `clause ${c.clause.id}`;
      const cap = c.clause.totalCap;
      if (cap) out.push({ scope: "clause", label, members: [c.index], limit: cap.amount, history: null, source: cap });
      for (const h of c.clause.historyCaps ?? []) {
        if (h.scope !== "applicant") continue;
        const history = { clause: c.clause.id, years: h.years };
        out.push({ scope: "clause", label, members: [c.index], limit: h.amount, history, source: h });
      }
    }
    if (article.totalCap) {
      const cap = article.totalCap;
      const indices = members.map((c) => c.index);
      const label = `article ${article.number}`;
      out.push({ scope: "article", label, members: indices, limit: cap.amount, history: null, source: cap });
    }
  }
  return out;
}

/** `one per` of each clause, then each article's `exclusive` groups, in document order. */
function exclusionPlans(policy: Policy, clauses: readonly ClausePlan[]): ExclusionPlan[] {
  const out: ExclusionPlan[] = [];
  const byId = new Map(clauses.map((c) => [c.clause.id, c]));
  for (const article of policy.articles) {
    for (const c of clauses.filter((x) => x.article === article)) {
      const one = c.clause.onePer;
      if (one) out.push({ kind: "one-per", clause: c.index, key: one.key, reason: one.reason ?? null });
    }
    for (const group of article.exclusive ?? []) {
      const members = group.members.flatMap((id) => byId.get(id) ?? []);
      const lists = new Set(members.map((m) => m.forEach?.list ?? null));
      const perItem = lists.size === 1 && !lists.has(null);
      out.push({
        kind: "exclusive",
        members: members.map((m) => m.index),
        perItem,
        reason: group.reason ?? null,
        source: group,
      });
    }
  }
  return out;
}

/**
 * The order clauses are evaluated in: document order, except that a clause reading
 * `award of X` comes after X. A cycle of references is an issue.
 */
function evaluationOrder(clauses: readonly ClausePlan[], issues: PlanIssue[]): number[] {
  const byId = new Map(clauses.map((c) => [c.clause.id, c.index]));
  const reads = clauses.map((c) => {
    const refs = new Set<number>();
    for (const x of clauseExprs(c.clause))
      for (const node of walkExpr(x.expr))
        if (node.k === "awardOf" && byId.has(node.clause)) refs.add(byId.get(node.clause)!);
    return [...refs];
  });
  const order: number[] = [];
  const state = new Map<number, "visiting" | "done">();
  const visit = (i: number, path: number[]): void => {
    if (state.get(i) === "done") return;
    if (state.get(i) === "visiting") {
      const cycle = [...path.slice(path.indexOf(i)), i].map((k) => clauses[k]!.clause.id).join(" → ");
      issues.push({ path: clauses[i]!.path, message: `\`award of\` refers to itself through ${cycle}` });
      return;
    }
    state.set(i, "visiting");
    for (const r of reads[i]!) visit(r, [...path, i]);
    state.set(i, "done");
    order.push(i);
  };
  for (const c of clauses) visit(c.index, []);
  return order;
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
  const order = evaluationOrder(clauses, issues);
  if (issues.length > 0) return { ok: false, issues };
  const v = policy.validity;
  const plan: Plan = {
    policy,
    id: policy.id,
    validity: v ? { from: v.from, to: v.to, dateInput: v.dateInput } : null,
    rounding: roundingPlan(policy.rounding),
    params,
    clauses,
    order,
    exclusions: exclusionPlans(policy, clauses),
    aggregates: aggregatePlans(policy, clauses),
    stacking: policy.stacking,
    awardsInput: policy.inputs.find((f) => f.role === "awards")?.name ?? null,
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
