import { assertNever, printExpr } from "@subsidia/ir";
import type { AwardPlan, BasePlan, ClausePlan, ParamPlan, Plan, StepPlan } from "./types.js";

const q = (text: string): string => JSON.stringify(text);

function printParam(p: ParamPlan): string {
  if (p.pending !== null) return `(param ${p.name} :${p.type} (pending ${q(p.pending)}))`;
  const values = p.values.map((v) => `(${v.from === null ? "always" : `from ${v.from}`} ${printExpr(v.value)})`);
  return `(param ${p.name} :${p.type} ${values.join(" ")})`;
}

function printBase(b: BasePlan): string {
  switch (b.kind) {
    case "amount":
      return `(amount ${printExpr(b.amount)})`;
    case "rate":
      return `(rate ${printExpr(b.rate)} ${printExpr(b.base)})`;
    case "tiers":
      return `(tiers ${printExpr(b.base)} ${b.tiers.map((t) => `(>= ${printExpr(t.atLeast)} ${printExpr(t.amount)})`).join(" ")})`;
    case "lookup": {
      const cases = b.cases.map((c) => `(${c.match} ${printExpr(c.amount)})`).join(" ");
      return `(lookup ${printExpr(b.key)} ${cases}${b.otherwise ? ` (otherwise ${printExpr(b.otherwise)})` : ""})`;
    }
    default:
      return assertNever(b, "base amount");
  }
}

function printStep(s: StepPlan): string {
  switch (s.kind) {
    case "uplift":
      return `(uplift ${s.order} ${printExpr(s.rate)}${s.when ? ` (when ${printExpr(s.when)})` : ""})`;
    case "cap":
      return `(cap ${printExpr(s.limit)})`;
    case "round":
      return "(round)";
    default:
      return assertNever(s, "step");
  }
}

function printAward(a: AwardPlan): string[] {
  const lines = [`(${a.basis})`];
  if (a.pending !== null) lines.push(`(pending ${q(a.pending)})`);
  lines.push(printBase(a.base), ...a.steps.map(printStep));
  if (a.funding) lines.push(`(funding ${a.funding.payers.map((p) => `${p.name} ${p.fraction}`).join(", ")})`);
  return lines;
}

function printClause(c: ClausePlan): string {
  const head = `(clause ${c.index} ${c.path}${c.forEach ? ` (for ${c.forEach.var} ${c.forEach.list})` : ""}`;
  const body = [
    ...c.conditions.map((w) => `(when ${printExpr(w)})`),
    ...(c.award ? printAward(c.award) : []),
    ...(c.nonMonetary !== null ? ["(nonmonetary)"] : []),
    ...(c.stackKey !== null ? [`(stack ${q(c.stackKey)})`] : []),
  ];
  return `${[head, ...body.map((l) => `  ${l}`)].join("\n")})`;
}

/**
 * A compact S-expression form of a plan, one step per line, so that a golden test reads like
 * the evaluation order it checks.
 */
export function printPlan(plan: Plan): string {
  const v = plan.validity;
  const r = plan.rounding;
  const lines = [
    `(plan ${plan.id}`,
    v ? `(validity ${v.from} ${v.to} on ${v.dateInput})` : "(validity always)",
    `(rounding ${r.unit} ${r.mode})`,
    ...[...plan.params.values()].map(printParam),
    ...plan.clauses.map(printClause),
    ...plan.aggregates.map(
      (a) => `(aggregate ${a.label} (members ${a.members.join(" ")}) (limit ${printExpr(a.limit)}))`,
    ),
    `(stacking ${plan.stacking.rule}${plan.stacking.text ? ` ${q(plan.stacking.text)}` : ""}))`,
  ];
  return lines.map((l, i) => (i === 0 ? l : l.replace(/^/gm, "  "))).join("\n");
}
