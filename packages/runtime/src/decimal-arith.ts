import type { Expr } from "@subsidia/ir";
import type { Dec as D } from "./money.js";
import { EvaluationError } from "./values.js";

/** `a op b` in exact decimals, for the interpreter and the compiled evaluator alike. */
export function decimalArith(op: "+" | "-" | "*" | "/", a: D, b: D, e: Extract<Expr, { k: "arith" }>): D {
  switch (op) {
    case "+":
      return a.plus(b);
    case "-":
      return a.minus(b);
    case "*":
      return a.times(b);
    case "/":
      if (b.isZero()) throw new EvaluationError(`division by zero in \`${e.src}\``, e.span);
      return a.div(b);
  }
}
