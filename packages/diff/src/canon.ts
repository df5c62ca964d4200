import { assertNever, type Award, type Clause, type Expr, type Param, type Policy, type Uplift } from "@subsidia/ir";
import { Dec, literalCurrency } from "@subsidia/runtime";

/**
 * Canonical forms: what is left of an IR node once everything that cannot change an
 * award is dropped — spans, source text (`1000万` and `10000000` are one value), the
 * name of a clause's item variable, the order of `when` lines, of `and`/`or` operands,
 * of caps, of tiers and of lookup cases. A parameter with one value for all dates reads as
 * that value (the new version's, when both versions have it, so a parameter's change is
 * reported once, on the parameter); others read under their new name. Two nodes behave
 * alike when their canonical keys are equal.
 */
export interface CanonContext {
  /** how a parameter reads in this version */
  param?: (name: string) => Canon;
}

/** One context per version: expressions of the old version are read with `before`. */
export interface Canons {
  before: CanonContext;
  after: CanonContext;
}

export type Canon = string | boolean | null | Canon[];

function single(p: Param | undefined): Expr | undefined {
  const v = p?.values[0];
  return p && p.pending === undefined && p.values.length === 1 && v?.from === undefined ? v?.value : undefined;
}

/** The contexts of two versions, given the parameters renamed from the old to the new. */
export function canons(before: Policy, after: Policy, renames: ReadonlyMap<string, string>): Canons {
  const find = (p: Policy, name: string) => p.params.find((x) => x.name === name);
  const reading = new Set<string>();
  const read = (name: string, value: Expr | undefined, ctx: CanonContext): Canon => {
    if (!value || reading.has(name)) return ["param", name];
    reading.add(name);
    try {
      return canonExpr(value, ctx);
    } finally {
      reading.delete(name);
    }
  };
  const cx: Canons = {
    before: {
      param: (name) => {
        const n = renames.get(name) ?? name;
        const inAfter = find(after, n);
        return read(n, single(inAfter ?? find(before, name)), inAfter ? cx.after : cx.before);
      },
    },
    after: { param: (name) => read(name, single(find(after, name)), cx.after) },
  };
  return cx;
}

const NUMERIC = new Set(["money", "percent", "number", "integer"]);

function litValue(e: Extract<Expr, { k: "lit" }>): Canon {
  if (typeof e.value === "boolean") return ["bool", e.value];
  // an amount in another currency is another value: `500万美元` is not `500万港元` nor `500万元`
  const currency = e.type === "money" ? literalCurrency(e.src) : undefined;
  if (NUMERIC.has(e.type) && /^-?\d+(\.\d+)?$/.test(e.value))
    return currency ? ["num", new Dec(e.value).toFixed(), currency] : ["num", new Dec(e.value).toFixed()];
  return [e.type === "date" ? "date" : "text", e.value];
}

const SWAP: Record<string, ">" | ">="> = { "<": ">", "<=": ">=" };

function flatten(op: "and" | "or", args: readonly Expr[]): Expr[] {
  return args.flatMap((a) => (a.k === op ? flatten(op, a.args) : [a]));
}

const sorted = (items: Canon[]): Canon[] =>
  items
    .map((c) => [JSON.stringify(c), c] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, c]) => c);

/** The canonical form of an expression; `mask` hides literal values (the shape of a threshold). */
export function canonExpr(e: Expr, ctx: CanonContext = {}, mask = false): Canon {
  const sub = (x: Expr) => canonExpr(x, ctx, mask);
  switch (e.k) {
    case "lit":
      return mask ? ["lit", "?"] : ["lit", litValue(e)];
    case "fact":
      return ["fact", e.path.join(".")];
    case "item":
      return ["item", e.path.join(".")];
    case "param":
      return ctx.param ? ctx.param(e.name) : ["param", e.name];
    case "arith":
      return [e.op, sub(e.left), sub(e.right)];
    case "neg":
      return ["neg", sub(e.expr)];
    case "cmp": {
      const swap = SWAP[e.op];
      if (swap) return [swap, sub(e.right), sub(e.left)];
      if (e.op === "=" || e.op === "!=") return [e.op, ...sorted([sub(e.left), sub(e.right)])];
      return [e.op, sub(e.left), sub(e.right)];
    }
    case "and":
    case "or":
      return [e.k, ...sorted(flatten(e.k, e.args).map(sub))];
    case "not":
      return ["not", sub(e.expr)];
    case "in":
      return ["in", sub(e.expr), mask ? "?" : [...e.values].sort()];
    case "given":
      return ["given", sub(e.expr), e.negate];
    case "call":
      return e.fn === "min" || e.fn === "max" ? [e.fn, ...sorted(e.args.map(sub))] : [e.fn, ...e.args.map(sub)];
    case "if":
      return ["if", sub(e.cond), sub(e.then), sub(e.else)];
    case "lookup":
      return [
        "by",
        sub(e.key),
        sorted(e.cases.map((c) => [mask ? "?" : c.match, sub(c.value)])),
        e.otherwise ? sub(e.otherwise) : null,
      ];
    case "steps":
      return ["per", sub(e.amount), sub(e.step), sub(e.of), e.since ? sub(e.since) : null];
    case "dateShift":
      return [e.op, sub(e.date), sub(e.count), e.unit];
    case "between":
      return ["between", e.unit, sub(e.from), sub(e.to)];
    case "awardOf":
      return ["award-of", e.clause];
    default:
      return assertNever(e, "expression");
  }
}

export const exprKey = (e: Expr | undefined, ctx: CanonContext = {}): string =>
  e ? JSON.stringify(canonExpr(e, ctx)) : "";
export const shapeKey = (e: Expr, ctx: CanonContext = {}): string => JSON.stringify(canonExpr(e, ctx, true));

/** The `when` lines of a clause as separate conditions: `when a and b` is `when a` + `when b`. */
export function conditionList(clause: Clause): Expr[] {
  return flatten("and", clause.conditions);
}

export function tierKey(t: { atLeast: Expr; amount: Expr }, ctx: CanonContext = {}): string {
  return JSON.stringify([canonExpr(t.atLeast, ctx), canonExpr(t.amount, ctx)]);
}

export function upliftKey(u: Uplift, ctx: CanonContext = {}): string {
  return JSON.stringify([canonExpr(u.rate, ctx), u.order, u.when ? canonExpr(u.when, ctx) : null]);
}

export function awardKey(a: Award | undefined, ctx: CanonContext = {}): string {
  if (!a) return "";
  const c = (e: Expr) => canonExpr(e, ctx);
  switch (a.kind) {
    case "amount":
      return JSON.stringify(["amount", c(a.amount)]);
    case "rate":
      return JSON.stringify(["rate", c(a.rate), c(a.base)]);
    case "tiers":
      return JSON.stringify([
        "tiers",
        c(a.base),
        [...a.tiers.map((t) => tierKey(t, ctx))].sort(),
        a.since ? c(a.since) : null,
      ]);
    case "lookup":
      return JSON.stringify([
        "lookup",
        c(a.key),
        a.cases.map((k) => JSON.stringify([k.match, c(k.amount)])).sort(),
        a.otherwise ? c(a.otherwise) : null,
      ]);
    default:
      return assertNever(a, "award kind");
  }
}

export function fundingKey(clause: Clause): string {
  return JSON.stringify(clause.funding?.payers.map((p) => [p.name, new Dec(p.share).toFixed()]) ?? null);
}

/** Every part of a clause that can change an award, one key each (ids, titles and text excluded). */
export function clauseFeatures(clause: Clause, ctx: CanonContext = {}): string[] {
  const out = [
    ...(clause.forEach ? [`list:${clause.forEach.list}`] : []),
    ...conditionList(clause).map((e) => `when:${exprKey(e, ctx)}`),
    ...(clause.award ? [`award:${awardKey(clause.award, ctx)}`, `basis:${clause.basis}`] : []),
    ...clause.caps.map((c) => `cap:${exprKey(c.amount, ctx)}`),
    ...clause.uplifts.map((u) => `uplift:${upliftKey(u, ctx)}`),
    ...(clause.totalCap ? [`total:${exprKey(clause.totalCap.amount, ctx)}`] : []),
    ...(clause.funding ? [`funding:${fundingKey(clause)}`] : []),
    ...(clause.nonMonetary !== undefined ? ["nonmonetary"] : []),
    ...(clause.stackKey !== undefined ? [`stack:${clause.stackKey}`] : []),
  ];
  return out.sort();
}

/** The canonical body of a clause: equal bodies pay the same to every applicant. */
export function clauseBodyKey(clause: Clause, ctx: CanonContext = {}): string {
  return JSON.stringify(clauseFeatures(clause, ctx));
}
