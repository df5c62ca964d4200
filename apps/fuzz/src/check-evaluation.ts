import type { Policy } from "@subsidia/ir";
import {
  compileAmounts,
  evaluateFacts,
  runPolicyTests,
  validateFacts,
  type AmountsEvaluator,
  type EvalOutcome,
} from "@subsidia/runtime";
import { must, show, stage } from "./must.js";

/** A compiled policy's evaluators on samples of facts (see `checkFacts`), and its embedded tests run. */
export function checkEvaluation(policy: Policy, samples: readonly unknown[]): void {
  const fast = stage("compileAmounts", () => compileAmounts(policy));
  stage("runPolicyTests", () => runPolicyTests(policy));
  for (const facts of samples) checkFacts(policy, facts, fast);
}

/**
 * The oracle of facts for a valid policy, whatever the facts are: the facts reader never
 * throws and refuses with a path and a message; the compiled reader refuses what it
 * refuses; the interpreter and the compiled evaluator never throw and give the same
 * outcome, to the same JSON text, explanations (and the titles and cited text that come with them) aside.
 */
export function checkFacts(policy: Policy, facts: unknown, fast: AmountsEvaluator = compileAmounts(policy)): void {
  const valid = stage("validateFacts", () => validateFacts(policy, facts));
  const read = stage("readFacts (compiled)", () => fast.readFacts(facts));
  must(valid.ok === read.ok, `the readers disagree: ${show([valid.ok, read.ok])}`);
  if (!valid.ok) {
    must(valid.errors.length > 0, "facts refused without an error");
    for (const e of valid.errors)
      must(
        typeof e.path === "string" && /^[a-z`]/.test(e.message),
        `a facts error without path or message: ${show(e)}`,
      );
  }
  const interpreted = stage("evaluateFacts", () => evaluateFacts(policy, facts));
  const compiled = stage("compiled run", () => fast.run(facts));
  const [a, b] = [withoutExplanations(interpreted), compiled];
  must(JSON.stringify(a) === JSON.stringify(b), `the interpreter and the compiled evaluator disagree: ${show([a, b])}`);
}

function withoutExplanations(outcome: EvalOutcome): unknown {
  if (!outcome.ok) return outcome;
  return {
    ...outcome,
    result: {
      ...outcome.result,
      awards: outcome.result.awards.map(({ explanation: _e, title: _t, citation: _c, rules: _r, ...a }) => a),
      // the compiled evaluator gives amounts only: a zero award comes without the steps that led to 0
      zeroAwards: outcome.result.zeroAwards.map(({ explanation: _e, ...z }) => z),
    },
  };
}
