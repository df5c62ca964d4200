import { assertNever, type Expr } from "@subsidia/ir";
import type { AwardPlan, BasePlan, ClausePlan, Plan, StepPlan } from "@subsidia/plan";
import { Dec } from "../money.js";
import { emitFast } from "./fast-expr.js";
import { type FastNum, type FastScope, type FastVal, guard, MAX_SCALE, NoFast, rescale } from "./fast-values.js";
import { indent, quote } from "./source.js";
import { POW10 } from "./units.js";
import { pendingUnk } from "./values.js";

/**
 * One item of a clause on the integer fast path: the plan's pipeline (conditions → once →
 * pending → base amount → steps) as `emit-clause.ts` generates it on decimals, with the
 * amount an integer at a scale fixed while generating. The function returns the amount in
 * cents (> 0), a `Zero`, an `Unk`, `NONE`, or `SLOW` when a value does not fit: the caller
 * then runs the decimal function, which decides. Throws `NoFast` while generating when the
 * clause has a construct without an integer form (that clause keeps the decimal code alone).
 */

/** A value the amount depends on: an unknown stops the item (pending, or nothing when absent). */
function need(e: Expr, s: FastScope, out: string[]): FastVal {
  const v = emitFast(e, s, out);
  if (v.kind === "num" && !v.unk) return v;
  out.push(`if (${v.ref} instanceof Unk) return ${v.ref}.absent ? NONE : ${v.ref};`);
  return v.kind === "num" ? { ...v, unk: false } : v;
}

function needNum(e: Expr, s: FastScope, out: string[]): FastNum {
  const v = need(e, s, out);
  if (v.kind !== "num") throw new NoFast("not a number");
  return v;
}

/** All `when` lines (the interpreter's `conditionsHold`), in order, in Kleene logic. */
function conditions(list: readonly Expr[], s: FastScope, out: string[]): void {
  if (list.length === 0) return;
  const u = s.src.temp();
  out.push(`let ${u} = null;`);
  for (const c of list) {
    const v = emitFast(c, s, out);
    if (v.kind === "num") throw new NoFast("a number as a condition");
    out.push(
      `if (${v.ref} === false) return NONE;`,
      `if (${v.ref} instanceof Unk) ${u} = H.pick(${u}, ${v.ref});`,
      `else if (${v.ref} !== true) throw H.notCondition(${s.src.constant(c)});`,
    );
  }
  out.push(`if (${u} !== null) { if (${u}.absent) return NONE; return ${u}; }`);
}

/** The amount as the steps change it: a variable at a scale known while generating. */
interface Amount {
  ref: string;
  zeroBy: string;
  scale: number;
  max: number;
}

/** Cases (tiers, lookups) that each set the amount: every case's value at one scale. */
function cases(values: readonly { label: string; expr: Expr }[], a: Amount, s: FastScope): string[] {
  const bodies = values.map(({ expr }) => {
    const body: string[] = [];
    return { body, v: needNum(expr, s, body) };
  });
  const scale = Math.max(0, ...bodies.map((b) => b.v.scale));
  const xs = bodies.map(({ body, v }) => rescale(v, scale, s, body));
  Object.assign(a, { scale, max: Math.max(0, ...xs.map((x) => x.max)) });
  return bodies.flatMap(({ body }, i) => [
    `${values[i]!.label} {`,
    ...indent([...body, `${a.ref} = ${xs[i]!.ref};`, "break;"]),
    "}",
  ]);
}

function tiers(award: Extract<BasePlan, { kind: "tiers" }>, a: Amount, s: FastScope, out: string[]): void {
  if (award.since) throw new NoFast("first-time tiers");
  const base = needNum(award.base, s, out);
  const thresholds = award.tiers.map((t) => needNum(t.atLeast, s, out));
  const scale = Math.max(base.scale, ...thresholds.map((t) => t.scale));
  const b = rescale(base, scale, s, out);
  const [best, at] = [s.src.temp(), s.src.temp()];
  out.push(`let ${best} = -1, ${at} = 0;`);
  thresholds.forEach((t, i) => {
    const x = rescale(t, scale, s, out);
    out.push(
      `if (${b.ref} >= ${x.ref} && (${best} === -1 || ${x.ref} >= ${at})) { ${best} = ${i}; ${at} = ${x.ref}; }`,
    );
  });
  const body = cases(
    award.tiers.map((t, i) => ({ label: `case ${i}:`, expr: t.amount })),
    a,
    s,
  );
  out.push(`switch (${best}) {`, ...indent(body), "  default: return NONE;", "}");
}

function lookup(award: Extract<BasePlan, { kind: "lookup" }>, a: Amount, s: FastScope, out: string[]): void {
  const key = need(award.key, s, out);
  // a whole number's key is its digits (`keyText` of a decimal integer below 10^15)
  if (key.kind === "num" && key.scale !== 0) throw new NoFast("a fraction as a key");
  const text = key.kind === "num" ? `String(${key.ref})` : `H.key(${key.ref})`;
  const values = award.cases.map((c) => ({ label: `case ${quote(c.match)}:`, expr: c.amount }));
  if (award.otherwise) values.push({ label: "default:", expr: award.otherwise });
  const body = cases(values, a, s);
  if (!award.otherwise) body.push("default: return NONE;");
  out.push(`switch (${text}) {`, ...indent(body), "}");
}

function base(award: BasePlan, a: Amount, s: FastScope, out: string[]): void {
  switch (award.kind) {
    case "amount": {
      const v = needNum(award.amount, s, out);
      out.push(`${a.ref} = ${v.ref};`);
      Object.assign(a, { scale: v.scale, max: v.max });
      return;
    }
    case "rate": {
      const r = needNum(award.rate, s, out);
      const b = needNum(award.base, s, out);
      const scale = r.scale + b.scale;
      if (scale > MAX_SCALE) throw new NoFast("scale");
      out.push(`${a.ref} = ${r.ref} * ${b.ref};`);
      Object.assign(a, { scale, max: guard(a.ref, r.max * b.max, false, s, out) });
      return;
    }
    case "tiers":
      return tiers(award, a, s, out);
    case "lookup":
      return lookup(award, a, s, out);
    default:
      return assertNever(award, "base amount");
  }
}

/** The amount × 10^k, checked. */
function scaleUp(a: Amount, scale: number, s: FastScope, out: string[]): void {
  if (scale === a.scale) return;
  if (scale > MAX_SCALE) throw new NoFast("scale");
  const k = POW10[scale - a.scale]!;
  out.push(`${a.ref} *= ${k};`);
  Object.assign(a, { scale, max: guard(a.ref, a.max * k, false, s, out) });
}

type Uplift = Extract<StepPlan, { kind: "uplift" }>;

/** `amount × (1 + rate)` when the uplift's condition holds, else × 1 at the same scale. */
function uplift(u: Uplift, a: Amount, s: FastScope, out: string[]): void {
  const body: string[] = [];
  let applies = "true";
  if (u.when) {
    const w = emitFast(u.when, s, body);
    if (w.kind === "num") throw new NoFast("a number as a condition");
    body.push(`if (${w.ref} instanceof Unk && !${w.ref}.absent) return ${w.ref};`);
    applies = `${w.ref} === true`;
  }
  const inner: string[] = [];
  const rate = needNum(u.rate, s, inner);
  const one = POW10[rate.scale]!;
  const scale = a.scale + rate.scale;
  if (scale > MAX_SCALE) throw new NoFast("scale");
  inner.push(`${a.ref} *= ${one} + ${rate.ref};`);
  const max = a.max * (one + rate.max);
  guard(a.ref, max, false, s, inner);
  body.push(`if (${applies}) {`, ...indent(inner), `} else ${a.ref} *= ${one};`);
  out.push("{", ...indent(body), "}");
  Object.assign(a, { scale, max: Math.min(max, Number.MAX_SAFE_INTEGER) });
}

function cap(limitExpr: Expr, a: Amount, s: FastScope, out: string[]): void {
  const body: string[] = [];
  const limit = needNum(limitExpr, s, body);
  const scale = Math.max(a.scale, limit.scale);
  const l = rescale(limit, scale, s, body);
  scaleUp(a, scale, s, out);
  const why = s.src.constant(`cap ${limitExpr.src}: nothing left`);
  body.push(
    `if (${a.ref} > ${l.ref}) {`,
    `  ${a.ref} = ${l.ref};`,
    `  if (${a.zeroBy} === null) ${a.zeroBy} = ${l.ref} <= 0 ? ${why} : null;`,
    "}",
  );
  out.push("{", ...indent(body), "}");
}

/** Rounding to the policy's unit (digits × 10^-places) in its mode, by exact integer division. */
function round(plan: Plan, a: Amount, s: FastScope, out: string[]): void {
  const unit = new Dec(plan.rounding.unit);
  const places = Math.max(0, unit.decimalPlaces());
  const digits = unit.times(new Dec(10).pow(places));
  if (places > 2 || !digits.isInteger() || digits.gt(1e6)) throw new NoFast("rounding unit");
  if (places > a.scale) scaleUp(a, places, s, out);
  const d = digits.toNumber() * POW10[a.scale - places]!;
  out.push(`${a.ref} = H.divRound(${a.ref}, ${d}, ${quote(plan.rounding.mode)}) * ${digits.toNumber()};`);
  // |n / d| rounded away from zero, times the unit's digits, in the unit's scale
  Object.assign(a, { scale: places, max: (Math.ceil(a.max / d) + 1) * digits.toNumber() });
}

function step(st: StepPlan, a: Amount, s: FastScope, out: string[]): void {
  switch (st.kind) {
    case "uplift":
      return uplift(st, a, s, out);
    case "cap":
      return cap(st.limit, a, s, out);
    case "round":
      return round(s.plan, a, s, out);
    default:
      throw new NoFast(st.kind);
  }
}

/** Whether the writer of the fast path can write this clause's awards (no funding, range, instalments, selection). */
export function plainAward(c: ClausePlan, plan: Plan): boolean {
  const a = c.award;
  if (!a || a.low || a.funding || a.schedule || a.selection || a.basis === "range") return false;
  return !plan.exclusions.some((x) => x.kind === "one-per" && x.clause === c.index);
}

/** The function `fn(facts, date, rec, id, X)` of one item on the fast path, or NoFast. */
export function emitFastItem(c: ClausePlan, award: AwardPlan, fn: string, s: FastScope): string[] {
  // a pending item has no amount to write: its extras do not matter
  if (award.pending === null && !plainAward(c, s.plan)) throw new NoFast("extras");
  const out: string[] = [];
  conditions(c.conditions, s, out);
  if (award.once)
    out.push(
      `{ const z = H.onceReason(X.history, ${s.src.constant(c)}, id, date); if (z !== null) return new H.Zero(z); }`,
    );
  if (award.pending !== null) out.push(`return ${s.src.constant(pendingUnk(award.pending))};`);
  else {
    const a: Amount = { ref: s.src.temp(), zeroBy: s.src.temp(), scale: 0, max: 0 };
    out.push(`let ${a.ref} = 0, ${a.zeroBy} = null;`);
    base(award.base, a, s, out);
    for (const st of award.steps) step(st, a, s, out);
    if (a.scale > 2) throw new NoFast("an amount finer than cents");
    scaleUp(a, 2, s, out);
    out.push(`if (!(${a.ref} > 0)) return new H.Zero(${a.zeroBy} ?? "the amount comes to 0");`, `return ${a.ref};`);
  }
  return [`function ${fn}(facts, date, rec, id, X) {`, ...indent(out), "}"];
}
