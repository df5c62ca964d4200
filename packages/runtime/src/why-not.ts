import type { ClausePlan, Plan } from "@subsidia/plan";
import type { AwardDraft, PendingDraft, ZeroDraft } from "./drafts.js";
import type { Env } from "./env.js";
import { evalExpr } from "./eval-expr.js";
import { conditionStep } from "./explain-condition.js";
import { type Dec, formatYuan, withSource } from "./money.js";
import type { Because, NotAwarded, Step } from "./result.js";
import { amountNotPaid, capsThatBound } from "./why-not-amount.js";
import { failedConditions } from "./why-not-condition.js";
import { isDecimal } from "./values.js";

/** What an evaluation left behind: items as computed, after exclusions, and as written. */
export interface Outputs {
  /** items as each clause computed them, before exclusions and aggregate caps */
  computed: readonly AwardDraft[];
  /** zero items the exclusions made */
  excludedZero: readonly ZeroDraft[];
  /** the final awards, zero items and pending items */
  awards: readonly AwardDraft[];
  zero: readonly ZeroDraft[];
  pending: readonly PendingDraft[];
}

const same = (c: ClausePlan, item: string | undefined) => (d: { c: ClausePlan; item: string | undefined }) =>
  d.c === c && d.item === item;

/** Which clause (item), with its title and the policy text it cites, as an award gives them. */
function head(c: ClausePlan, item: string | undefined) {
  return {
    article: c.article.number,
    clause: c.clause.id,
    ...(item !== undefined ? { item } : {}),
    title: c.title,
    ...(c.citation !== null ? { citation: c.citation } : {}),
  };
}

/** The aggregate caps that cut an item: one reason each, from the `total-cap` steps they added. */
function aggregateCuts(plan: Plan, d: { steps: Step[] | null }, before: Dec, env: Env): Because[] {
  const out: Because[] = [];
  for (const step of d.steps ?? []) {
    if (step.kind !== "total-cap") continue;
    const agg = plan.aggregates.find((a) => a.source.span === step.span);
    const limit = agg ? evalExpr(agg.limit, { ...env, item: null }) : null;
    const shown = agg && limit && isDecimal(limit) ? withSource(agg.limit, limit) : (agg?.limit.src ?? "");
    out.push({
      src: agg?.limit.src ?? "cap total",
      ...(step.span ? { span: step.span } : {}),
      text: step.text,
      actual: formatYuan(before),
      expected: `${agg?.label ?? "group"} in total at most ${shown}`,
    });
  }
  return out;
}

/** Why an item that was eligible pays less than its own amount (or 0): caps, aggregate caps, exclusions. */
function reduced(c: ClausePlan, item: string | undefined, env: Env, out: Outputs): NotAwarded | null {
  const final = out.awards.find(same(c, item));
  const zero = out.zero.find(same(c, item));
  const computed = out.computed.find(same(c, item));
  const caps = capsThatBound(c, env);
  const because = [...caps.because];
  const paid = final ? final.amount : null;
  if (computed && zero && out.excludedZero.includes(zero))
    because.push({
      src: "keep highest",
      text: zero.reason,
      actual: formatYuan(computed.amount),
      expected: "the highest of its group",
    });
  else if (computed) {
    const draft = final ?? zero;
    if (draft && !paid?.eq(computed.amount)) because.push(...aggregateCuts(env.plan, draft, computed.amount, env));
  }
  if (!final && zero && because.length === 0)
    because.push({ src: c.clause.id, span: c.clause.span, text: zero.reason, actual: "0.00", expected: "more than 0" });
  if (because.length === 0) return null;
  const full = caps.full ?? computed?.amount ?? null;
  return {
    ...head(c, item),
    kind: "reduced",
    because,
    amount: paid ? formatYuan(paid) : "0.00",
    ...(full ? { full: formatYuan(full) } : {}),
  };
}

/** Why an item that is paid nothing and is not pending: its conditions, else its amount. */
function notPaid(c: ClausePlan, item: string | undefined, env: Env): NotAwarded {
  const conditions = c.conditions.map((x) => conditionStep(x, env, evalExpr(x, env)));
  let why = failedConditions(c.conditions, env);
  if (why.because.length === 0) why = amountNotPaid(c, env);
  return {
    ...head(c, item),
    kind: why.given ? "not-met" : "not-given",
    because: why.because,
    ...(conditions.length > 0 ? { conditions } : {}),
  };
}

function noItems(c: ClausePlan): NotAwarded {
  const list = c.forEach!.list;
  const because: Because = {
    src: list,
    span: c.clause.span,
    text: `no ${list} given`,
    actual: "no items",
    expected: "at least one item",
  };
  return { ...head(c, undefined), kind: "not-given", because: [because] };
}

/**
 * Why each monetary clause (each item of a per-item clause) did not pay, or paid less than
 * its own amount, in document order. Pending items are left out (their reason is in
 * `pending`); so are clauses that pay no money.
 */
export function whyNot(plan: Plan, envsOf: (c: ClausePlan) => Env[], out: Outputs): NotAwarded[] {
  const result: NotAwarded[] = [];
  for (const c of plan.clauses) {
    if (!c.award) continue;
    const envs = envsOf(c);
    if (c.forEach && envs.length === 0) result.push(noItems(c));
    for (const env of envs) {
      const item = env.item?.id;
      if (out.pending.some(same(c, item))) continue;
      const paid = out.awards.some(same(c, item)) || out.zero.some(same(c, item));
      const entry = paid ? reduced(c, item, env, out) : notPaid(c, item, env);
      if (entry) result.push(entry);
    }
  }
  return result;
}

/** Outside the policy's validity window: every monetary clause, for the date. */
export function outOfForce(plan: Plan, date: string | null): NotAwarded[] {
  const v = plan.validity!;
  const span = plan.policy.validity?.span;
  const because: Because = {
    src: v.dateInput,
    ...(span ? { span } : {}),
    text: `${v.dateInput} = ${date ?? "not given"}, outside ${v.from} to ${v.to}`,
    actual: date ?? "not given",
    expected: `from ${v.from} to ${v.to}`,
  };
  return plan.clauses
    .filter((c) => c.award)
    .map((c) => ({ ...head(c, undefined), kind: "not-met", because: [because] }));
}
