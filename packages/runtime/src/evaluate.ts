import { Policy, type Article, type Clause } from "@subsidia/ir";
import { applyAggregateCaps } from "./aggregate-caps.js";
import { checkPolicy } from "./check-ir.js";
import { compiled } from "./compiled.js";
import type { Probe } from "./coverage-probe.js";
import type { AwardDraft, PendingDraft } from "./drafts.js";
import { itemId, withItem, type Env } from "./env.js";
import { conditionsHold, evalItem } from "./eval-clause.js";
import { formatPath, type FactRecord, type NormalisedFacts } from "./facts.js";
import { validateFacts } from "./facts-schema.js";
import type { EvalOutcome, NonMonetary, Result } from "./result.js";
import { EvaluationError } from "./values.js";
import { totals, writeAward, writePending } from "./write-result.js";

/** The environments a clause is evaluated in: one per item of its list, or the facts alone. */
function itemEnvs(clause: Clause, env: Env): Env[] {
  if (!clause.forEach) return [env];
  const { var: name, list } = clause.forEach;
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
}

function evalClause(article: Article, clause: Clause, env: Env, out: Collected): void {
  const { rounding } = compiled(env.policy);
  for (const e of itemEnvs(clause, env)) {
    const where = { article, clause, ...(e.item ? { item: e.item.id } : {}) };
    env.probe?.(clause, "evaluated");
    if (clause.award) {
      const r = evalItem(clause, e, rounding);
      if (r.kind === "award") out.awards.push({ ...where, amount: r.amount, steps: r.steps });
      if (r.kind === "pending") out.pending.push({ ...where, reason: r.reason });
    }
    if (clause.nonMonetary !== undefined && conditionsHold(clause.conditions, e) !== "no") {
      out.nonMonetary.push({
        article: article.number,
        clause: clause.id,
        ...(e.item ? { item: e.item.id } : {}),
        reason: clause.nonMonetary,
      });
    }
  }
}

/**
 * Evaluates a policy already validated against the IR schema on facts already validated by
 * `validateFacts`. Throws `EvaluationError` when the policy cannot be evaluated (division by zero).
 */
export function evaluatePolicy(
  policy: Policy,
  facts: NormalisedFacts,
  options: { probe?: Probe | undefined } = {},
): Result {
  const { params, rounding } = compiled(policy);
  const dateFact = policy.validity ? facts[policy.validity.dateInput] : undefined;
  const date = typeof dateFact === "string" ? dateFact : null;
  const env: Env = { policy, params, facts, date, item: null, probe: options.probe };
  const v = policy.validity;
  const inForce = !v || (date !== null && v.from <= date && date <= v.to);
  if (v) options.probe?.(v, inForce ? "in force" : "not in force");
  const head = { policy: policy.id, inForce, ...(v && date !== null ? { applicationDate: date } : {}) };
  if (!inForce) return { ...head, total: "0.00", upToTotal: "0.00", awards: [], pending: [], nonMonetary: [] };
  const out: Collected = { awards: [], pending: [], nonMonetary: [] };
  for (const article of policy.articles) {
    for (const clause of article.clauses) {
      try {
        evalClause(article, clause, env, out);
      } catch (e) {
        if (e instanceof EvaluationError) e.path = `${article.id}.${clause.id}`;
        throw e;
      }
    }
  }
  const capped = applyAggregateCaps(out.awards, env);
  const awards = capped.awards.map((d) => writeAward(d, rounding));
  const pending = [...out.pending, ...capped.pending].map(writePending);
  return { ...head, ...totals(awards), awards, pending, nonMonetary: out.nonMonetary };
}

/** Validates the IR, then the facts, then evaluates: never throws for bad input. */
export function evaluate(policyJson: unknown, facts: unknown): EvalOutcome {
  const parsed = Policy.safeParse(policyJson);
  if (!parsed.success) {
    return {
      ok: false,
      kind: "ir",
      errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path, "(policy)"), message: i.message })),
    };
  }
  const policy = parsed.data;
  const irErrors = checkPolicy(policy);
  if (irErrors.length > 0) return { ok: false, kind: "ir", errors: irErrors };
  return evaluateFacts(policy, facts);
}

/**
 * Validates plain JSON facts against a policy already known to be valid IR (parsed
 * once, e.g. by a batch or an SDK) and evaluates them: `evaluate` without the IR check.
 */
export function evaluateFacts(policy: Policy, facts: unknown): EvalOutcome {
  const valid = validateFacts(policy, facts);
  if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
  try {
    return { ok: true, result: evaluatePolicy(policy, valid.facts) };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return {
      ok: false,
      kind: "eval",
      errors: [{ path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) }],
    };
  }
}
