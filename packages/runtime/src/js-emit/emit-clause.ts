import { assertNever, type Expr } from "@subsidia/ir";
import type { AwardPlan, BasePlan, ClausePlan, StepPlan } from "@subsidia/plan";
import { Dec } from "../money.js";
import { emitBaseAmount, needDecimal, type Vars } from "./emit-award.js";
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

/** What the history says this clause paid the item (in a window of years): an absent date rules the item out. */
function received(c: ClausePlan, years: number | null, s: Scope, out: string[]): string {
  const got = s.src.temp();
  const item = s.item ? "id" : "undefined";
  out.push(
    `const ${got} = H.received(X.history, ${s.src.constant(c.clause.id)}, ${item}, ${years === null ? "null" : years}, date);`,
    `if (${got} instanceof Unk) return NONE;`,
  );
  return got;
}

/** One step of the plan's pipeline after the base amount, on `v.amount` (and `v.zeroBy`). */
function step(c: ClausePlan, st: StepPlan, v: Vars, s: Scope, out: string[]): void {
  const body: string[] = [];
  switch (st.kind) {
    case "uplift":
      return uplift(st, v.amount, s, out);
    case "cap": {
      const limit = needDecimal(st.limit, s, body);
      const why = `H.capZeroBy(${s.src.constant(st.limit)}, ${limit})`;
      body.push(
        `if (${v.amount}.gt(${limit})) { ${v.amount} = ${limit}; if (${v.zeroBy} === null) ${v.zeroBy} = ${why}; }`,
      );
      break;
    }
    case "less-received": {
      const got = received(c, null, s, body);
      body.push(
        `const r = H.lessReceivedBy(${v.amount}, ${got});`,
        `${v.amount} = r.next; if (${v.zeroBy} === null) ${v.zeroBy} = r.zeroBy;`,
      );
      break;
    }
    case "history-cap": {
      const limit = needDecimal(st.limit, s, body);
      const got = received(c, st.years, s, body);
      body.push(
        `const r = H.historyCapBy(${v.amount}, ${limit}, ${got}, ${s.src.constant(st)});`,
        `${v.amount} = r.next; if (${v.zeroBy} === null) ${v.zeroBy} = r.zeroBy;`,
      );
      break;
    }
    case "round":
      out.push(`${v.amount} = round(${v.amount});`);
      return;
    default:
      return assertNever(st, "step");
  }
  out.push("{", ...indent(body), "}");
}

/** The base amount through the plan's steps into `v`; `none` runs when no tier or case applies. */
function pipeline(c: ClausePlan, base: BasePlan, award: AwardPlan, v: Vars, s: Scope, out: string[], none: string) {
  out.push(`let ${v.amount}, ${v.zeroBy} = null;`);
  emitBaseAmount(base, v, s, out, none);
  for (const st of award.steps) step(c, st, v, s, out);
}

/** The extras of an award item (range, schedule, selection, `one per`) into the variable `extra`. */
function extras(c: ClausePlan, award: AwardPlan, fns: { low?: string }, v: Vars, s: Scope, out: string[]): boolean {
  const one = s.plan.exclusions.find((x) => x.kind === "one-per" && x.clause === c.index);
  if (!award.low && !award.schedule && !award.selection && !one) return false;
  out.push("const extra = {};");
  if (award.low) {
    out.push(
      `const low = ${fns.low}(facts, date, rec, id, X);`,
      "if (low === NONE) return NONE; if (low instanceof Unk) return low;",
      `extra.low = low === NOTIER || low instanceof H.Zero ? H.ZERO : H.Dec.min(low, ${v.amount});`,
    );
  }
  const known = (e: Expr): string => {
    const t = emitExpr(e, s, out);
    return `(${t} instanceof Unk ? null : ${t})`;
  };
  if (award.schedule) {
    const parts = award.schedule.map((x) => {
      const share = needDecimal(x.share, s, out);
      const date = known(x.on);
      return `{ share: ${share}, date: typeof ${date} === "string" ? ${date} : null }`;
    });
    out.push(`extra.schedule = [${parts.join(", ")}];`);
  }
  const sel = award.selection;
  if (sel) out.push(`extra.selection = { by: ${known(sel.by)}, per: ${sel.per ? known(sel.per) : "null"} };`);
  if (one && one.kind === "one-per") {
    const k = known(one.key);
    out.push(`extra.onePer = ${k} === null ? null : H.key(${k});`);
  }
  return true;
}

/**
 * One item of a clause with an award (`evalItem`): conditions → once → pending parameters → the
 * base amount → the plan's steps. Returns the rounded amount (a decimal > 0) or `{ amount,
 * extra }` when the clause has extras, a `Zero` with its reason, an `Unk` when pending, or
 * `NONE`. `round` is the policy's rounding, declared by the caller.
 */
export function emitItem(c: ClausePlan, award: AwardPlan, fns: ItemFns, s: Scope): string[] {
  const out: string[] = [];
  const head = (name: string) => `function ${name}(facts, date, rec, id, X) {`;
  emitConditions(c.conditions, s, out, "return NONE;", (u) => `return ${u};`);
  if (award.once)
    out.push(
      `{ const z = H.onceReason(X.history, ${s.src.constant(c)}, id, date); if (z !== null) return new H.Zero(z); }`,
    );
  if (award.pending !== null) {
    out.push(`return ${s.src.constant(pendingUnk(award.pending))};`);
    return [head(fns.item), ...indent(out), "}"];
  }
  const lowFn: string[] = [];
  if (award.low && fns.low) {
    const low: string[] = [];
    emitConditions(c.conditions, s, low, "return NONE;", (u) => `return ${u};`);
    const lv: Vars = { amount: s.src.temp(), zeroBy: s.src.temp() };
    pipeline(c, award.low, award, lv, s, low, "return NOTIER;");
    low.push(`return ${lv.amount};`);
    lowFn.push(head(fns.low), ...indent(low), "}");
  }
  const v: Vars = { amount: s.src.temp(), zeroBy: s.src.temp() };
  pipeline(c, award.base, award, v, s, out, "return NONE;");
  out.push(`if (!${v.amount}.gt(0)) return new H.Zero(${v.zeroBy} ?? "the amount comes to 0");`);
  if (extras(c, award, fns, v, s, out)) out.push(`return { amount: ${v.amount}, extra };`);
  else out.push(`return ${v.amount};`);
  return [...lowFn, head(fns.item), ...indent(out), "}"];
}

/** The generated functions of one clause's items: the amount, and the low end of a range. */
export interface ItemFns {
  item: string;
  low?: string;
}

/** Whether a non-monetary clause applies to an item: its conditions are not "no". */
export function emitApplies(c: ClausePlan, fn: string, s: Scope): string[] {
  const out: string[] = [];
  emitConditions(c.conditions, s, out, "return false;", () => "");
  out.push("return true;");
  return [`function ${fn}(facts, date, rec, id, X) {`, ...indent(out), "}"];
}
