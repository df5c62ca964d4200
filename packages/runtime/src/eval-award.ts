import { assertNever, type Expr } from "@subsidia/ir";
import type { BasePlan } from "@subsidia/plan";
import type { Env } from "./env.js";
import { compareKnown, noNewTier } from "./operations.js";
import { plainOf, sourcedOf } from "./literals.js";
import { type Dec, plain, times, ZERO } from "./money.js";
import { need, needDecimal } from "./need.js";
import { computed, withValues } from "./explain-values.js";
import type { Step } from "./result.js";
import { keyText } from "./values.js";

/**
 * The amount of one item before uplifts and caps, or null when no tier or case applies;
 * `zeroBy` says why a base of 0 is 0 (no tier newly reached); `text`, `plain(amount)` when
 * the step wrote it (the next steps show it again).
 */
export type BaseAmount = { amount: Dec; step: Step; zeroBy?: string; text?: string } | null;

/** An amount as computed: a literal by its value, any other expression with its text (`by k {…} = 500000`). */
function computedText(e: Expr, text: string, env: Env): string {
  return e.k === "lit" ? text : computed(e, text, env);
}

type BaseOf<K extends BasePlan["kind"]> = Extract<BasePlan, { kind: K }>;

function fromExpr(base: BaseOf<"amount">, env: Env): BaseAmount {
  const amount = needDecimal(base.amount, env);
  const text = plainOf(base.amount, amount);
  const shown = base.amount.src.trim() === text ? text : `${base.amount.src} = ${text}`;
  const step = withValues({ kind: "amount", text: shown, span: base.source.span }, [base.amount], env);
  return { amount, step, text };
}

function rate(base: BaseOf<"rate">, env: Env): BaseAmount {
  const r = needDecimal(base.rate, env);
  const b = needDecimal(base.base, env);
  // the base first: a condition has usually just written it (`plain` keeps the last text)
  const baseText = plain(b);
  const amount = times(r, b);
  const amountText = plain(amount);
  const text = `${base.rate.src} of ${base.base.src} = ${plainOf(base.rate, r)} × ${baseText} = ${amountText}`;
  const step = withValues({ kind: "amount", text, span: base.source.span }, [base.rate, base.base], env);
  return { amount, step, text: amountText };
}

/** First-time crossings (`tiers of x new since best`): every tier reached now and not by `since`, added. */
function newTiers(plan: BaseOf<"tiers">, since: Expr, env: Env): BaseAmount {
  const base = need(plan.base, env);
  const prev = need(since, env);
  let sum = ZERO;
  let any = false;
  const reached: string[] = [];
  const paid: Expr[] = [];
  for (const tier of plan.tiers) {
    const threshold = needDecimal(tier.atLeast, env);
    if (!compareKnown(">=", base, threshold, plan.base)) continue;
    any = true;
    if (compareKnown(">=", prev, threshold, since)) continue;
    const amount = needDecimal(tier.amount, env);
    env.probe?.(tier, "reached");
    sum = sum.plus(amount);
    paid.push(tier.amount);
    reached.push(
      `${sourcedOf(tier.atLeast, threshold)} → ${computedText(tier.amount, plainOf(tier.amount, amount), env)}`,
    );
  }
  if (!any) {
    env.probe?.(plan.source, "none");
    return null;
  }
  const was = `${plan.base.src} = ${keyText(base)}, ${since.src} = ${keyText(prev)}`;
  if (reached.length === 0) {
    const zeroBy = noNewTier(prev);
    return { amount: ZERO, zeroBy, step: { kind: "tier", text: `${zeroBy} (${was})`, span: plan.source.span } };
  }
  const sumText = plain(sum);
  const text = `tiers newly reached: ${reached.join(", ")} = ${sumText} (${was})`;
  return { amount: sum, step: withValues({ kind: "tier", text, span: plan.source.span }, paid, env), text: sumText };
}

function tiers(plan: BaseOf<"tiers">, env: Env): BaseAmount {
  if (plan.since) return newTiers(plan, plan.since, env);
  const base = need(plan.base, env);
  let best: { tier: (typeof plan.tiers)[number]; threshold: Dec } | null = null;
  for (const tier of plan.tiers) {
    const threshold = needDecimal(tier.atLeast, env);
    if (compareKnown(">=", base, threshold, plan.base) && (!best || threshold.gte(best.threshold)))
      best = { tier, threshold };
  }
  env.probe?.(best ? best.tier : plan.source, best ? "reached" : "none");
  if (!best) return null;
  const amount = needDecimal(best.tier.amount, env);
  const amountText = plainOf(best.tier.amount, amount);
  const reached = `at least ${sourcedOf(best.tier.atLeast, best.threshold)} → ${computedText(best.tier.amount, amountText, env)}`;
  const text = `tier reached: ${reached} (${plan.base.src} = ${keyText(base)})`;
  const step = withValues({ kind: "tier", text, span: best.tier.span }, [best.tier.amount], env);
  return { amount, step, text: amountText };
}

function lookup(plan: BaseOf<"lookup">, env: Env): BaseAmount {
  const key = keyText(need(plan.key, env));
  const hit = plan.cases.find((c) => c.match === key);
  const chosen = hit
    ? { label: `case ${hit.match}`, expr: hit.amount, span: hit.span }
    : plan.otherwise
      ? { label: "otherwise", expr: plan.otherwise, span: plan.otherwise.span }
      : null;
  env.probe?.(hit ?? plan.source, hit ? "matched" : chosen ? "otherwise" : "none");
  if (!chosen) return null;
  const amount = needDecimal(chosen.expr, env);
  const amountText = plainOf(chosen.expr, amount);
  const text = `${plan.key.src} = ${key}: ${chosen.label} → ${computedText(chosen.expr, amountText, env)}`;
  const step = withValues({ kind: "lookup", text, span: chosen.span }, [chosen.expr], env);
  return { amount, step, text: amountText };
}

/** The base amount of an item: a fixed amount, rate × base, the highest tier reached or a lookup. */
export function baseAmount(base: BasePlan, env: Env): BaseAmount {
  switch (base.kind) {
    case "amount":
      return fromExpr(base, env);
    case "rate":
      return rate(base, env);
    case "tiers":
      return tiers(base, env);
    case "lookup":
      return lookup(base, env);
    default:
      return assertNever(base, "base amount");
  }
}
