import type { Award, Clause } from "./clause.js";
import type { Expr } from "./expr.js";
import { assertNever } from "./walk.js";

/**
 * A compact S-expression form of IR, so that a test reads like the clause it checks:
 * `(rate 0.3% (item p totalInvestment :money))`. Literals print as `value:type`.
 */
export function printExpr(e: Expr): string {
  switch (e.k) {
    case "lit":
      return `${String(e.value)}:${e.type}`;
    case "fact":
      return `(fact ${e.path.join(".")} :${e.type})`;
    case "item":
      return `(item ${e.var} ${e.path.join(".")} :${e.type})`;
    case "param":
      return `(param ${e.name} :${e.type})`;
    case "arith":
      return `(${e.op} ${printExpr(e.left)} ${printExpr(e.right)} :${e.type})`;
    case "neg":
      return `(neg ${printExpr(e.expr)})`;
    case "cmp":
      return `(${e.op} ${printExpr(e.left)} ${printExpr(e.right)})`;
    case "and":
    case "or":
      return `(${e.k} ${e.args.map(printExpr).join(" ")})`;
    case "not":
      return `(not ${printExpr(e.expr)})`;
    case "in":
      return `(in ${printExpr(e.expr)} ${e.values.join(" ")})`;
    case "given":
      return `(${e.negate ? "not-given" : "given"} ${printExpr(e.expr)})`;
    case "call":
      return `(${e.fn} ${e.args.map(printExpr).join(" ")} :${e.type})`;
    default:
      return assertNever(e, "expression");
  }
}

export function printAward(a: Award): string {
  switch (a.kind) {
    case "amount":
      return `(amount ${printExpr(a.amount)})`;
    case "rate":
      return `(rate ${printExpr(a.rate)} ${printExpr(a.base)})`;
    case "tiers":
      return `(tiers ${printExpr(a.base)} ${a.tiers.map((t) => `(>= ${printExpr(t.atLeast)} ${printExpr(t.amount)})`).join(" ")})`;
    case "lookup":
      return `(lookup ${printExpr(a.key)} ${a.cases.map((c) => `(${c.match} ${printExpr(c.amount)})`).join(" ")}${a.otherwise ? ` (otherwise ${printExpr(a.otherwise)})` : ""})`;
    default:
      return assertNever(a, "award kind");
  }
}

export function printClause(c: Clause): string {
  const parts = [`clause ${c.id}`];
  if (c.forEach) parts.push(`(for ${c.forEach.var} ${c.forEach.list})`);
  for (const w of c.conditions) parts.push(`(when ${printExpr(w)})`);
  if (c.award) parts.push(`(${c.basis === "up-to" ? "up-to " : ""}award ${printAward(c.award)})`);
  for (const cap of c.caps) parts.push(`(cap ${printExpr(cap.amount)})`);
  for (const u of c.uplifts)
    parts.push(`(uplift ${printExpr(u.rate)} ${u.order}${u.when ? ` ${printExpr(u.when)}` : ""})`);
  if (c.totalCap) parts.push(`(cap-total ${printExpr(c.totalCap.amount)})`);
  if (c.funding) parts.push(`(funded ${c.funding.payers.map((p) => `${p.name}:${p.share}`).join(" ")})`);
  if (c.nonMonetary !== undefined) parts.push(`(nonmonetary)`);
  return `(${parts.join(" ")})`;
}
