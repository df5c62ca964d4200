import type { Expr, Policy } from "@subsidia/ir";
import { constantValues, planOf } from "@subsidia/plan";
import { Dec } from "@subsidia/runtime";

/** The values an expression that reads no fact can take (the plan's `constantValues`); null when it reads one. */
export function constValues(e: Expr, policy: Policy): Dec[] | null {
  return constantValues(e, planOf(policy).params);
}

/**
 * The values an expression can take whatever the facts, through the cases it chooses between: both
 * branches of an `if`, every case of a lookup (`by d.milestone { "phase-1": 1000万元, … }`); null when
 * a value read reads a fact.
 */
export function caseValues(e: Expr, policy: Policy): Dec[] | null {
  const fixed = constValues(e, policy);
  if (fixed || (e.k !== "if" && e.k !== "lookup")) return fixed;
  const branches =
    e.k === "if" ? [e.then, e.else] : [...e.cases.map((c) => c.value), ...(e.otherwise ? [e.otherwise] : [])];
  const values = branches.map((b) => caseValues(b, policy));
  return values.every((v) => v === null) ? null : values.flatMap((v) => v ?? []);
}

/** An ISO date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => new Dec(m));

/** The smallest round figure at or above `x` (m × 10^k, m in 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8): a knee a person can read. */
export function roundUp(x: Dec): Dec {
  if (x.lte(0)) return new Dec(0);
  const scale = new Dec(10).pow(x.e);
  return STEPS.find((m) => m.times(scale).gte(x))!.times(scale);
}

/** True for figures with at most three significant digits: `4000万`, `2.5亿`, not `33333333.34`. */
export const isRound = (x: Dec): boolean => x.isZero() || x.sd() <= 3;
