import type { Award } from "@subsidia/ir";
import { plain, type Dec } from "./money.js";
import type { Env } from "./env.js";
import { compare } from "./eval-expr.js";
import { need, needDecimal, withSource } from "./need.js";
import type { Step } from "./result.js";
import { keyText } from "./values.js";

/** The amount of one item before uplifts and caps, or null when no tier or case applies. */
export type BaseAmount = { amount: Dec; step: Step } | null;

function fromExpr(award: Extract<Award, { kind: "amount" }>, env: Env): BaseAmount {
  const amount = needDecimal(award.amount, env);
  const text = plain(amount);
  return {
    amount,
    step: {
      kind: "amount",
      text: award.amount.src.trim() === text ? text : `${award.amount.src} = ${text}`,
      span: award.span,
    },
  };
}

function rate(award: Extract<Award, { kind: "rate" }>, env: Env): BaseAmount {
  const r = needDecimal(award.rate, env);
  const b = needDecimal(award.base, env);
  const amount = r.times(b);
  const text = `${award.rate.src} of ${award.base.src} = ${plain(r)} × ${plain(b)} = ${plain(amount)}`;
  return { amount, step: { kind: "amount", text, span: award.span } };
}

function tiers(award: Extract<Award, { kind: "tiers" }>, env: Env): BaseAmount {
  const base = need(award.base, env);
  let best: { tier: (typeof award.tiers)[number]; threshold: Dec } | null = null;
  for (const tier of award.tiers) {
    const threshold = needDecimal(tier.atLeast, env);
    if (compare(">=", base, threshold, award.base) && (!best || threshold.gte(best.threshold)))
      best = { tier, threshold };
  }
  env.probe?.(best ? best.tier : award, best ? "reached" : "none");
  if (!best) return null;
  const amount = needDecimal(best.tier.amount, env);
  const text = `tier reached: at least ${withSource(best.tier.atLeast, best.threshold)} → ${plain(amount)} (${award.base.src} = ${keyText(base)})`;
  return { amount, step: { kind: "tier", text, span: best.tier.span } };
}

function lookup(award: Extract<Award, { kind: "lookup" }>, env: Env): BaseAmount {
  const key = keyText(need(award.key, env));
  const hit = award.cases.find((c) => c.match === key);
  const chosen = hit
    ? { label: `case ${hit.match}`, expr: hit.amount, span: hit.span }
    : award.otherwise
      ? { label: "otherwise", expr: award.otherwise, span: award.otherwise.span }
      : null;
  env.probe?.(hit ?? award, hit ? "matched" : chosen ? "otherwise" : "none");
  if (!chosen) return null;
  const amount = needDecimal(chosen.expr, env);
  return {
    amount,
    step: { kind: "lookup", text: `${award.key.src} = ${key}: ${chosen.label} → ${plain(amount)}`, span: chosen.span },
  };
}

/** Computes the award's base amount: a fixed amount, rate × base, the highest tier reached or a lookup. */
export function baseAmount(award: Award, env: Env): BaseAmount {
  switch (award.kind) {
    case "amount":
      return fromExpr(award, env);
    case "rate":
      return rate(award, env);
    case "tiers":
      return tiers(award, env);
    case "lookup":
      return lookup(award, env);
  }
}
