import { assertNever, type Expr } from "@subsidia/ir";
import type { AwardPlan, ClausePlan, StepPlan } from "@subsidia/plan";
import { Dec } from "../money.js";
import { emitBaseAmount, needDecimal } from "./emit-award.js";
import { emitExpr, type Scope } from "./emit-expr.js";
import { indent } from "./source.js";
import { pendingUnk } from "./values.js";

/**
 * All `when` lines (the interpreter's `conditionsHold`): `no` runs on the first false or
 * when an absent fact leaves a line unknown; `pending(u)` when a pending parameter does.
 */
export function emitConditions(
  conditions: readonly Expr[],
  s: Scope,
  out: string[],
  no: string,
  pending: (u: string) => string,
): void {
  if (conditions.length === 0) return;
  const u = s.src.temp();
  out.push(`let ${u} = null;`);
  for (const c of conditions) {
    const v = emitExpr(c, s, out);
    out.push(
      `if (${v} === false) ${no}`,
      `if (${v} instanceof Unk) ${u} = H.pick(${u}, ${v}); else if (${v} !== true) throw H.notCondition(${s.src.constant(c)});`,
    );
  }
  out.push(`if (${u} !== null) { if (${u}.absent) ${no} ${pending(u)} }`);
}

type Uplift = Extract<StepPlan, { kind: "uplift" }>;

/** `amount × (1 + rate)` when the uplift's condition holds; a pending condition makes the item pending. */
function uplift(u: Uplift, amount: string, s: Scope, out: string[]): void {
  const body: string[] = [];
  let applies = "true";
  if (u.when) {
    const w = emitExpr(u.when, s, body);
    body.push(`if (${w} instanceof Unk && !${w}.absent) return ${w};`);
    applies = `${w} === true`;
  }
  const inner: string[] = [];
  const rate = needDecimal(u.rate, s, inner);
  const known = s.src.known(rate)?.value;
  const factor = known instanceof Dec ? s.src.constant(known.plus(1)) : `${rate}.plus(1)`;
  inner.push(`${amount} = ${amount}.times(${factor});`);
  body.push(`if (${applies}) {`, ...indent(inner), "}");
  out.push("{", ...indent(body), "}");
}

/** One step of the plan's pipeline after the base amount, on the variable `amount`. */
function step(st: StepPlan, amount: string, s: Scope, out: string[]): void {
  switch (st.kind) {
    case "uplift":
      return uplift(st, amount, s, out);
    case "cap": {
      const body: string[] = [];
      const limit = needDecimal(st.limit, s, body);
      body.push(`if (${amount}.gt(${limit})) ${amount} = ${limit};`);
      out.push("{", ...indent(body), "}");
      return;
    }
    case "round":
      out.push(`${amount} = round(${amount});`);
      return;
    default:
      return assertNever(st, "step");
  }
}

/**
 * One item of a clause with an award (`evalItem`): conditions → pending parameters → the base
 * amount → the plan's steps. Returns the rounded amount (a decimal > 0), an `Unk` when pending,
 * or `NONE`. `round` is the policy's rounding, declared by the caller.
 */
export function emitItem(c: ClausePlan, award: AwardPlan, fn: string, s: Scope): string[] {
  const out: string[] = [];
  emitConditions(c.conditions, s, out, "return NONE;", (u) => `return ${u};`);
  if (award.pending !== null) {
    out.push(`return ${s.src.constant(pendingUnk(award.pending))};`);
    return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
  }
  const amount = s.src.temp();
  out.push(`let ${amount};`);
  emitBaseAmount(award.base, amount, s, out);
  for (const st of award.steps) step(st, amount, s, out);
  out.push(`return ${amount}.gt(0) ? ${amount} : NONE;`);
  return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
}

/** Whether a non-monetary clause applies to an item: its conditions are not "no". */
export function emitApplies(c: ClausePlan, fn: string, s: Scope): string[] {
  const out: string[] = [];
  emitConditions(c.conditions, s, out, "return false;", () => "");
  out.push("return true;");
  return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
}
