import type { Clause, Expr, Param } from "@subsidia/ir";

const cache = new WeakMap<Clause, string[]>();

function paramsIn(e: Expr | undefined, out: Set<string>): void {
  if (!e) return;
  switch (e.k) {
    case "param":
      out.add(e.name);
      break;
    case "arith":
    case "cmp":
      paramsIn(e.left, out);
      paramsIn(e.right, out);
      break;
    case "neg":
    case "not":
    case "in":
    case "given":
      paramsIn(e.expr, out);
      break;
    case "and":
    case "or":
    case "call":
      e.args.forEach((a) => paramsIn(a, out));
      break;
    default:
      break;
  }
}

/**
 * The reasons of the pending parameters a clause's amount depends on (award, caps,
 * uplift rates). When there are any, an eligible item is pending whatever else its
 * amount would read: the rate is missing, not the applicant's facts.
 */
export function pendingReasons(clause: Clause, params: ReadonlyMap<string, Param>): string[] {
  let reasons = cache.get(clause);
  if (reasons) return reasons;
  const names = new Set<string>();
  const a = clause.award;
  if (a) {
    if (a.kind === "amount") paramsIn(a.amount, names);
    if (a.kind === "rate") [a.rate, a.base].forEach((e) => paramsIn(e, names));
    if (a.kind === "tiers")
      [a.base, ...a.tiers.flatMap((t) => [t.atLeast, t.amount])].forEach((e) => paramsIn(e, names));
    if (a.kind === "lookup") [a.key, a.otherwise, ...a.cases.map((c) => c.amount)].forEach((e) => paramsIn(e, names));
  }
  clause.caps.forEach((c) => paramsIn(c.amount, names));
  clause.uplifts.forEach((u) => paramsIn(u.rate, names));
  reasons = [...names].flatMap((n) => {
    const p = params.get(n);
    return p?.pending !== undefined ? [p.pending] : [];
  });
  cache.set(clause, reasons);
  return reasons;
}
