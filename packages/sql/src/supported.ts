import { clauseExprs, type Expr, walkExpr } from "@subsidia/ir";
import type { Plan } from "@subsidia/plan";
import { SqlCompileError } from "./numeric.js";

/**
 * The constructs of IR 1.2 that the SQL emitter does not compile yet. A policy that uses one
 * is refused with its name and place, never evaluated without it (a silent wrong amount).
 */
const EXPRESSIONS = new Set<Expr["k"]>([]);
const CALLS = new Set<string>([]);

export function unsupported(what: string, path: string): SqlCompileError {
  return new SqlCompileError(`${what} is not compiled to SQL yet; evaluate this policy with --engine js`, path);
}

/** Throws for the first construct of the plan that SQL cannot evaluate exactly. */
export function assertSupported(plan: Plan): void {
  for (const c of plan.clauses) {
    const a = c.award;
    const path = c.path;
    if (!a) continue;
    for (const { expr } of clauseExprs(c.clause)) checkExpr(expr, path);
  }
}

function checkExpr(e: Expr, path: string): void {
  for (const x of walkExpr(e)) {
    if (EXPRESSIONS.has(x.k) || (x.k === "call" && CALLS.has(x.fn))) throw unsupported(`\`${x.src}\``, path);
  }
}
