import type { Param, Policy } from "@subsidia/ir";
import { readRounding, type Rounding } from "./money.js";

/** What the evaluator derives once per policy object and reuses for every applicant. */
export interface Compiled {
  params: ReadonlyMap<string, Param>;
  rounding: Rounding;
}

const cache = new WeakMap<Policy, Compiled>();

export function compiled(policy: Policy): Compiled {
  let c = cache.get(policy);
  if (!c) {
    c = { params: new Map(policy.params.map((p) => [p.name, p])), rounding: readRounding(policy.rounding) };
    cache.set(policy, c);
  }
  return c;
}
