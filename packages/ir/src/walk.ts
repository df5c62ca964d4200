import type { Award, Clause } from "./clause.js";
import type { Expr } from "./expr.js";

/**
 * Ends a `switch` over a discriminated union of the IR: with every case handled the
 * argument has type `never`, so adding a variant fails the type check at each place that
 * must handle it. Reached only by IR that bypassed validation.
 */
export function assertNever(value: never, what = "IR node"): never {
  const tag = typeof value === "object" && value !== null ? JSON.stringify(value).slice(0, 80) : String(value);
  throw new Error(`unexpected ${what}: ${tag}`);
}

/** The direct subexpressions of an expression, left to right (the order evaluation reads them). */
export function childExprs(e: Expr): readonly Expr[] {
  switch (e.k) {
    case "lit":
    case "fact":
    case "item":
    case "param":
      return [];
    case "arith":
    case "cmp":
      return [e.left, e.right];
    case "neg":
    case "not":
    case "in":
    case "given":
      return [e.expr];
    case "and":
    case "or":
    case "call":
      return e.args;
    default:
      return assertNever(e, "expression");
  }
}

/** Every node of an expression, the expression itself first (depth first, left to right). */
export function* walkExpr(e: Expr): Generator<Expr> {
  const todo: Expr[] = [e];
  while (todo.length > 0) {
    const next = todo.pop()!;
    yield next;
    const kids = childExprs(next);
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
  }
}

/** An expression of a clause with its place in the clause, as a path below the clause: `award.tiers[1].amount`. */
export interface PlacedExpr {
  path: string;
  expr: Expr;
  /** what the expression decides */
  role: "condition" | "amount" | "cap" | "uplift-rate" | "uplift-when" | "total-cap";
}

/** The expressions of an award, with their paths below `award`. */
export function awardExprs(award: Award): PlacedExpr[] {
  const at = (path: string, expr: Expr): PlacedExpr => ({ path: `award.${path}`, expr, role: "amount" });
  switch (award.kind) {
    case "amount":
      return [at("amount", award.amount)];
    case "rate":
      return [at("rate", award.rate), at("base", award.base)];
    case "tiers":
      return [
        at("base", award.base),
        ...award.tiers.flatMap((t, i) => [at(`tiers[${i}].atLeast`, t.atLeast), at(`tiers[${i}].amount`, t.amount)]),
      ];
    case "lookup":
      return [
        at("key", award.key),
        ...award.cases.map((c, i) => at(`cases[${i}].amount`, c.amount)),
        ...(award.otherwise ? [at("otherwise", award.otherwise)] : []),
      ];
    default:
      return assertNever(award, "award kind");
  }
}

/**
 * Every expression of a clause, in the order of the clause's parts: conditions, the award,
 * caps, uplifts (rate, then `when`), the total cap.
 */
export function clauseExprs(clause: Clause): PlacedExpr[] {
  const out: PlacedExpr[] = clause.conditions.map((expr, i) => ({
    path: `conditions[${i}]`,
    expr,
    role: "condition",
  }));
  if (clause.award) out.push(...awardExprs(clause.award));
  clause.caps.forEach((c, i) => out.push({ path: `caps[${i}]`, expr: c.amount, role: "cap" }));
  clause.uplifts.forEach((u, i) => {
    out.push({ path: `uplifts[${i}].rate`, expr: u.rate, role: "uplift-rate" });
    if (u.when) out.push({ path: `uplifts[${i}].when`, expr: u.when, role: "uplift-when" });
  });
  if (clause.totalCap) out.push({ path: "totalCap", expr: clause.totalCap.amount, role: "total-cap" });
  return out;
}
