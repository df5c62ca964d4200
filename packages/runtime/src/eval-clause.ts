import type { Clause, Expr, Uplift } from "@subsidia/ir";
import { formatYuan, modeText, plain, roundTo, type Dec as D, type Rounding } from "./money.js";
import type { Env } from "./env.js";
import { baseAmount } from "./eval-award.js";
import { evalExpr } from "./eval-expr.js";
import { pendingReasons } from "./pending-params.js";
import { conditionMark, conditionStep } from "./explain-condition.js";
import { decide, needDecimal, Stop, withSource } from "./need.js";
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
    if (v === true || v === false || (isUnknown(v) && v.unknown === "absent"))
      env.probe?.(c, v === true ? "true" : "false");
    if (v === false) return "no";
    if (v !== true && !isUnknown(v)) throw new EvaluationError(`expected a condition in \`${c.src}\``, c.span);
    vals.push(v);
  }
  const u = firstUnknown(vals);
  if (!u) return "yes";
  return u.unknown === "absent" ? "no" : { pending: u.reason };
}

function applyUplifts(uplifts: readonly Uplift[], order: Uplift["order"], amount: D, env: Env, steps: Step[]): D {
  let out = amount;
  for (const u of uplifts) {
    if (u.order !== order) continue;
    const head = `uplift ${u.rate.src} ${order.replace("-", " ")}`;
    const when = u.when ? decide(u.when, env) : true;
    const cond = u.when ? `, ${conditionMark(u.when, when)}` : "";
    env.probe?.(u, when === true ? "applied" : "not applied");
    if (when !== true) {
      steps.push({ kind: "uplift", text: `${head}${cond}: not applied`, span: u.span });
      continue;
    }
    const factor = needDecimal(u.rate, env).plus(1);
    const next = out.times(factor);
    steps.push({
      kind: "uplift",
      text: `${head}${cond}: ${plain(out)} × ${plain(factor)} = ${plain(next)}`,
      span: u.span,
    });
    out = next;
  }
  return out;
}

function applyCaps(clause: Clause, amount: D, env: Env, steps: Step[]): D {
  let out = amount;
  for (const cap of clause.caps) {
    const limit = needDecimal(cap.amount, env);
    const head = `cap ${withSource(cap.amount, limit)}`;
    env.probe?.(cap, out.gt(limit) ? "binds" : "does not bind");
    if (out.gt(limit)) {
      steps.push({ kind: "cap", text: `${head}: reached, ${plain(out)} → ${plain(limit)}`, span: cap.span });
      out = limit;
    } else {
      steps.push({ kind: "cap", text: `${head}: not reached, ${plain(out)}`, span: cap.span });
    }
  }
  return out;
}

/** Conditions → amount → uplifts before cap → caps → uplifts after cap → rounding, for one item. */
export function evalItem(clause: Clause, env: Env, rounding: Rounding): ItemOutcome {
  const verdict = conditionsHold(clause.conditions, env);
  if (verdict === "no") return NONE;
  if (verdict !== "yes") return { kind: "pending", reason: verdict.pending };
  if (!clause.award) return NONE;
  const pending = pendingReasons(clause, env.params);
  if (pending.length > 0) return { kind: "pending", reason: pending.join("; ") };
  try {
    const steps = clause.conditions.map((c) => conditionStep(c, env, evalExpr(c, env)));
    const base = baseAmount(clause.award, env);
    if (!base) return NONE;
    steps.push(base.step);
    let amount = applyUplifts(clause.uplifts, "before-cap", base.amount, env, steps);
    amount = applyCaps(clause, amount, env, steps);
    amount = applyUplifts(clause.uplifts, "after-cap", amount, env, steps);
    const rounded = roundTo(amount, rounding.unit, rounding.mode);
    steps.push({
      kind: "round",
      text: `rounded to ${rounding.unitText} ${modeText(rounding.mode)}: ${formatYuan(rounded)}`,
    });
    return rounded.gt(0) ? { kind: "award", amount: rounded, steps } : NONE;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return e.why.unknown === "pending" ? { kind: "pending", reason: e.why.reason } : NONE;
  }
}
