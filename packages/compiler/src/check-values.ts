import type { Expr as IrExpr, LookupCase as IrCase, ScalarKind } from "@subsidia/ir";
import { type IfExpr, type LookupExpr, type StepsExpr, term } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { checkExpr, checkMember, expectBoolean } from "./check-expr.js";
import { oneCurrency } from "./currency.js";
import { retype } from "./retype.js";
import type { Scope } from "./scope.js";
import type { Typed } from "./typed.js";

/**
 * Values that depend on the case: `if … then … else …`, lookups as values and whole steps
 * (`5万元 per 10万元 of x`). Every branch or case has one unit; a plain number takes the unit
 * of money beside it, as in sums.
 */

const NUMS = new Set(["number", "integer"]);

/** Whether `b` may stand beside `a` as another branch of one value. */
function fits(a: Typed, b: Typed): boolean {
  if (a.type === "error" || b.type === "error" || a.type === b.type) return true;
  if ((a.flex && b.type === "money") || (b.flex && a.type === "money")) return true;
  return NUMS.has(a.type) && NUMS.has(b.type);
}

/** The unit of several branches: the first that is not a plain number, else the first. */
function unitOf(branches: readonly Typed[]): Typed | undefined {
  return branches.find((b) => !b.flex && b.type !== "error") ?? branches[0];
}

const settle = (t: Typed, type: ScalarKind | "error"): IrExpr =>
  t.flex && type !== "error" && type !== t.type ? retype(t.ir, type) : t.ir;

export function checkIf(ctx: Context, scope: Scope, e: IfExpr): Typed {
  const cond = checkExpr(ctx, scope, e.cond);
  expectBoolean(ctx, cond, e.cond);
  const a = checkExpr(ctx, scope, e.then);
  const b = checkExpr(ctx, scope, e.else);
  if (!fits(a, b)) {
    ctx.report("T013.ifBranches", e.span, {
      thenType: term(a.type as ScalarKind),
      thenSrc: ctx.src(e.then.span),
      elseType: term(b.type as ScalarKind),
      elseSrc: ctx.src(e.else.span),
    });
  }
  const unit = unitOf([a, b])!;
  const type = fits(a, b) ? unit.type : "error";
  const kind = type === "error" ? "number" : type;
  const currency = oneCurrency(
    ctx,
    [
      { t: a, e: e.then },
      { t: b, e: e.else },
    ],
    e,
  );
  return {
    ir: {
      k: "if",
      cond: cond.ir,
      then: settle(a, type),
      else: settle(b, type),
      type: kind,
      src: ctx.src(e.span),
      span: ctx.span(e.span),
    },
    type,
    flex: a.flex && b.flex,
    enumValues: a.enumValues,
    ...(currency ? { currency } : {}),
  };
}

/** A lookup's key and its cases, checked against the key's enum or unit; duplicate matches reported. */
export function lookupCases<T>(
  ctx: Context,
  key: Typed,
  e: Pick<LookupExpr, "cases" | "key">,
  value: (c: LookupExpr["cases"][number]) => T,
): { match: string; value: T; span: LookupExpr["span"] }[] {
  const seen = new Map<string, LookupExpr["span"]>();
  return e.cases.flatMap((c) => {
    const v = value(c);
    return c.matches.map((m) => {
      const match = checkMember(ctx, key, m);
      if (seen.has(match)) ctx.report("N003.case", m.span, { name: ctx.src(m.span), key: ctx.src(e.key.span) });
      else seen.set(match, m.span);
      return { match, value: v, span: c.span };
    });
  });
}

export function checkLookupKey(ctx: Context, scope: Scope, e: LookupExpr["key"]): Typed {
  const key = checkExpr(ctx, scope, e);
  if (key.type !== "error" && key.type !== "enum" && key.type !== "integer" && key.type !== "string") {
    ctx.report("T011.lookupKey", e.span, { src: ctx.src(e.span), type: term(key.type) });
  }
  return key;
}

export function checkLookup(ctx: Context, scope: Scope, e: LookupExpr): Typed {
  const key = checkLookupKey(ctx, scope, e.key);
  const cases = lookupCases(ctx, key, e, (c) => ({ t: checkExpr(ctx, scope, c.amount), ast: c.amount, e: c.amount }));
  const other = e.otherwise && { t: checkExpr(ctx, scope, e.otherwise), ast: e.otherwise, e: e.otherwise };
  const all = [...new Set(cases.map((c) => c.value)), ...(other ? [other] : [])];
  const unit = unitOf(all.map((b) => b.t))!;
  let ok = true;
  for (const b of all) {
    if (fits(unit, b.t)) continue;
    ok = false;
    ctx.report("T013.lookupCases", b.ast.span, {
      key: ctx.src(e.key.span),
      expected: term(unit.type as ScalarKind),
      src: ctx.src(b.ast.span),
      type: term(b.t.type as ScalarKind),
    });
  }
  if (!other) checkTotal(ctx, key, e, new Set(cases.map((c) => c.match)));
  const currency = oneCurrency(ctx, all, e);
  const type = ok ? unit.type : "error";
  const irCases: IrCase[] = cases.map((c) => ({
    match: c.match,
    value: settle(c.value.t, type),
    span: ctx.span(c.span),
  }));
  return {
    ir: {
      k: "lookup",
      key: key.ir,
      cases: irCases,
      ...(other ? { otherwise: settle(other.t, type) } : {}),
      type: type === "error" ? "number" : type,
      src: ctx.src(e.span),
      span: ctx.span(e.span),
    },
    type,
    flex: all.every((b) => b.t.flex),
    ...(currency ? { currency } : {}),
  };
}

/** A lookup used as a value always gives one: every member of an enum (or integer range) has a case. */
function checkTotal(ctx: Context, key: Typed, e: LookupExpr, matched: ReadonlySet<string>): void {
  if (key.type === "error") return;
  const members = key.enumValues ?? integerRange(key.range);
  if (members === undefined) {
    ctx.report("T011.lookupOpen", e.span, { key: ctx.src(e.key.span), type: term(key.type) });
    return;
  }
  const missing = members.filter((m) => !matched.has(m));
  if (missing.length > 0) {
    const shown = missing.slice(0, 4).map((m) => (key.enumValues ? `\`"${m}"\`` : `\`${m}\``));
    ctx.report("T011.lookupTotal", e.span, {
      key: ctx.src(e.key.span),
      missing: missing.length > 4 ? `${shown.join(", ")}, …` : shown.join(", "),
    });
  }
}

function integerRange(r: { min: string; max: string } | undefined): string[] | undefined {
  if (r === undefined) return undefined;
  const [lo, hi] = [Number(r.min), Number(r.max)];
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > 100) return undefined;
  return Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
}

export function checkSteps(ctx: Context, scope: Scope, e: StepsExpr): Typed {
  const amount = checkExpr(ctx, scope, e.amount);
  const step = checkExpr(ctx, scope, e.step);
  const of = checkExpr(ctx, scope, e.of);
  if (!fits(step, of) || step.type === "percent" || step.type === "date") {
    ctx.report("T016.steps", e.step.span, {
      step: ctx.src(e.step.span),
      stepType: term(step.type as ScalarKind),
      of: ctx.src(e.of.span),
      ofType: term(of.type as ScalarKind),
    });
  }
  if (step.ir.k === "lit" && /^0+(\.0+)?$/.test(String(step.ir.value)))
    ctx.report("T016.zeroStep", e.step.span, { src: ctx.src(e.step.span) });
  let since: Typed | undefined;
  if (e.since) {
    since = checkExpr(ctx, scope, e.since);
    if (!fits(of, since))
      ctx.report("T016.since", e.since.span, {
        src: ctx.src(e.since.span),
        type: term(since.type as ScalarKind),
        base: ctx.src(e.of.span),
        baseType: term(of.type as ScalarKind),
      });
  }
  const unit = unitOf([step, of])!.type;
  const type = amount.type === "error" ? "error" : amount.type === "integer" ? "number" : amount.type;
  const counted = [{ t: step, e: e.step }, { t: of, e: e.of }, ...(since && e.since ? [{ t: since, e: e.since }] : [])];
  oneCurrency(ctx, counted, e);
  return {
    ir: {
      k: "steps",
      amount: amount.ir,
      step: settle(step, unit),
      of: settle(of, unit),
      ...(since ? { since: settle(since, unit) } : {}),
      type: type === "error" ? "number" : type,
      src: ctx.src(e.span),
      span: ctx.span(e.span),
    },
    type,
    flex: amount.flex,
    ...(amount.currency ? { currency: amount.currency } : {}),
  };
}
