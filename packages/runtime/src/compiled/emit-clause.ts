import type { Clause, Expr, Param, Uplift } from "@subsidia/ir";
import { Dec } from "../money.js";
import { pendingReasons } from "../pending-params.js";
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

/** Parameters an explanation reads on its own: those under `and`/`or`, which may have been skipped. */
function explainedParams(e: Expr, out: Map<string, Expr>, underLogic: boolean): void {
  switch (e.k) {
    case "param":
      if (underLogic) out.set(e.src, e);
      return;
    case "lit":
    case "fact":
    case "item":
      return;
    case "arith":
    case "cmp":
      explainedParams(e.left, out, underLogic);
      explainedParams(e.right, out, underLogic);
      return;
    case "neg":
    case "not":
    case "in":
    case "given":
      explainedParams(e.expr, out, underLogic);
      return;
    case "and":
    case "or":
      for (const a of e.args) explainedParams(a, out, true);
      return;
    case "call":
      for (const a of e.args) explainedParams(a, out, underLogic);
      return;
  }
}

/**
 * The interpreter explains a condition such as `not (a and rate > 0)` by reading each
 * reference on its own, including a parameter that `and` skipped; reading it may fail
 * (a parameter defined by itself). The same reads are made here, so the same policies fail.
 */
function explanationReads(conditions: readonly Expr[], s: Scope, out: string[]): void {
  for (const c of conditions) {
    if (c.k === "fact" || c.k === "item" || c.k === "param" || c.k === "given" || c.k === "in" || c.k === "cmp")
      continue;
    const refs = new Map<string, Expr>();
    explainedParams(c, refs, false);
    for (const r of refs.values())
      if (r.k === "param" && s.params.get(r.name)?.kind !== "constant") emitExpr(r, s, out);
  }
}

function uplifts(list: readonly Uplift[], order: Uplift["order"], amount: string, s: Scope, out: string[]): void {
  for (const u of list) {
    if (u.order !== order) continue;
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
}

/**
 * One item of a clause with an award (`evalItem`): conditions → amount → uplifts before
 * cap → caps → uplifts after cap → rounding. Returns the rounded amount (a decimal > 0),
 * an `Unk` when pending, or `NONE`. `round` is the policy's rounding, declared by the caller.
 */
export function emitItem(clause: Clause, fn: string, s: Scope, params: ReadonlyMap<string, Param>): string[] {
  const award = clause.award!;
  const out: string[] = [];
  emitConditions(clause.conditions, s, out, "return NONE;", (u) => `return ${u};`);
  const reasons = pendingReasons(clause, params);
  if (reasons.length > 0) {
    out.push(`return ${s.src.constant(pendingUnk(reasons.join("; ")))};`);
    return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
  }
  explanationReads(clause.conditions, s, out);
  const amount = s.src.temp();
  out.push(`let ${amount};`);
  emitBaseAmount(award, amount, s, out);
  uplifts(clause.uplifts, "before-cap", amount, s, out);
  for (const cap of clause.caps) {
    const body: string[] = [];
    const limit = needDecimal(cap.amount, s, body);
    body.push(`if (${amount}.gt(${limit})) ${amount} = ${limit};`);
    out.push("{", ...indent(body), "}");
  }
  uplifts(clause.uplifts, "after-cap", amount, s, out);
  out.push(`${amount} = round(${amount});`, `return ${amount}.gt(0) ? ${amount} : NONE;`);
  return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
}

/** Whether a non-monetary clause applies to an item: its conditions are not "no". */
export function emitApplies(clause: Clause, fn: string, s: Scope): string[] {
  const out: string[] = [];
  emitConditions(clause.conditions, s, out, "return false;", () => "");
  out.push("return true;");
  return [`function ${fn}(facts, date, rec) {`, ...indent(out), "}"];
}
