import { type Expr, walkExpr } from "@subsidia/ir";
import type { Env } from "./env.js";
import { literalShown } from "./literals.js";
import { evalExpr } from "./eval-expr.js";
import type { Step } from "./result.js";
import { isUnknown, showValue, type Val } from "./values.js";

function mark(v: Val): string {
  if (v === true) return "✓";
  if (isUnknown(v) && !v.absent) return "?";
  return "✗";
}

/** The facts, item fields and parameters an expression reads, by source text, in reading order. */
function refs(e: Expr, out: Map<string, Expr>): void {
  for (const node of walkExpr(e))
    if (node.k === "fact" || node.k === "item" || node.k === "param") out.set(node.src, node);
}

/** The value of `e` as shown: a literal's text made once, anything else evaluated. */
const shownOf = (e: Expr, env: Env): string => (e.k === "lit" ? literalShown(e) : showValue(evalExpr(e, env)));

/** What a condition saw: the values it read, so a reader can check the verdict. */
function detail(e: Expr, env: Env, result: Val): string {
  switch (e.k) {
    case "fact":
    case "item":
    case "param":
      return showValue(result);
    case "given": {
      const v = evalExpr(e.expr, env);
      return isUnknown(v) && v.absent ? "not given" : showValue(v);
    }
    case "in":
      return shownOf(e.expr, env);
    case "cmp":
      return `${shownOf(e.left, env)} ${e.op} ${shownOf(e.right, env)}`;
    default: {
      const seen = new Map<string, Expr>();
      refs(e, seen);
      if (seen.size === 0) return showValue(result);
      return [...seen.values()]
        .map((r) => {
          const v = evalExpr(r, env);
          return isUnknown(v) && v.absent ? `${r.src} not given` : `${r.src} = ${showValue(v)}`;
        })
        .join(", ");
    }
  }
}

/** The explanation of one `when` line: `p.performanceQualified: true ✓`. */
export function conditionStep(e: Expr, env: Env, result: Val): Step {
  return { kind: "condition", text: `${e.src}: ${detail(e, env, result)} ${mark(result)}`, span: e.span };
}

/** A short account of a condition for an uplift: `p.nationalPilotPlatform ✓`, `p.x not given`. */
export function conditionMark(e: Expr, result: Val): string {
  if (isUnknown(result) && result.absent) return `${result.ref} not given`;
  return `${e.src} ${mark(result)}`;
}

/** `conditionStep(e, env, true)` of a comparison that held, from its two sides as evaluated. */
export function comparisonStep(e: Extract<Expr, { k: "cmp" }>, left: Val, right: Val): Step {
  const l = e.left.k === "lit" ? literalShown(e.left) : showValue(left);
  const r = e.right.k === "lit" ? literalShown(e.right) : showValue(right);
  return { kind: "condition", text: `${e.src}: ${l} ${e.op} ${r} ✓`, span: e.span };
}

/** `conditionStep(e, env, true)` of an `is given` or `in` that held, from the value it tested. */
export function operandStep(e: Extract<Expr, { k: "given" | "in" }>, v: Val): Step {
  const shown =
    e.k === "given"
      ? isUnknown(v) && v.absent
        ? "not given"
        : showValue(v)
      : e.expr.k === "lit"
        ? literalShown(e.expr)
        : showValue(v);
  return { kind: "condition", text: `${e.src}: ${shown} ✓`, span: e.span };
}
