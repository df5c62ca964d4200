import fc from "fast-check";
import type { Policy } from "@subsidia/ir";
import { factsFor } from "./facts.js";

/** A few facts for a policy, the same for the same seed: no facts at all, then samples of `factsFor`. */
export function factsSamples(policy: Policy, seed: number, count = 3): unknown[] {
  return [{}, ...fc.sample(factsFor(policy), { seed, numRuns: count })];
}
