import type { Policy } from "@subsidia/ir";
import { compileAmounts, evaluate, validatePolicy } from "@subsidia/runtime";
import { checkFacts } from "./check-evaluation.js";
import { must, show, stage } from "./must.js";

/** What hostile IR writes when the code generated from it runs something it should not. */
export const CANARY = "__subsidiaFuzzCanary";

/**
 * The oracle of IR that did not come from the compiler (a hand-edited file, a message on
 * the wire): `evaluate` takes it as JSON and never throws, refusing invalid IR as such;
 * `compileAmounts`, given the same JSON, either refuses it or evaluates it, and never runs
 * code written in it; IR that `validatePolicy` accepts (depth, schema, `checkPolicy`) passes the facts oracle.
 */
export function checkIr(json: unknown, facts: unknown): void {
  const g = globalThis as Record<string, unknown>;
  delete g[CANARY];
  const outcome = stage("evaluate", () => evaluate(json, facts));
  must(outcome.ok || ["ir", "facts", "eval"].includes(outcome.kind), `an outcome of no known kind: ${show(outcome)}`);
  try {
    compileAmounts(json as Policy).run(facts);
  } catch {
    // refusing IR is allowed; what matters is what ran before
  }
  must(g[CANARY] === undefined, "code written in the IR ran inside compileAmounts");
  const valid = validatePolicy(json);
  if (valid.ok) {
    must(outcome.ok || outcome.kind !== "ir", `valid IR refused: ${show(outcome)}`);
    checkFacts(valid.policy, facts);
  } else must(!outcome.ok && outcome.kind === "ir", `invalid IR evaluated: ${show(outcome)}`);
}
