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
