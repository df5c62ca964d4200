import { assertNever, type Expr } from "@subsidia/ir";
import type { AwardPlan, BasePlan, ClausePlan, StepPlan } from "@subsidia/plan";
import type { DraftExtra } from "./drafts.js";
import type { Env } from "./env.js";
import { baseAmount } from "./eval-award.js";
import { evalExpr } from "./eval-expr.js";
import { withValues } from "./explain-values.js";
import { conditionMark, conditionStep } from "./explain-condition.js";
import { historyCapBy, lessReceivedBy, onceReason, received, receivedText } from "./history.js";
import { plainOf, sourcedOf } from "./literals.js";
import { type Dec as D, Dec, formatYuan, plain, type Rounding, times, ZERO } from "./money.js";
import { decide, needDecimal, Stop } from "./need.js";
import { capZeroBy } from "./operations.js";
import type { Step } from "./result.js";
import { compareDecimals } from "./dec-fast.js";
import { isUnknown, keyText, Unknown, type Val } from "./values.js";
import { conditionsHold, seenStep } from "./conditions-hold.js";

/**
 * What one item of a clause comes to: an award (rounded, > 0, with its extras), a zero item
 * with its reason, pending with a reason, or nothing (not eligible).
 */
export type ItemOutcome =
  | { kind: "award"; amount: D; steps: Step[]; extra: DraftExtra | undefined }
  | { kind: "zero"; reason: string; steps: Step[] }
  | { kind: "pending"; reason: string }
  | { kind: "none" };

const NONE: ItemOutcome = { kind: "none" };

type Uplift = Extract<StepPlan, { kind: "uplift" }>;
type Cap = Extract<StepPlan, { kind: "cap" }>;
type HistoryCap = Extract<StepPlan, { kind: "history-cap" }>;

/**
 * The state of one item through its steps: the amount, its plain text once written (null until
 * then: an amount shown by several steps is written once), and why it came to 0 when a step made it so.
 */
interface Running {
  amount: D;
  text: string | null;
  zeroBy: string | null;
}

/** `plain(r.amount)`, written once per amount. */
function amountText(r: Running): string {
  if (r.text === null) r.text = plain(r.amount);
  return r.text;
}

/** `uplift 50% after cap`, once per uplift. */
const upliftHeads = new WeakMap<Uplift, string>();

function upliftHead(u: Uplift): string {
  let head = upliftHeads.get(u);
  if (head === undefined) {
    head = `uplift ${u.rate.src} ${u.order.replace("-", " ")}`;
    upliftHeads.set(u, head);
  }
  return head;
}

/** 1 + the rate of an uplift and its text, once per uplift when its rate is a literal (literal values are made once). */
const literalFactors = new WeakMap<Uplift, { factor: D; text: string }>();

function upliftFactor(u: Uplift, env: Env): { factor: D; text: string } {
  if (u.rate.k !== "lit") {
    const factor = needDecimal(u.rate, env).plus(1);
    return { factor, text: plain(factor) };
  }
  let known = literalFactors.get(u);
  if (known === undefined) {
    const factor = needDecimal(u.rate, env).plus(1);
    known = { factor, text: plain(factor) };
    literalFactors.set(u, known);
  }
  return known;
}

function uplift(u: Uplift, r: Running, env: Env, steps: Step[]): void {
  const head = upliftHead(u);
  const when = u.when ? decide(u.when, env) : true;
  const cond = u.when ? `, ${conditionMark(u.when, when)}` : "";
  env.probe?.(u.source, when === true ? "applied" : "not applied");
  if (when !== true) {
    steps.push({ kind: "uplift", text: `${head}${cond}: not applied`, span: u.source.span });
    return;
  }
  const { factor, text: factorText } = upliftFactor(u, env);
  const next = times(r.amount, factor);
  const nextText = plain(next);
  const text = `${head}${cond}: ${amountText(r)} × ${factorText} = ${nextText}`;
  steps.push(withValues({ kind: "uplift", text, span: u.source.span }, [u.rate], env));
  r.amount = next;
  r.text = nextText;
}

function cap(c: Cap, r: Running, env: Env, steps: Step[]): void {
  const limit = needDecimal(c.limit, env);
  const head = `cap ${sourcedOf(c.limit, limit)}`;
  const binds = compareDecimals(r.amount, limit) > 0;
  env.probe?.(c.source, binds ? "binds" : "does not bind");
  const limitText = binds ? plainOf(c.limit, limit) : "";
  const text = binds ? `${head}: reached, ${amountText(r)} → ${limitText}` : `${head}: not reached, ${amountText(r)}`;
  steps.push(withValues({ kind: "cap", text, span: c.source.span }, [c.limit], env));
  if (binds) {
    r.amount = limit;
    r.text = limitText;
    r.zeroBy ??= capZeroBy(c.limit, limit);
  }
}

function receivedBefore(env: Env, clause: ClausePlan, years: number | null) {
  const got = received(env.history, clause.clause.id, env.item?.id, years, env.date);
  if (got instanceof Unknown) throw new Stop(got);
  return got;
}

type LessReceived = Extract<StepPlan, { kind: "less-received" }>;

function lessReceived(clause: ClausePlan, step: LessReceived, r: Running, env: Env, steps: Step[]): void {
  const got = receivedBefore(env, clause, null);
  const { next, zeroBy } = lessReceivedBy(r.amount, got);
  env.probe?.(step.source, next.lt(r.amount) ? "reduces" : "does not reduce");
  const nextText = plain(next);
  const text = `less received: ${receivedText(got)}; ${amountText(r)} − ${plain(got.sum)} → ${nextText}`;
  steps.push({ kind: "history", text, span: step.source.span });
  r.zeroBy ??= zeroBy;
  r.amount = next;
  r.text = nextText;
}

function historyCap(clause: ClausePlan, h: HistoryCap, r: Running, env: Env, steps: Step[]): void {
  const limit = needDecimal(h.limit, env);
  const got = receivedBefore(env, clause, h.years);
  const by = historyCapBy(r.amount, limit, got, h);
  const leftText = plain(by.left);
  const head = `cap ${sourcedOf(h.limit, limit)} ${by.over}: received ${receivedText(got)}, ${leftText} left`;
  env.probe?.(h.source, by.binds ? "binds" : "does not bind");
  const tail = by.binds ? `${amountText(r)} → ${leftText}` : `not reached, ${amountText(r)}`;
  steps.push(withValues({ kind: "history", text: `${head}; ${tail}`, span: h.source.span }, [h.limit], env));
  r.zeroBy ??= by.zeroBy;
  if (by.binds) r.text = leftText;
  r.amount = by.next;
}

function round(r: Running, rounding: Rounding, steps: Step[]): void {
  r.amount = rounding.round(r.amount);
  r.text = null;
  const text = `${rounding.stepHead}${formatYuan(r.amount)}`;
  steps.push({ kind: "round", text });
}

/** One step of the plan's pipeline after the base amount. */
function applyStep(c: ClausePlan, step: StepPlan, r: Running, env: Env, rounding: Rounding, steps: Step[]): void {
  switch (step.kind) {
    case "uplift":
      return uplift(step, r, env, steps);
    case "cap":
      return cap(step, r, env, steps);
    case "less-received":
      return lessReceived(c, step, r, env, steps);
    case "history-cap":
      return historyCap(c, step, r, env, steps);
    case "round":
      return round(r, rounding, steps);
    default:
      return assertNever(step, "step");
  }
}

/** The base amount through the plan's steps; null when no tier or case applies. */
function pipeline(c: ClausePlan, base: BasePlan, award: AwardPlan, env: Env, rounding: Rounding, steps: Step[]) {
  const b = baseAmount(base, env);
  if (!b) return null;
  steps.push(b.step);
  const r: Running = { amount: b.amount, text: b.text ?? null, zeroBy: b.zeroBy ?? null };
  for (const step of award.steps) applyStep(c, step, r, env, rounding, steps);
  return r;
}

/** A value for the extras, or null when unknown. */
function known(e: Expr, env: Env): Exclude<Val, Unknown> | null {
  const v = evalExpr(e, env);
  return isUnknown(v) ? null : v;
}

/** The clause's `one per` exclusion, if it has one. */
function onePerOf(plan: Env["plan"], c: ClausePlan) {
  for (const x of plan.exclusions) if (x.kind === "one-per" && x.clause === c.index) return x;
  return undefined;
}

/** The extras of an item that the writer and the exclusions need: range, schedule, selection, `one per`. */
function extras(c: ClausePlan, award: AwardPlan, env: Env, rounding: Rounding, steps: Step[], high: D) {
  const one = onePerOf(env.plan, c);
  // most items have none: no object made for them
  if (!award.low && !award.schedule && !award.selection && one === undefined) return undefined;
  const extra: DraftExtra = {};
  if (award.low) {
    const low = pipeline(c, award.low, award, env, rounding, []);
    extra.low = low ? Dec.min(low.amount, high) : ZERO;
    steps.push({ kind: "range", text: `range: ${formatYuan(extra.low)} to ${formatYuan(high)}` });
  }
  if (award.schedule) {
    extra.schedule = award.schedule.map((x) => {
      const share = needDecimal(x.share, env);
      const v = known(x.on, env);
      const date = typeof v === "string" ? v : null;
      // as the result writes it: payable when its date is known and on or before the policy's
      env.probe?.(x, date !== null && env.date !== null && date <= env.date ? "payable" : "not yet payable");
      return { share, date };
    });
  }
  const sel = award.selection;
  if (sel) {
    env.probe?.(sel, "marked");
    const by = known(sel.by, env);
    const per = sel.per ? known(sel.per, env) : null;
    extra.selection = { by, per };
    steps.push({
      kind: "selection",
      text: `subject to selection: ${sel.mode} ${sel.count} by ${sel.by.src}`,
      span: sel.span,
    });
  }
  if (one !== undefined) {
    const k = known(one.key, env);
    extra.onePer = k === null ? null : keyText(k);
  }
  return extra;
}

/** Conditions → once → pending parameters → the base amount → the plan's steps, for one item. */
export function evalItem(c: ClausePlan, award: AwardPlan, env: Env, rounding: Rounding): ItemOutcome {
  const verdict = conditionsHold(c.conditions, env);
  if (verdict === "no") return NONE;
  if (verdict !== "yes") return { kind: "pending", reason: verdict.pending };
  // every line held: each is explained with its value, true, not evaluated twice
  const steps: Step[] = [];
  const conditions = c.conditions;
  if (env.probe) for (const x of conditions) steps.push(conditionStep(x, env, true));
  else for (let i = 0; i < conditions.length; i++) steps.push(seenStep(conditions[i]!, env, i));
  const once = onceReason(env.history, c, env.item?.id, env.date);
  if (c.clause.once) env.probe?.(c.clause.once, once === null ? "not received before" : "received before");
  if (once !== null) return { kind: "zero", reason: once, steps: [...steps, { kind: "history", text: once }] };
  if (award.pending !== null) return { kind: "pending", reason: award.pending };
  try {
    const r = pipeline(c, award.base, award, env, rounding, steps);
    if (!r) return NONE;
    if (!(r.amount.isPositive() && !r.amount.isZero()))
      return { kind: "zero", reason: r.zeroBy ?? "the amount comes to 0", steps };
    return { kind: "award", amount: r.amount, steps, extra: extras(c, award, env, rounding, steps, r.amount) };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return !e.why.absent ? { kind: "pending", reason: e.why.reason } : NONE;
  }
}
