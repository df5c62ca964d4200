import { assertNever, type Expr, type Param } from "@subsidia/ir";
import { add, cmp, div, max, min, mul, neg, q, sub, type Q } from "./analysis-numbers.js";

/**
 * What the static checks know about values without facts: the constant value
 * of an expression, and the bounds a clause's `when` lines put on an
 * expression (`when p.fixedAssetInvestment >= 2000万元`).
 */

export type Params = ReadonlyMap<string, Param>;

/** Literals, parameters with one value, and arithmetic, `min` and `max` on them; otherwise undefined. */
export function constant(e: Expr, params: Params): Q | undefined {
  switch (e.k) {
    case "lit":
      return typeof e.value === "string" ? q(e.value) : undefined;
    case "param": {
      const p = params.get(e.name);
      const only = p && p.pending === undefined && p.values.length === 1 ? p.values[0] : undefined;
      return only ? constant(only.value, params) : undefined;
    }
    case "neg": {
      const x = constant(e.expr, params);
      return x && neg(x);
    }
    case "arith": {
      const [l, r] = [constant(e.left, params), constant(e.right, params)];
      if (!l || !r) return undefined;
      return e.op === "+" ? add(l, r) : e.op === "-" ? sub(l, r) : e.op === "*" ? mul(l, r) : div(l, r);
    }
    case "call": {
      const args = e.args.map((a) => constant(a, params));
      if (args.some((a) => a === undefined)) return undefined;
      return (args as Q[]).reduce((acc, a) => (e.fn === "min" ? min(acc, a) : max(acc, a)));
    }
    case "fact":
    case "item":
    case "cmp":
    case "and":
    case "or":
    case "not":
    case "in":
    case "given":
      return undefined;
    default:
      return assertNever(e, "expression");
  }
}

/** A key of an expression's meaning: equal for `p.x` written twice, whatever the spans and spacing. */
export function exprKey(e: Expr): string {
  return JSON.stringify(e, (key, value: unknown) => (key === "span" || key === "src" ? undefined : value));
}

export interface Bound {
  value: Q;
  /** `>` or `<` rather than `>=` or `<=` */
  strict: boolean;
  /** the `when` condition the bound comes from */
  from: Expr;
}

export interface Bounds {
  lo?: Bound | undefined;
  hi?: Bound | undefined;
}

const FLIP = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=", "!=": "!=" } as const;

/** The `when` lines as a flat list of conjuncts (`a and b` is two). */
function conjuncts(conditions: readonly Expr[]): Expr[] {
  return conditions.flatMap((c) => (c.k === "and" ? conjuncts(c.args) : [c]));
}

/** The tightest bounds the conditions put on `x` (`x >= c`, `c < x`, `x = c`, also inside `and`). */
export function boundsOf(x: Expr, conditions: readonly Expr[], params: Params): Bounds {
  const key = exprKey(x);
  const out: Bounds = {};
  const tighten = (side: "lo" | "hi", b: Bound): void => {
    const cur = out[side];
    const c = cur ? cmp(b.value, cur.value) : side === "lo" ? 1 : -1;
    const better = side === "lo" ? c > 0 : c < 0;
    if (!cur || better || (c === 0 && b.strict && !cur.strict)) out[side] = b;
  };
  for (const c of conjuncts(conditions)) {
    if (c.k !== "cmp") continue;
    const [left, right] = [exprKey(c.left) === key, exprKey(c.right) === key];
    if (left === right) continue;
    const value = constant(left ? c.right : c.left, params);
    if (!value) continue;
    const op = left ? c.op : FLIP[c.op];
    if (op === ">=" || op === ">" || op === "=") tighten("lo", { value, strict: op === ">", from: c });
    if (op === "<=" || op === "<" || op === "=") tighten("hi", { value, strict: op === "<", from: c });
  }
  return out;
}
