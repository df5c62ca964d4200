import { assertNever, type Expr } from "@subsidia/ir";
import type { AwardPlan, ClausePlan, StepPlan } from "@subsidia/plan";
import type { Env } from "./env.js";
import { baseAmount } from "./eval-award.js";
import { evalExpr } from "./eval-expr.js";
import { conditionMark, conditionStep } from "./explain-condition.js";
import { type Dec as D, formatYuan, modeText, plain, type Rounding, withSource } from "./money.js";
import { decide, needDecimal, Stop } from "./need.js";
import type { Step } from "./result.js";
import { EvaluationError, firstUnknown, isUnknown, type Val } from "./values.js";

/** What one item of a clause comes to: an award (rounded, > 0), pending with a reason, or nothing. */
export type ItemOutcome =
  | { kind: "award"; amount: D; steps: Step[] }
  | { kind: "pending"; reason: string }
  | { kind: "none" };

const NONE: ItemOutcome = { kind: "none" };

/**
 * All `when` lines together, in Kleene logic: any false → "no"; an absent optional
 * fact → "no" (not given); otherwise a pending parameter → its reason; else "yes".
 */
export function conditionsHold(conditions: readonly Expr[], env: Env): "yes" | "no" | { pending: string } {
  const vals: Val[] = [];
  for (const c of conditions) {
    const v = evalExpr(c, env);
    if (v === true || v === false || (isUnknown(v) && v.absent)) env.probe?.(c, v === true ? "true" : "false");
    if (v === false) return "no";
    if (v !== true && !isUnknown(v)) throw new EvaluationError(`expected a condition in \`${c.src}\``, c.span);
    vals.push(v);
  }
  const u = firstUnknown(vals);
  if (!u) return "yes";
  return u.absent ? "no" : { pending: u.reason };
}

type Uplift = Extract<StepPlan, { kind: "uplift" }>;
type Cap = Extract<StepPlan, { kind: "cap" }>;

function uplift(u: Uplift, amount: D, env: Env, steps: Step[]): D {
  const head = `uplift ${u.rate.src} ${u.order.replace("-", " ")}`;
  const when = u.when ? decide(u.when, env) : true;
  const cond = u.when ? `, ${conditionMark(u.when, when)}` : "";
  env.probe?.(u.source, when === true ? "applied" : "not applied");
  if (when !== true) {
    steps.push({ kind: "uplift", text: `${head}${cond}: not applied`, span: u.source.span });
    return amount;
  }
  const factor = needDecimal(u.rate, env).plus(1);
  const next = amount.times(factor);
  const text = `${head}${cond}: ${plain(amount)} × ${plain(factor)} = ${plain(next)}`;
  steps.push({ kind: "uplift", text, span: u.source.span });
  return next;
}

function cap(c: Cap, amount: D, env: Env, steps: Step[]): D {
  const limit = needDecimal(c.limit, env);
  const head = `cap ${withSource(c.limit, limit)}`;
  env.probe?.(c.source, amount.gt(limit) ? "binds" : "does not bind");
  if (amount.gt(limit)) {
    steps.push({ kind: "cap", text: `${head}: reached, ${plain(amount)} → ${plain(limit)}`, span: c.source.span });
    return limit;
  }
  steps.push({ kind: "cap", text: `${head}: not reached, ${plain(amount)}`, span: c.source.span });
  return amount;
}

function round(amount: D, rounding: Rounding, steps: Step[]): D {
  const rounded = rounding.round(amount);
  steps.push({
    kind: "round",
    text: `rounded to ${rounding.unitText} ${modeText(rounding.mode)}: ${formatYuan(rounded)}`,
  });
  return rounded;
}

/** One step of the plan's pipeline after the base amount. */
function applyStep(step: StepPlan, amount: D, env: Env, rounding: Rounding, steps: Step[]): D {
  switch (step.kind) {
    case "uplift":
      return uplift(step, amount, env, steps);
    case "cap":
      return cap(step, amount, env, steps);
    case "round":
      return round(amount, rounding, steps);
    default:
      return assertNever(step, "step");
  }
}

/** Conditions → pending parameters → the base amount → the plan's steps, for one item. */
export function evalItem(c: ClausePlan, award: AwardPlan, env: Env, rounding: Rounding): ItemOutcome {
  const verdict = conditionsHold(c.conditions, env);
  if (verdict === "no") return NONE;
  if (verdict !== "yes") return { kind: "pending", reason: verdict.pending };
  if (award.pending !== null) return { kind: "pending", reason: award.pending };
  try {
    const steps = c.conditions.map((x) => conditionStep(x, env, evalExpr(x, env)));
    const base = baseAmount(award.base, env);
    if (!base) return NONE;
    steps.push(base.step);
    let amount = base.amount;
    for (const step of award.steps) amount = applyStep(step, amount, env, rounding, steps);
    return amount.gt(0) ? { kind: "award", amount, steps } : NONE;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return !e.why.absent ? { kind: "pending", reason: e.why.reason } : NONE;
  }
}
