import type { Expr } from "@subsidia/ir";
import { literalValue, NotConstant } from "@subsidia/plan";
import { type Dec, plain, withSource } from "./money.js";
import { EvaluationError, showValue, type Value } from "./values.js";

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

/** The texts of literal decimals, made once per IR node: `plain` and `withSource` of the literal's value. */
const plainTexts = new WeakMap<Expr, string>();
const sourcedTexts = new WeakMap<Expr, string>();

/** `plain(v)` of the value `v` of `e`, made once when `e` is a literal. */
export function plainOf(e: Expr, v: Dec): string {
  if (e.k !== "lit") return plain(v);
  // no closure made per call: this runs for every amount of every applicant
  let text = plainTexts.get(e);
  if (text === undefined) {
    text = plain(v);
    plainTexts.set(e, text);
  }
  return text;
}

/** `withSource(e, v)` of the value `v` of `e`, made once when `e` is a literal. */
export function sourcedOf(e: Expr, v: Dec): string {
  if (e.k !== "lit") return withSource(e, v);
  let text = sourcedTexts.get(e);
  if (text === undefined) {
    text = withSource(e, v);
    sourcedTexts.set(e, text);
  }
  return text;
}

/** `showValue` of a literal's value, made once per IR node. */
export function literalShown(e: Extract<Expr, { k: "lit" }>): string {
  let text = plainTexts.get(e);
  if (text === undefined) {
    text = showValue(literal(e));
    plainTexts.set(e, text);
  }
  return text;
}
