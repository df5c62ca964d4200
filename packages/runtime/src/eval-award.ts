import { assertNever } from "@subsidia/ir";
import type { BasePlan } from "@subsidia/plan";
import type { Env } from "./env.js";
import { compareKnown } from "./operations.js";
import { type Dec, plain, withSource } from "./money.js";
import { need, needDecimal } from "./need.js";
import type { Step } from "./result.js";
import { keyText } from "./values.js";

/** The amount of one item before uplifts and caps, or null when no tier or case applies. */
export type BaseAmount = { amount: Dec; step: Step } | null;

type BaseOf<K extends BasePlan["kind"]> = Extract<BasePlan, { kind: K }>;

function fromExpr(base: BaseOf<"amount">, env: Env): BaseAmount {
  const amount = needDecimal(base.amount, env);
  const text = plain(amount);
  const shown = base.amount.src.trim() === text ? text : `${base.amount.src} = ${text}`;
  return { amount, step: { kind: "amount", text: shown, span: base.source.span } };
}

function rate(base: BaseOf<"rate">, env: Env): BaseAmount {
  const r = needDecimal(base.rate, env);
  const b = needDecimal(base.base, env);
  const amount = r.times(b);
  const text = `${base.rate.src} of ${base.base.src} = ${plain(r)} × ${plain(b)} = ${plain(amount)}`;
  return { amount, step: { kind: "amount", text, span: base.source.span } };
}

function tiers(plan: BaseOf<"tiers">, env: Env): BaseAmount {
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
  const reached = `at least ${withSource(best.tier.atLeast, best.threshold)} → ${plain(amount)}`;
  const text = `tier reached: ${reached} (${plan.base.src} = ${keyText(base)})`;
  return { amount, step: { kind: "tier", text, span: best.tier.span } };
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
  const text = `${plan.key.src} = ${key}: ${chosen.label} → ${plain(amount)}`;
  return { amount, step: { kind: "lookup", text, span: chosen.span } };
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
