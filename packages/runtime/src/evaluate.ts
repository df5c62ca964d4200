import type { FactsOptions } from "./facts-keys.js";
import { assertNever, type Policy } from "@subsidia/ir";
import { type ClausePlan, type Plan, planOf } from "@subsidia/plan";
import { applyAggregateCaps, type Limit } from "./aggregate-caps.js";
import type { Probe } from "./coverage-probe.js";
import { ClauseAmounts } from "./clause-amounts.js";
import type { AwardDraft, PendingDraft, ZeroDraft } from "./drafts.js";
import { applyExclusions } from "./exclusions.js";
import { historyOf } from "./history.js";
import { type Env, itemId, withItem } from "./env.js";
import { conditionsHold } from "./conditions-hold.js";
import { evalItem } from "./eval-clause.js";
import type { FactRecord, NormalisedFacts } from "./facts.js";
import { validateFacts } from "./facts-schema.js";
import { type Rounding, roundingOf, ZERO } from "./money.js";
import { needDecimal, Stop } from "./need.js";
import type { EvalOutcome, NonMonetary, Result } from "./result.js";
import { EvaluationError, Unknown } from "./values.js";
import { validatePolicy } from "./validate-ir.js";
import { outOfForce, whyNot } from "./why-not.js";
import { notInForce, resultHead, writeResult } from "./write-result.js";

/** `probe`: told of each branch taken (coverage); `whyNot`: add `notAwarded` to the result. */
export interface EvalOptions {
  probe?: Probe | undefined;
  whyNot?: boolean | undefined;
}

/** The environments a clause is evaluated in: one per item of its list, or the facts alone. */
export function itemEnvs(c: ClausePlan, env: Env): Env[] {
  if (!c.forEach) return [env];
  const { var: name, list } = c.forEach;
  const items = env.facts[list];
  if (!Array.isArray(items)) return [];
  return (items as readonly FactRecord[]).map((record, i) =>
    withItem(env, { var: name, id: itemId(record, i), record }),
  );
}

interface Collected {
  awards: AwardDraft[];
  pending: PendingDraft[];
  nonMonetary: NonMonetary[];
  zero: ZeroDraft[];
}

/** One item of a clause (or the clause once): its award, zero or pending item, and its non-monetary measure. */
function evalOne(c: ClausePlan, e: Env, item: string | undefined, rounding: Rounding, out: Collected): void {
  e.probe?.(c.clause, "evaluated");
  if (c.award) {
    const r = evalItem(c, c.award, e, rounding);
    switch (r.kind) {
      case "award":
        out.awards.push(
          r.extra
            ? { c, item, amount: r.amount, steps: r.steps, extra: r.extra }
            : { c, item, amount: r.amount, steps: r.steps },
        );
        e.amounts.record(c, item, r.amount);
        break;
      case "zero":
        out.zero.push({ c, item, reason: r.reason, steps: r.steps });
        e.amounts.record(c, item, ZERO);
        break;
      case "pending":
        out.pending.push({ c, item, reason: r.reason });
        e.amounts.record(c, item, new Unknown(false, r.reason, c.clause.id));
        break;
      case "none":
        e.amounts.record(c, item, ZERO);
        break;
      default:
        assertNever(r, "item outcome");
    }
  }
  if (c.nonMonetary !== null && conditionsHold(c.conditions, e) !== "no") {
    const { number: article } = c.article;
    const reason = c.nonMonetary;
    out.nonMonetary.push(
      item !== undefined ? { article, clause: c.clause.id, item, reason } : { article, clause: c.clause.id, reason },
    );
  }
}

/** An environment the evaluator moves from clause to clause and item to item (see `evaluatePlan`). */
type Scope = { -readonly [K in keyof Env]: Env[K] };

/** A clause once, or once per item of its list with the item in scope: `scope` moved to each, nothing copied. */
function evalClause(c: ClausePlan, scope: Scope, rounding: Rounding, out: Collected): void {
  scope.clause = c;
  scope.item = null;
  if (!c.forEach) return evalOne(c, scope, undefined, rounding, out);
  const items = scope.facts[c.forEach.list];
  if (!Array.isArray(items)) return;
  const records = items as readonly FactRecord[];
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const id = itemId(record, i);
    scope.item = { var: c.forEach.var, id, record };
    evalOne(c, scope, id, rounding, out);
  }
}

/** An aggregate cap's limit, read with no item in scope. */
function limitOf(env: Env): (agg: Plan["aggregates"][number]) => Limit {
  return (agg) => {
    try {
      return { kind: "value", value: needDecimal(agg.limit, env) };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      return e.why.absent ? { kind: "absent" } : { kind: "pending", reason: e.why.reason };
    }
  };
}

/** The policy's date fact, when it is a date string. */
export function dateOf(plan: Plan, facts: NormalisedFacts): string | null {
  const fact = plan.validity ? facts[plan.validity.dateInput] : undefined;
  return typeof fact === "string" ? fact : null;
}

/** Evaluates a plan, explaining every step, on facts already validated by `validateFacts`. */
export function evaluatePlan(plan: Plan, facts: NormalisedFacts, options: EvalOptions = {}): Result {
  const date = dateOf(plan, facts);
  const history = historyOf(plan, facts);
  const amounts = new ClauseAmounts(plan);
  const v = plan.validity;
  const inForce = !v || (date !== null && v.from <= date && date <= v.to);
  if (v) options.probe?.(plan.policy.validity!, inForce ? "in force" : "not in force");
  const head = resultHead(plan, date, inForce);
  if (!inForce) return options.whyNot ? { ...notInForce(head), notAwarded: outOfForce(plan, date) } : notInForce(head);
  const out: Collected = { awards: [], pending: [], nonMonetary: [], zero: [] };
  const probe = options.probe;
  const rounding = roundingOf(plan);
  // one environment for the whole applicant, its clause and item set as the evaluation moves: nothing
  // evaluated keeps an environment, and one object made per clause of every applicant was measurable
  const scope: Scope = { plan, facts, date, item: null, clause: null, history, amounts, probe };
  for (const k of plan.order) {
    const c = plan.clauses[k]!;
    try {
      evalClause(c, scope, rounding, out);
    } catch (e) {
      if (e instanceof EvaluationError) e.path = c.path;
      throw e;
    }
  }
  scope.clause = null;
  scope.item = null;
  const excluded = applyExclusions(plan, out.awards, options.probe);
  const capped = applyAggregateCaps(plan, excluded.awards, limitOf(scope), { history, date, probe: options.probe });
  const pending = capped.pending.length === 0 ? out.pending : [...out.pending, ...capped.pending];
  const zero =
    excluded.zero.length + capped.zero.length === 0 ? out.zero : [...out.zero, ...excluded.zero, ...capped.zero];
  const result = writeResult(plan, rounding, head, capped.awards, pending, out.nonMonetary, zero);
  if (!options.whyNot) return result;
  const all = { computed: out.awards, excludedZero: excluded.zero, awards: capped.awards, zero, pending };
  const base: Env = { plan, facts, date, item: null, clause: null, history, amounts };
  return { ...result, notAwarded: whyNot(plan, (c) => itemEnvs(c, { ...base, clause: c }), all) };
}

/**
 * Evaluates a policy already validated against the IR schema (and `checkPolicy`) on facts
 * already validated by `validateFacts`. Throws `EvaluationError` when the policy cannot be
 * evaluated (division by zero).
 */
export function evaluatePolicy(policy: Policy, facts: NormalisedFacts, options: EvalOptions = {}): Result {
  return evaluatePlan(planOf(policy), facts, options);
}

/**
 * Validates the IR (once per object: later calls with the same object skip it), then the
 * facts, then evaluates: never throws for bad input.
 */
export function evaluate(policyJson: unknown, facts: unknown, options: { whyNot?: boolean } = {}): EvalOutcome {
  const ir = validatePolicy(policyJson);
  if (!ir.ok) return { ok: false, kind: "ir", errors: ir.errors };
  return evaluateFacts(ir.policy, facts, options);
}

/**
 * Validates plain JSON facts against a policy and evaluates them. The policy's IR is
 * validated on the first call with that object (for IR parsed once, e.g. by a batch or an
 * SDK, this costs nothing later); invalid IR is refused, never evaluated.
 */
export function evaluateFacts(
  policy: Policy,
  facts: unknown,
  options: FactsOptions & { whyNot?: boolean } = {},
): EvalOutcome {
  const ir = validatePolicy(policy);
  if (!ir.ok) return { ok: false, kind: "ir", errors: ir.errors };
  const valid = validateFacts(ir.policy, facts, options);
  if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
  try {
    return { ok: true, result: evaluatePolicy(ir.policy, valid.facts, { whyNot: options.whyNot }) };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      ok: false,
      kind: "eval",
      errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
    };
  }
}
