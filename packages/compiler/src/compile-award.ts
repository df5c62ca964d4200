import type { Award, Expr as IrExpr } from "@subsidia/ir";
import { type AwardExpr, type Expr, term, type TERMS_EN } from "@subsidia/syntax";
import { checkExpr, type Typed } from "./check-expr.js";
import { checkLookupKey, lookupCases } from "./check-values.js";
import { retype } from "./retype.js";
import { expectYuan, unitName } from "./currency.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";

/** What an expression is, as a term of the message catalogue: `anAward`, `aCap`. */
type What = keyof typeof TERMS_EN;

/** Checks an expression that must be money (an award, a cap, a tier amount); plain numbers count as yuan. */
export function moneyExpr(ctx: Context, scope: Scope, e: Expr, what: What, code: "T004" | "T006" = "T004"): IrExpr {
  const t = checkExpr(ctx, scope, e);
  expectYuan(ctx, t, e, what);
  if (t.type !== "error" && t.type !== "money" && !t.flex) {
    ctx.report(`${code}.money`, e.span, {
      what: term(what),
      src: ctx.src(e.span),
      type: term(t.type),
      hint: t.type === "percent" ? term("rateOfBase") : "",
    });
  }
  return t.flex ? retype(t.ir, "money") : t.ir;
}

function percentExpr(ctx: Context, scope: Scope, e: Expr, what: What): IrExpr {
  const t = checkExpr(ctx, scope, e);
  if (t.type !== "error" && t.type !== "percent") {
    ctx.report("T005.percent", e.span, { what: term(what), src: ctx.src(e.span), type: term(t.type) });
  }
  return t.ir;
}

export { percentExpr };

export function compileAward(ctx: Context, scope: Scope, a: AwardExpr): Award {
  const span = ctx.span(a.span);
  switch (a.kind) {
    case "AwardAmount":
      return { kind: "amount", amount: moneyExpr(ctx, scope, a.amount, "anAward"), span };
    case "AwardRate":
      return {
        kind: "rate",
        rate: percentExpr(ctx, scope, a.rate, "theRate"),
        base: moneyExpr(ctx, scope, a.base, "theBase"),
        span,
      };
    case "AwardTiers": {
      const base = checkExpr(ctx, scope, a.base);
      const since = a.since && thresholdExpr(ctx, scope, base, a.since, "T016");
      const tiers = a.tiers.map((t) => ({
        atLeast: thresholdExpr(ctx, scope, base, t.atLeast),
        amount: moneyExpr(ctx, scope, t.amount, "aTierAward"),
        span: ctx.span(t.span),
      }));
      return { kind: "tiers", base: base.ir, tiers, ...(since ? { since } : {}), span };
    }
    case "AwardLookup": {
      const key = checkLookupKey(ctx, scope, a.key);
      const cases = lookupCases(ctx, key, a, (c) => moneyExpr(ctx, scope, c.amount, "aLookupAward")).map((c) => ({
        match: c.match,
        amount: c.value,
        span: ctx.span(c.span),
      }));
      const otherwise = a.otherwise ? moneyExpr(ctx, scope, a.otherwise, "otherwiseAward") : undefined;
      return { kind: "lookup", key: key.ir, cases, ...(otherwise ? { otherwise } : {}), span };
    }
  }
}

/** A tier threshold (or `new since` value) must have the base's unit (a plain number counts as money next to money). */
function thresholdExpr(ctx: Context, scope: Scope, base: Typed, e: Expr, code: "T002" | "T016" = "T002"): IrExpr {
  const t = checkExpr(ctx, scope, e);
  if (base.type === "error" || t.type === "error") return t.ir;
  if (base.type === "money" && t.type === "money" && !t.flex && base.currency !== t.currency) {
    ctx.report("T099.mix", e.span, {
      left: base.ir.src,
      leftUnit: unitName(base.currency),
      right: ctx.src(e.span),
      rightUnit: unitName(t.currency),
      foreign: base.currency ? base.ir.src : ctx.src(e.span),
    });
  }
  const nums = new Set(["number", "integer"]);
  const ok =
    t.type === base.type ||
    (nums.has(t.type) && nums.has(base.type)) ||
    (t.flex && (base.type === "money" || base.type === "number" || base.type === "integer"));
  if (!ok && code === "T016")
    ctx.report("T016.since", e.span, {
      src: ctx.src(e.span),
      type: term(t.type),
      base: base.ir.src,
      baseType: term(base.type),
    });
  else if (!ok)
    ctx.report("T002.tierThreshold", e.span, {
      expected: term(base.type),
      base: base.ir.src,
      src: ctx.src(e.span),
      type: term(t.type),
    });
  return t.flex && base.type === "money" ? retype(t.ir, "money") : t.ir;
}
