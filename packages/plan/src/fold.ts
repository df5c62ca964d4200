import { assertNever, type Expr } from "@subsidia/ir";
import { Dec, isDecimalText, NUMERIC_KINDS } from "./decimal.js";
import type { Lit, ParamPlan } from "./types.js";

/** Why an expression has no constant value. */
export class NotConstant extends Error {}

/** The value of a literal: a decimal for numeric kinds, a boolean, or text; throws for a malformed one. */
export function literalValue(e: Lit): Dec | boolean | string {
  const { type, value } = e;
  if (type === "boolean") {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
  } else if (NUMERIC_KINDS.has(type)) {
    if (typeof value === "string" && isDecimalText(value)) return new Dec(value);
  } else if (typeof value === "string") return value;
  throw new NotConstant(`literal \`${e.src}\` has no valid ${type} value (\`${String(value)}\`)`);
}

function numeric(e: Expr): Dec {
  const v = fold(e);
  if (!Dec.isDecimal(v)) throw new NotConstant(`expected a number in \`${e.src}\``);
  return v;
}

function fold(e: Expr): Dec | boolean | string {
  switch (e.k) {
    case "lit":
      return literalValue(e);
    case "neg":
      return numeric(e.expr).neg();
    case "arith": {
      const [a, b] = [numeric(e.left), numeric(e.right)];
      if (e.op === "+") return a.plus(b);
      if (e.op === "-") return a.minus(b);
      if (e.op === "*") return a.times(b);
      if (b.isZero()) throw new NotConstant(`division by zero in \`${e.src}\``);
      return a.div(b);
    }
    case "call": {
      const ds = e.args.map(numeric);
      return e.fn === "min" ? Dec.min(...ds) : Dec.max(...ds);
    }
    case "fact":
    case "item":
    case "param":
    case "cmp":
    case "and":
    case "or":
    case "not":
    case "in":
    case "given":
      throw new NotConstant(
        `\`${e.src}\` is not a constant: a value may use literals, arithmetic, \`min\` and \`max\``,
      );
    default:
      return assertNever(e, "expression");
  }
}

/**
 * Folds a constant expression (literals, arithmetic, `min`, `max`) to a literal with the same
 * source text and span, computed in the evaluators' decimal arithmetic. Throws `NotConstant`.
 */
export function foldConstant(e: Expr): Lit {
  if (e.k === "lit") {
    literalValue(e);
    return e;
  }
  const v = fold(e);
  const value = Dec.isDecimal(v) ? v.toFixed() : v;
  return { k: "lit", type: e.type, value, src: e.src, span: e.span };
}

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
 * The values an expression that reads no fact can take: a literal, a parameter (each of its
 * values by date), arithmetic, `min` and `max` on those (at most 16). Null when it reads a
 * fact, an item, a pending parameter or a non-number. For analyses (breakpoints, witnesses).
 */
export function constantValues(e: Expr, params: ReadonlyMap<string, ParamPlan>): Dec[] | null {
  switch (e.k) {
    case "lit": {
      const v = typeof e.value === "string" && isDecimalText(e.value) ? new Dec(e.value) : null;
      return v ? [v] : null;
    }
    case "param": {
      const p = params.get(e.name);
      if (!p || p.pending !== null) return null;
      const values = p.values.flatMap((v) => constantValues(v.value, params) ?? []);
      return values.length > 0 ? values : null;
    }
    case "neg":
      return constantValues(e.expr, params)?.map((x) => x.neg()) ?? null;
    case "arith": {
      const [l, r] = [constantValues(e.left, params), constantValues(e.right, params)];
      if (!l || !r) return null;
      if (e.op === "+") return combine(l, r, (x, y) => x.plus(y));
      if (e.op === "-") return combine(l, r, (x, y) => x.minus(y));
      if (e.op === "*") return combine(l, r, (x, y) => x.times(y));
      return combine(l, r, (x, y) => (y.isZero() ? null : x.div(y)));
    }
    case "call": {
      const args = e.args.map((a) => constantValues(a, params));
      if (args.some((a) => a === null)) return null;
      const pick = (x: Dec, y: Dec) => (e.fn === "min" ? Dec.min(x, y) : Dec.max(x, y));
      return (args as Dec[][]).reduce((acc, vs) => combine(acc, vs, pick));
    }
    case "fact":
    case "item":
    case "cmp":
    case "and":
    case "or":
    case "not":
    case "in":
    case "given":
      return null;
    default:
      return assertNever(e, "expression");
  }
}
