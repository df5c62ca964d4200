import { assertNever, type Award, type Clause, type Expr, type Policy, type ScalarKind, walkExpr } from "@subsidia/ir";
import { Dec } from "@subsidia/runtime";
import { addDays, caseValues, constValues, roundUp } from "./constants.js";
import { relatives } from "./relative.js";
import { clauseExprs, fieldOf, slotKey, slotOf, type SlotRef, slotsIn } from "./slots.js";

/**
 * What a policy's clauses say about one slot of the facts: its breakpoints (values where
 * an award can change: thresholds, tier bounds, cap knees, enum values, dates) and the
 * values its conditions ask for, so that a default applicant satisfies them.
 */
export interface Hint {
  ref: SlotRef;
  kind: ScalarKind;
  /** breakpoints a reviewer recognises: thresholds, bounds, round knees, enum values */
  primary: Set<string>;
  /** the values just beside them: a cent below a threshold, a knee to the cent */
  secondary: Set<string>;
  /** breakpoints that come from awards (knees, tier bounds): a default tries to pay */
  awardPoints: Set<string>;
  lower: string[];
  upper: string[];
  want: string[];
  avoid: string[];
  given?: boolean;
  /**
   * days before the default date a date slot defaults to: the start of a span (`days between l.from and l.to`)
   * that an award is proportional to, which is empty when every date fact falls on one day
   */
  before?: number;
}

export type Hints = Map<string, Hint>;

type Op = ">=" | ">" | "<=" | "<" | "=" | "!=";
const FLIP: Record<Op, Op> = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=", "!=": "!=" };
const NEGATE: Record<Op, Op> = { ">=": "<", ">": "<=", "<=": ">", "<": ">=", "=": "!=", "!=": "=" };

/** One step of a slot's type: a cent of money, one of an integer, a day of a date. */
export function step(value: string, kind: ScalarKind, by: number): string {
  if (kind === "date") return addDays(value, by);
  const unit = kind === "integer" ? 1 : kind === "percent" ? "0.0001" : "0.01";
  return new Dec(value).plus(new Dec(unit).times(by)).toFixed();
}

interface Ctx {
  hints: Hints;
  policy: Policy;
  clause: Clause | null;
  /** the search's default date: comparisons of two facts are read with every date fact on it */
  date?: string | undefined;
}

function hintFor(ctx: Ctx, ref: SlotRef): Hint | null {
  const field = fieldOf(ctx.policy, ref);
  if (!field || field.type.kind === "record" || field.type.kind === "list") return null;
  const key = slotKey(ref);
  let h = ctx.hints.get(key);
  if (!h) {
    h = {
      ref,
      kind: field.type.kind,
      primary: new Set(),
      secondary: new Set(),
      awardPoints: new Set(),
      lower: [],
      upper: [],
      want: [],
      avoid: [],
    };
    ctx.hints.set(key, h);
  }
  return h;
}

function constTexts(e: Expr, ctx: Ctx): string[] | null {
  if (e.k === "lit" && typeof e.value === "string" && (e.type === "date" || e.type === "enum" || e.type === "string"))
    return [e.value];
  return constValues(e, ctx.policy)?.map((d) => d.toFixed()) ?? null;
}

function threshold(e: Extract<Expr, { k: "cmp" }>, positive: boolean, constrain: boolean, ctx: Ctx): void {
  let slot = slotOf(e.left, ctx.clause);
  let values = constTexts(e.right, ctx);
  let op: Op = e.op;
  if (!slot || !values) {
    slot = slotOf(e.right, ctx.clause);
    values = constTexts(e.left, ctx);
    op = FLIP[op];
  }
  if (slot && values) return bound(slot, values, op, positive, constrain, ctx);
  if (ctx.date === undefined) return;
  // the other fact is on the default date only by default: no constraint on this one's default
  for (const r of relatives(e, ctx.policy, ctx.clause, ctx.date)) bound(r.slot, r.values, r.op, positive, false, ctx);
}

/** Breakpoints of `slot op value` (and the constraint it puts on a default, when `constrain`). */
function bound(slot: SlotRef, values: string[], op: Op, positive: boolean, constrain: boolean, ctx: Ctx): void {
  const h = hintFor(ctx, slot);
  if (!h) return;
  if (!positive) op = NEGATE[op];
  const numeric = h.kind !== "enum" && h.kind !== "string" && h.kind !== "boolean";
  for (const t of values) {
    h.primary.add(t);
    if (!numeric) {
      if (constrain) (op === "=" ? h.want : h.avoid).push(t);
      continue;
    }
    const below = step(t, h.kind, -1);
    const above = step(t, h.kind, 1);
    h.secondary.add(op === ">" || op === "<=" || op === "=" ? above : below);
    if (!constrain) continue;
    if (op === ">=") h.lower.push(t);
    if (op === ">") h.lower.push(above);
    if (op === "<=") h.upper.push(t);
    if (op === "<") h.upper.push(below);
    if (op === "=") h.want.push(t);
    if (op === "!=") h.avoid.push(t);
  }
}

/** Walks a condition; `constrain` is false where the condition need not hold (uplift `when`, later `or` branches). */
export function condition(e: Expr, positive: boolean, constrain: boolean, ctx: Ctx): void {
  switch (e.k) {
    case "and":
    case "or": {
      const all = (e.k === "and") === positive;
      e.args.forEach((a, i) => condition(a, positive, constrain && (all || i === 0), ctx));
      return;
    }
    case "not":
      return condition(e.expr, !positive, constrain, ctx);
    case "cmp":
      return threshold(e, positive, constrain, ctx);
    case "in": {
      const slot = slotOf(e.expr, ctx.clause);
      const h = slot ? hintFor(ctx, slot) : null;
      if (!h) return;
      e.values.forEach((v) => h.primary.add(v));
      if (constrain) (positive ? h.want : h.avoid).push(...e.values);
      return;
    }
    case "given": {
      const slot = slotOf(e.expr, ctx.clause);
      const h = slot ? hintFor(ctx, slot) : null;
      if (h && constrain) h.given = positive !== e.negate;
      return;
    }
    case "fact":
    case "item": {
      const slot = slotOf(e, ctx.clause);
      const h = slot ? hintFor(ctx, slot) : null;
      if (h && h.kind === "boolean" && constrain) h.want.push(String(positive));
      return;
    }
    case "if":
      condition(e.cond, positive, false, ctx);
      return;
    case "lit":
    case "param":
    case "arith":
    case "neg":
    case "call":
    case "lookup":
    case "steps":
    case "dateShift":
    case "between":
    case "awardOf":
      return;
    default:
      return assertNever(e, "expression");
  }
}

/**
 * Where a capped rate stops growing: cap / (rate × before-cap uplifts), as a round figure and to the cent;
 * `C + cap / rate` for a base `x − C`. Rates and caps chosen by case (`if`, `by`) give a knee per case.
 */
function knees(base: Expr, rates: Dec[], clause: Clause, ctx: Ctx): void {
  const [x, offsets] =
    base.k === "arith" && base.op === "-" ? [base.left, constValues(base.right, ctx.policy)] : [base, [new Dec(0)]];
  const slot = slotOf(x, ctx.clause);
  const h = slot && offsets?.length === 1 ? hintFor(ctx, slot) : null;
  if (!h) return;
  const offset = offsets![0]!;
  const caps = clause.caps.flatMap((c) => caseValues(c.amount, ctx.policy) ?? []);
  const factors = [
    new Dec(1),
    ...clause.uplifts
      .filter((u) => u.order === "before-cap")
      .flatMap((u) => (constValues(u.rate, ctx.policy) ?? []).map((r) => r.plus(1))),
  ];
  for (const cap of caps)
    for (const r of rates)
      for (const f of factors) {
        if (r.times(f).lte(0)) continue;
        const knee = cap.div(r.times(f)).plus(offset);
        const round = roundUp(knee).toFixed();
        h.primary.add(round);
        h.awardPoints.add(round);
        h.secondary.add(knee.toDecimalPlaces(2, Dec.ROUND_UP).toFixed());
        h.secondary.add(knee.toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed());
      }
}

/**
 * Where whole steps reach a cap: `A + S per T of (x - C)` pays K from x = C + ⌈(K − A) / S⌉ × T
 * (`50万元 + 5万元 per 10万美元 of (p.investment - 500万美元)` under `cap 500万元`).
 */
function stepKnees(amount: Expr, clause: Clause, ctx: Ctx): void {
  const [fixed, steps] =
    amount.k === "steps"
      ? [[new Dec(0)], amount]
      : amount.k === "arith" && amount.op === "+" && amount.right.k === "steps"
        ? [constValues(amount.left, ctx.policy), amount.right]
        : [null, null];
  if (!fixed || !steps || steps.since) return;
  const of = steps.of;
  const [x, start] =
    of.k === "arith" && of.op === "-" ? [of.left, constValues(of.right, ctx.policy)] : [of, [new Dec(0)]];
  const slot = slotOf(x, ctx.clause);
  const h = slot ? hintFor(ctx, slot) : null;
  if (!h || !start) return;
  const caps = clause.caps.flatMap((c) => caseValues(c.amount, ctx.policy) ?? []);
  for (const k of caps)
    for (const a of fixed)
      for (const s of constValues(steps.amount, ctx.policy) ?? [])
        for (const t of constValues(steps.step, ctx.policy) ?? [])
          for (const c of start) {
            if (!s.gt(0) || !t.gt(0) || !k.gt(a)) continue;
            const knee = c.plus(k.minus(a).div(s).ceil().times(t)).toFixed();
            h.primary.add(knee);
            h.awardPoints.add(knee);
            h.secondary.add(step(knee, h.kind, -1));
          }
}

function award(a: Award, clause: Clause, ctx: Ctx): void {
  if (a.kind === "rate") knees(a.base, caseValues(a.rate, ctx.policy) ?? [], clause, ctx);
  if (a.kind === "amount") stepKnees(a.amount, clause, ctx);
  if (a.kind === "amount" && a.amount.k === "arith" && a.amount.op === "*") {
    const { left, right } = a.amount;
    const [base, rate] = slotOf(left, clause) ? [left, right] : [right, left];
    knees(base, caseValues(rate, ctx.policy) ?? [], clause, ctx);
  }
  if (a.kind === "tiers") {
    const slot = slotOf(a.base, clause);
    const h = slot ? hintFor(ctx, slot) : null;
    if (!h) return;
    for (const t of a.tiers)
      for (const v of constValues(t.atLeast, ctx.policy) ?? []) {
        h.primary.add(v.toFixed());
        h.awardPoints.add(v.toFixed());
        h.secondary.add(step(v.toFixed(), h.kind, -1));
      }
  }
  if (a.kind === "lookup") lookupKeys(a.key, a.cases, ctx, true);
}

/** A lookup's keys (every case's, and one above the largest integer key: none matches); an award's pay. */
function lookupKeys(key: Expr, cases: readonly { match: string }[], ctx: Ctx, pays: boolean): void {
  const slot = slotOf(key, ctx.clause);
  const h = slot ? hintFor(ctx, slot) : null;
  if (!h) return;
  for (const c of cases) {
    h.primary.add(c.match);
    if (pays) h.awardPoints.add(c.match);
  }
  const ints = cases
    .map((c) => c.match)
    .filter((m) => /^-?\d+$/.test(m))
    .map(Number);
  if (ints.length > 0) h.secondary.add(String(Math.max(...ints) + 1));
}

/**
 * Adds what one clause of `policy` says about the slots it reads, and what the clauses it reads the
 * amount of (`award of newProject`) say: their conditions must hold and their awards pay for it to pay.
 */
export function collectClause(
  hints: Hints,
  policy: Policy,
  clause: Clause,
  date?: string,
  seen = new Set<string>(),
): void {
  if (seen.has(clause.id)) return;
  seen.add(clause.id);
  const ctx: Ctx = { hints, policy, clause, date };
  for (const c of clause.conditions) condition(c, true, true, ctx);
  if (clause.award) award(clause.award, clause, ctx);
  for (const u of clause.uplifts) if (u.when) condition(u.when, true, false, ctx);
  spans(clause, ctx);
  for (const e of clauseExprs(clause))
    for (const node of walkExpr(e)) {
      if (node.k === "if") condition(node.cond, true, false, ctx);
      if (node.k === "lookup") lookupKeys(node.key, node.cases, ctx, false);
      if (node.k !== "awardOf") continue;
      const other = policy.articles.flatMap((a) => a.clauses).find((c) => c.id === node.clause);
      if (other) collectClause(hints, policy, other, date, seen);
    }
}

/**
 * The start of each span between two dates of the facts (`days between l.from and l.to`, an interest
 * period) defaults to a year before its end, so that an amount proportional to it is not 0 in both
 * versions (which hid every change of a rate it is multiplied by).
 */
function spans(clause: Clause, ctx: Ctx): void {
  let found = false;
  for (const e of clauseExprs(clause))
    for (const node of walkExpr(e)) {
      if (node.k !== "between" || !slotOf(node.to, clause)) continue;
      const from = slotOf(node.from, clause);
      const h = from ? hintFor(ctx, from) : null;
      if (h && h.kind === "date") (h.before = 365), (found = true);
    }
  // the other facts of such an amount (the loan's principal) are varied too, from a default that pays
  const a = clause.award;
  if (found && a?.kind === "amount") for (const slot of slotsIn(a.amount, clause)) hintFor(ctx, slot);
}

/** Adds the dates where a policy's outcome can change: its in-force window and the dates parameters change value. */
export function collectDates(hints: Hints, policy: Policy): void {
  const v = policy.validity;
  if (!v) return;
  const h = hintFor({ hints, policy, clause: null }, { scope: "fact", path: [v.dateInput] });
  if (!h) return;
  for (const d of [v.from, v.to]) h.primary.add(d);
  h.secondary.add(addDays(v.from, -1));
  h.secondary.add(addDays(v.to, 1));
  for (const p of policy.params)
    for (const x of p.values) if (x.from) h.primary.add(x.from), h.secondary.add(addDays(x.from, -1));
}
