/**
 * The engines the benchmark times, each built from the flagship's IR inside its own process
 * (child.ts). `@subsidia/*` resolve to the tree the child was bundled from: the working tree,
 * or the sources of an earlier commit for the before/after rows (bundle.ts).
 */
import type { Policy } from "@subsidia/ir";
import { compileAmounts, evaluate, evaluateFacts, evaluatePolicy, validateFacts } from "@subsidia/runtime";
import { baseline } from "../baseline/evaluate.js";
import { limit } from "../limit/evaluate.js";
import { jsonLogicEngine } from "../peers/json-logic.js";
import { rulesEngine } from "../peers/rules-engine.js";

/** Evaluates one applicant's plain JSON facts; the result is whatever the engine returns. */
export type Run = (facts: Record<string, unknown>) => unknown;

export const ENGINES = {
  limit: () => limit,
  decimal: () => baseline,
  compiled: (ir: Policy): Run => {
    const compiled = compileAmounts(ir);
    return (facts) => compiled.run(facts);
  },
  interpreter:
    (ir: Policy): Run =>
    (facts) => {
      const valid = validateFacts(ir, facts);
      if (!valid.ok) throw new Error(`invalid facts in the benchmark set: ${JSON.stringify(valid.errors)}`);
      return evaluatePolicy(ir, valid.facts);
    },
  evaluateFacts:
    (ir: Policy): Run =>
    (facts) =>
      evaluateFacts(ir, facts),
  evaluate:
    (ir: Policy): Run =>
    (facts) =>
      evaluate(ir, facts),
  "json-logic": () => jsonLogicEngine,
  "json-rules-engine": () => rulesEngine,
} satisfies Record<string, (ir: Policy) => Run>;

export type EngineName = keyof typeof ENGINES;

/** The engines that are the runtime's (and so have a "before" in before/after runs). */
export const RUNTIME_ENGINES: readonly EngineName[] = ["compiled", "interpreter", "evaluateFacts", "evaluate"];
