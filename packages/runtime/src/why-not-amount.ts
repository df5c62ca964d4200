import type { AwardPlan, BasePlan, ClausePlan, StepPlan } from "@subsidia/plan";
import { clauseExprs } from "@subsidia/ir";
import type { Env } from "./env.js";
import { evalItem } from "./eval-clause.js";
import { evalExpr } from "./eval-expr.js";
import { type Dec, formatYuan, plain, roundingOf, withSource, ZERO } from "./money.js";
import { historyCapBy, received, receivedText } from "./history.js";
import type { Because } from "./result.js";
import { absentFacts } from "./why-not-condition.js";
import { isDecimal, isUnknown, keyText, Unknown } from "./values.js";

type Limited = Extract<StepPlan, { kind: "cap" | "history-cap" }>;

/** What an item comes to with the given steps (0 when it does not pay). */
function amountWith(c: ClausePlan, award: AwardPlan, steps: readonly StepPlan[], env: Env): Dec {
  const r = evalItem(c, { ...award, steps }, env, roundingOf(env.plan));
  return r.kind === "award" ? r.amount : ZERO;
}

/**
 * The per-item caps that bound an eligible item, each with what the item comes to without
 * it, and the amount without any of them: both by evaluating the item again without the cap.
 */
export function capsThatBound(c: ClausePlan, env: Env): { because: Because[]; full: Dec | null } {
  const award = c.award!;
  const bound = new Set<object>();
  evalItem(c, award, { ...env, probe: (node, branch) => branch === "binds" && bound.add(node) }, roundingOf(env.plan));
  const caps = award.steps.filter(
    (s): s is Limited => (s.kind === "cap" || s.kind === "history-cap") && bound.has(s.source),
  );
  if (caps.length === 0) return { because: [], full: null };
  const because = caps.map((s): Because => {
    const without = amountWith(
      c,
      award,
      award.steps.filter((x) => x !== s),
      env,
    );
    const limit = evalExpr(s.limit, env);
    const at = isDecimal(limit) ? withSource(s.limit, limit) : s.limit.src;
    const actual = formatYuan(without);
    const across = s.kind === "history-cap" && isDecimal(limit) ? historyCapBound(s, c, limit, at, actual, env) : null;
    if (across) return across;
    return {
      src: s.limit.src,
      span: s.source.span,
      text: `cap ${at} bound: ${actual} without it`,
      actual,
      expected: `at most ${isDecimal(limit) ? plain(limit) : s.limit.src}`,
    };
  });
  const full = amountWith(
    c,
    award,
    award.steps.filter((x) => !caps.includes(x as Limited)),
    env,
  );
  return { because, full };
}

/**
 * A cap across years that bound: what was received before and what it left, so that a lifetime cap of 500万元
 * with 300万元 received reads as 200万元 left, not as a cap of 500万元 that a 400万元 item would be within.
 * Null when the earlier awards are unknown (the item could not have been paid then).
 */
function historyCapBound(
  s: Extract<StepPlan, { kind: "history-cap" }>,
  c: ClausePlan,
  limit: Dec,
  at: string,
  actual: string,
  env: Env,
): Because | null {
  const got = received(env.history, c.clause.id, env.item?.id, s.years, env.date);
  if (got instanceof Unknown) return null;
  // the step's own arithmetic and words (`over lifetime`, what is left), as the explanation says them
  const { left, over } = historyCapBy(ZERO, limit, got, s);
  return {
    src: s.limit.src,
    span: s.source.span,
    text: `cap ${at} ${over}: received ${receivedText(got)}, ${plain(left)} left; ${actual} without it`,
    actual,
    expected: `at most ${plain(left)} left of ${plain(limit)} ${over}`,
  };
}

type Tiers = Extract<BasePlan, { kind: "tiers" }>;
type Lookup = Extract<BasePlan, { kind: "lookup" }>;

function belowTiers(base: Tiers, env: Env): Because | null {
  const v = evalExpr(base.base, env);
  const lows = base.tiers.map((t) => evalExpr(t.atLeast, env)).filter(isDecimal);
  if (!isDecimal(v) || lows.length === 0) return null;
  const lowest = lows.reduce((m, x) => (x.lt(m) ? x : m));
  const tier = base.tiers.find((t) => {
    const x = evalExpr(t.atLeast, env);
    return isDecimal(x) && x.eq(lowest);
  })!;
  const gap = plain(lowest.minus(v));
  return {
    src: base.base.src,
    span: base.source.span,
    text: `${base.base.src} = ${plain(v)}, below the lowest tier ${withSource(tier.atLeast, lowest)}: ${gap} short`,
    actual: plain(v),
    expected: `>= ${withSource(tier.atLeast, lowest)}`,
    gap,
  };
}

function noCase(base: Lookup, env: Env): Because | null {
  const v = evalExpr(base.key, env);
  if (isUnknown(v)) return null;
  const expected = `one of ${base.cases.map((x) => x.match).join(", ")}`;
  const actual = keyText(v);
  return {
    src: base.key.src,
    span: base.source.span,
    text: `${base.key.src} = ${actual}, no case for it`,
    actual,
    expected,
  };
}

/**
 * Why an item whose conditions hold pays nothing: no tier reached (with the gap to the
 * lowest), no case for its key, or an absent fact the amount or a cap needs.
 */
export function amountNotPaid(c: ClausePlan, env: Env): { because: Because[]; given: boolean } {
  const base = c.award!.base;
  const miss = base.kind === "tiers" ? belowTiers(base, env) : base.kind === "lookup" ? noCase(base, env) : null;
  if (miss) return { because: [miss], given: true };
  const because: Because[] = [];
  absentFacts(
    clauseExprs(c.clause).map((x) => x.expr),
    env,
    because,
  );
  for (const agg of env.plan.aggregates)
    if (agg.members.includes(c.index)) absentFacts([agg.limit], { ...env, item: null }, because);
  if (because.length > 0) return { because, given: false };
  const text = `${c.clause.id}: no amount`;
  return {
    because: [{ src: c.clause.id, span: c.clause.span, text, actual: "none", expected: "an amount" }],
    given: true,
  };
}
