import { type Expr, walkExpr } from "@subsidia/ir";
import type { Env } from "./env.js";
import { evalExpr } from "./eval-expr.js";
import { type Dec, plain, withSource } from "./money.js";
import type { Because } from "./result.js";
import { isDecimal, isUnknown, showValue, type Val } from "./values.js";

type Cmp = Extract<Expr, { k: "cmp" }>;

/** A value beside its source when they differ: `2000万元 (20000000)`. */
function shown(e: Expr, v: Val): string {
  return isDecimal(v) ? withSource(e, v) : showValue(v);
}

/**
 * The exact distance of a failed numeric comparison: how much the left side is short of (or
 * over) the right side. For `>` and `<` the left side must pass the threshold, so the text
 * says "more than".
 */
function gapOf(op: Cmp["op"], left: Dec, right: Dec): { gap: string; text: string } | null {
  switch (op) {
    case ">=":
      return { gap: plain(right.minus(left)), text: `${plain(right.minus(left))} short` };
    case ">":
      return { gap: plain(right.minus(left)), text: `more than ${plain(right.minus(left))} short` };
    case "<=":
      return { gap: plain(left.minus(right)), text: `${plain(left.minus(right))} over` };
    case "<":
      return { gap: plain(left.minus(right)), text: `${plain(left.minus(right))} or more over` };
    default:
      return null;
  }
}

const NEGATED: Record<Cmp["op"], string> = { ">=": "<", ">": "<=", "<=": ">", "<": ">=", "=": "!=", "!=": "=" };

function comparison(e: Cmp, env: Env): Because {
  const l = evalExpr(e.left, env);
  const r = evalExpr(e.right, env);
  const actual = showValue(l);
  const expected = `${e.op} ${shown(e.right, r)}`;
  const because: Because = { src: e.src, span: e.span, text: "", actual, expected };
  const gap = isDecimal(l) && isDecimal(r) ? gapOf(e.op, l, r) : null;
  if (gap) because.gap = gap.gap;
  because.text = `${e.src}: ${actual} ${NEGATED[e.op]} ${shown(e.right, r)}${gap ? `: ${gap.text}` : ""}`;
  return because;
}

/** The facts and parameters an expression reads, as `name = value`. */
function reads(e: Expr, env: Env): string {
  const seen = new Map<string, Expr>();
  for (const node of walkExpr(e))
    if (node.k === "fact" || node.k === "item" || node.k === "param") seen.set(node.src, node);
  return [...seen.values()].map((r) => `${r.src} = ${showValue(evalExpr(r, env))}`).join(", ");
}

/** Why one failed condition (false) failed: the comparisons and memberships inside it that are false. */
function failed(e: Expr, env: Env, out: Because[]): void {
  const at = { src: e.src, span: e.span };
  switch (e.k) {
    case "and":
      for (const a of e.args) if (evalExpr(a, env) === false) failed(a, env, out);
      return;
    case "cmp":
      out.push(comparison(e, env));
      return;
    case "in": {
      const actual = showValue(evalExpr(e.expr, env));
      const expected = `one of ${e.values.join(", ")}`;
      out.push({ ...at, text: `${e.expr.src} = ${actual}, expected ${expected}`, actual, expected });
      return;
    }
    case "fact":
    case "item":
      out.push({ ...at, text: `${e.src}: false, expected true`, actual: "false", expected: "true" });
      return;
    case "given": {
      const v = evalExpr(e.expr, env);
      const actual = isUnknown(v) && v.absent ? "not given" : showValue(v);
      const expected = e.negate ? "not given" : "given";
      out.push({ ...at, text: `${e.src}: ${actual}, expected ${expected}`, actual, expected });
      return;
    }
    default: {
      const actual = reads(e, env) || "false";
      out.push({ ...at, text: `${e.src}: ${actual}, expected true`, actual, expected: "true" });
    }
  }
}

/** The absent facts a value depends on, one entry each: `p.totalInvestment not given`. */
export function absentFacts(exprs: readonly Expr[], env: Env, out: Because[]): void {
  const named = new Set(out.map((b) => b.src));
  for (const e of exprs)
    for (const node of walkExpr(e)) {
      if ((node.k !== "fact" && node.k !== "item") || named.has(node.src)) continue;
      const v = evalExpr(node, env);
      if (!isUnknown(v) || !v.absent) continue;
      named.add(node.src);
      out.push({
        src: node.src,
        span: node.span,
        text: `${node.src} not given`,
        actual: "not given",
        expected: "a value",
      });
    }
}

/**
 * Why the `when` lines of an item do not hold: each false one (broken down to the comparisons
 * that fail, with the exact gap of a numeric threshold), else the absent facts that leave one
 * unknown. `given` is false when only absent facts are to blame.
 */
export function failedConditions(conditions: readonly Expr[], env: Env): { because: Because[]; given: boolean } {
  const because: Because[] = [];
  const unknown: Expr[] = [];
  for (const c of conditions) {
    const v = evalExpr(c, env);
    if (v === false) failed(c, env, because);
    else if (isUnknown(v) && v.absent) unknown.push(c);
  }
  if (because.length > 0) return { because, given: because.some((b) => b.actual !== "not given") };
  absentFacts(unknown, env, because);
  return { because, given: false };
}
