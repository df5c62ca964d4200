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
    case "if":
      return `(if ${printExpr(e.cond)} ${printExpr(e.then)} ${printExpr(e.else)} :${e.type})`;
    case "lookup": {
      const cases = e.cases.map((c) => `(${c.match} ${printExpr(c.value)})`).join(" ");
      return `(by ${printExpr(e.key)} ${cases}${e.otherwise ? ` (otherwise ${printExpr(e.otherwise)})` : ""} :${e.type})`;
    }
    case "steps":
      return `(per ${printExpr(e.amount)} ${printExpr(e.step)} ${printExpr(e.of)}${e.since ? ` (since ${printExpr(e.since)})` : ""} :${e.type})`;
    case "dateShift":
      return `(${e.op} ${printExpr(e.date)} ${printExpr(e.count)} ${e.unit})`;
    case "between":
      return `(${e.unit}-between ${printExpr(e.from)} ${printExpr(e.to)})`;
    case "awardOf":
      return `(award-of ${e.clause})`;
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
      return `(tiers ${printExpr(a.base)}${a.since ? ` (since ${printExpr(a.since)})` : ""} ${a.tiers.map((t) => `(>= ${printExpr(t.atLeast)} ${printExpr(t.amount)})`).join(" ")})`;
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
  if (c.rangeLow) parts.push(`(from ${printAward(c.rangeLow)})`);
  for (const cap of c.caps) parts.push(`(cap ${printExpr(cap.amount)})`);
  for (const u of c.uplifts)
    parts.push(`(uplift ${printExpr(u.rate)} ${u.order}${u.when ? ` ${printExpr(u.when)}` : ""})`);
  if (c.totalCap) parts.push(`(cap-total ${printExpr(c.totalCap.amount)})`);
  if (c.funding) parts.push(`(funded ${c.funding.payers.map((p) => `${p.name}:${p.share}`).join(" ")})`);
  if (c.nonMonetary !== undefined) parts.push(`(nonmonetary)`);
  for (const h of c.historyCaps ?? [])
    parts.push(`(cap-${h.scope} ${printExpr(h.amount)} over ${h.years === null ? "lifetime" : `${h.years} years`})`);
  if (c.once) parts.push("(once)");
  if (c.lessReceived) parts.push("(less-received)");
  if (c.schedule)
    parts.push(`(pay ${c.schedule.map((i) => `(${printExpr(i.share)} ${printExpr(i.on)} ${i.label})`).join(" ")})`);
  if (c.selection) {
    const s = c.selection;
    parts.push(
      `(select ${s.mode} ${s.count} ${printExpr(s.by)} ${s.order}${s.per ? ` (per ${printExpr(s.per)})` : ""})`,
    );
  }
  if (c.onePer) parts.push(`(one-per ${printExpr(c.onePer.key)})`);
  for (const r of c.rules ?? []) parts.push(`(rule ${r.title}${r.number ? ` ${r.number}` : ""})`);
  return `(${parts.join(" ")})`;
}
