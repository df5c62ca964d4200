import type { Expr } from "@subsidia/ir";
import { literalValue, NotConstant } from "@subsidia/plan";
import { EvaluationError, type Value } from "./values.js";

/** Literal values parsed once per IR node (decimals are immutable). */
const literals = new WeakMap<Expr, Value>();

/** The value of a literal, for every evaluator; a malformed one is an evaluation error at its span. */
export function literal(e: Extract<Expr, { k: "lit" }>): Value {
  let v = literals.get(e);
  if (v === undefined) {
    try {
      v = literalValue(e);
    } catch (err) {
      if (err instanceof NotConstant) throw new EvaluationError(err.message, e.span);
      throw err;
    }
    literals.set(e, v);
  }
  return v;
}
