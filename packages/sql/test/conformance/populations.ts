import { createSampler } from "@subsidia/diff";
import type { Policy } from "@subsidia/ir";
import fc from "fast-check";
import { factsFor } from "../../../runtime/test/compiled-arbitraries.js";

/**
 * Random applicants near every threshold and knee: the runtime's differential arbitraries
 * (amounts at each threshold, cap and cap / rate, a cent either side; some facts broken on
 * purpose) and the diff package's sampler (plausible applicants around the same points).
 */
export function randomPopulation(policy: Policy, count: number, seed: number): unknown[] {
  const arbitrary = fc.sample(factsFor(policy), { numRuns: count, seed });
  const next = createSampler(policy, seed);
  return [...arbitrary, ...Array.from({ length: count }, () => next())];
}
