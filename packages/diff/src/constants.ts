import type { Expr, Policy } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";

const LIMIT = 16;

function combine(a: Dec[], b: Dec[], f: (x: Dec, y: Dec) => Dec | null): Dec[] {
  const out: Dec[] = [];
  for (const x of a)
    for (const y of b) {
      const v = f(x, y);
      if (v !== null && out.length < LIMIT) out.push(v);
    }
  return out;
}

/**
 * The values an expression that reads no fact can take: a literal, a parameter (each of
 * its values by date), arithmetic on those. Null when it reads a fact, an item, a pending
 * parameter or a non-number.
 */
export function constValues(e: Expr, policy: Policy, seen: ReadonlySet<string> = new Set()): Dec[] | null {
  switch (e.k) {
    case "lit":
      return typeof e.value === "string" && /^-?\d+(\.\d+)?$/.test(e.value) ? [new Dec(e.value)] : null;
    case "param": {
      const p = policy.params.find((q) => q.name === e.name);
      if (!p || p.pending !== undefined || seen.has(p.name)) return null;
      const inner = new Set([...seen, p.name]);
      const values = p.values.flatMap((v) => constValues(v.value, policy, inner) ?? []);
      return values.length > 0 ? values : null;
    }
    case "neg": {
      const v = constValues(e.expr, policy, seen);
      return v ? v.map((x) => x.neg()) : null;
    }
    case "arith": {
      const [l, r] = [constValues(e.left, policy, seen), constValues(e.right, policy, seen)];
      if (!l || !r) return null;
      const ops = {
        "+": (x: Dec, y: Dec) => x.plus(y),
        "-": (x: Dec, y: Dec) => x.minus(y),
        "*": (x: Dec, y: Dec) => x.times(y),
        "/": (x: Dec, y: Dec) => (y.isZero() ? null : x.div(y)),
      };
      return combine(l, r, ops[e.op]);
    }
    case "call": {
      const args = e.args.map((a) => constValues(a, policy, seen));
      if (args.some((a) => a === null)) return null;
      return (args as Dec[][]).reduce((acc, vs) =>
        combine(acc, vs, (x, y) => (e.fn === "min" ? Dec.min(x, y) : Dec.max(x, y))),
      );
    }
    default:
      return null;
  }
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
