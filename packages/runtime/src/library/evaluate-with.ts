import type { Policy } from "@subsidia/ir";
import { evaluatePolicy } from "../evaluate.js";
import type { FactsError, NormalisedFacts } from "../facts.js";
import type { FactsOptions } from "../facts-keys.js";
import { validateFacts } from "../facts-schema.js";
import type { IrError, Result, Step } from "../result.js";
import { validatePolicy } from "../validate-ir.js";
import { EvaluationError } from "../values.js";
import { citeDatedParams } from "./cite-params.js";
import { type Applied, policyOn, type Related, readParams, withAddedInputs } from "./consolidate.js";

export interface LibraryOptions extends FactsOptions {
  /** the date the applicant applies on: every date fact a window is matched on reads this instead */
  on?: string | undefined;
  /** add `notAwarded` (why not) to the result, as `evaluatePolicy` does */
  whyNot?: boolean | undefined;
}

export type WithOutcome =
  | { ok: true; result: Result; applied: Applied; policy: Policy }
  | { ok: false; kind: "ir"; policy: string; errors: IrError[] }
  | { ok: false; kind: "facts"; policy: string; errors: FactsError[] }
  | { ok: false; kind: "eval"; policy: string; errors: IrError[] };

/**
 * Evaluates a policy with its implementing rules and amendments (docs/library.md): the facts
 * are validated against the policy, the policy is consolidated on the applicant's date
 * (`policyOn`), then evaluated. Each award paid through a rule's value says so in its
 * explanation, and names the rules it superseded.
 */
export function evaluateWith(ir: Policy, related: Related, facts: unknown, options: LibraryOptions = {}): WithOutcome {
  const checked = validatePolicy(ir);
  if (!checked.ok) return { ok: false, kind: "ir", policy: String(ir?.id), errors: checked.errors };
  // facts an amendment adds are known once the date is: read against all of them, then the policy on that date
  const broad = withAddedInputs(checked.policy, related);
  const valid = validateFacts(broad, facts, options);
  if (!valid.ok) return { ok: false, kind: "facts", policy: ir.id, errors: valid.errors };
  let normalised = onDate(checked.policy, valid.facts, options.on);
  const dateOf = (input: string) => {
    const v = normalised[input];
    return typeof v === "string" ? v : null;
  };
  const { policy, applied } = policyOn(checked.policy, related, dateOf);
  if (broad !== checked.policy) {
    const again = validateFacts(policy, facts, options);
    if (!again.ok) return { ok: false, kind: "facts", policy: ir.id, errors: again.errors };
    normalised = onDate(policy, again.facts, options.on);
  }
  try {
    const result = evaluatePolicy(policy, normalised, { whyNot: options.whyNot });
    return { ok: true, result: citeDatedParams(policy, explainApplied(policy, result, applied)), applied, policy };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    const error = { path: e.path, message: e.message, ...(e.span ? { span: e.span } : {}) };
    return { ok: false, kind: "eval", policy: ir.id, errors: [error] };
  }
}

/** The facts with the policy's date fact set to `on`, when given. */
function onDate(policy: Policy, facts: NormalisedFacts, on: string | undefined): NormalisedFacts {
  if (on === undefined || policy.validity === undefined) return facts;
  return { ...facts, [policy.validity.dateInput]: on };
}

/** Each award of a clause that reads a filled parameter, or is amended, explained first by what set it. */
function explainApplied(policy: Policy, result: Result, applied: Applied): Result {
  if (applied.rules.length === 0 && applied.amendments.length === 0) return result;
  const stepsOf = (article: number, clause: string): Step[] => {
    const c = policy.articles.find((a) => a.number === article)?.clauses.find((x) => x.id === clause);
    const cited = new Set((c?.rules ?? []).map((r) => r.number));
    const amended = applied.amendments.filter((a) => a.article === article && a.clause === clause);
    return [
      ...amended.map((a) => ({
        kind: "rule" as const,
        text: `clause ${clause} ${a.added ? "added" : "as amended"} by ${a.amendment.title} (${a.amendment.id}), in force ${a.amendment.from} to ${a.amendment.to}`,
      })),
      ...applied.rules
        .filter((f) => cited.has(f.rule.id) && c !== undefined && readParams(c).includes(f.param))
        .map((f) => ({
          kind: "rule" as const,
          text:
            `${f.param} = ${f.value}: ${f.rule.title} (${f.rule.id})${f.text ? `: “${f.text}”` : ""}` +
            (f.supersedes.length > 0
              ? `; the later rule, superseding ${f.supersedes.map((s) => `\`${s}\``).join(", ")}`
              : ""),
        })),
    ];
  };
  return {
    ...result,
    awards: result.awards.map((a) => {
      const steps = stepsOf(a.article, a.clause);
      return steps.length > 0 ? { ...a, explanation: [...steps, ...a.explanation] } : a;
    }),
  };
}
