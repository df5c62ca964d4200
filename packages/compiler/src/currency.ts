import type { Currency } from "@subsidia/ir";
import { CURRENCIES, CURRENCY_UNITS, type ConvertExpr, type Expr, type Ident, term } from "@subsidia/syntax";
import type { Context } from "./context.js";
import type { Typed } from "./typed.js";
import { ticks } from "./suggest.js";

/**
 * Money in another currency (`10万美元`, an input `money in USD`): amounts of one currency only
 * meet amounts of the same currency; where 元 are needed (an award, a cap, a tier's amount) the
 * drafter converts explicitly with `AMOUNT at RATE` (元 per unit), which the compiler lowers to a
 * product, exact in decimals. The IR keeps the currency of each input; expressions stay `money`.
 */

/** The unit a message names: `美元`, or `元` for an amount in yuan. */
export const unitName = (c: Currency | undefined): string => (c ? CURRENCY_UNITS[c] : "元");

const isMoney = (t: Typed) => t.type === "money" && !t.flex;

/**
 * The currency of several amounts that meet in one value (`a + b`, a comparison, the branches of
 * an `if`): reported when two differ; undefined for 元.
 */
export function oneCurrency(ctx: Context, parts: readonly { t: Typed; e: Expr }[], at: Expr): Currency | undefined {
  const money = parts.filter((p) => isMoney(p.t));
  const first = money[0];
  if (!first) return undefined;
  const other = money.find((p) => p.t.currency !== first.t.currency);
  if (other) {
    const foreign = first.t.currency ? first.e : other.e;
    ctx.report("T099.mix", at.span, {
      left: ctx.src(first.e.span),
      leftUnit: unitName(first.t.currency),
      right: ctx.src(other.e.span),
      rightUnit: unitName(other.t.currency),
      foreign: ctx.src(foreign.span),
    });
    // reported once: the value counts as 元 from here on
    return undefined;
  }
  return first.t.currency;
}

/** An amount used where 元 are needed: reported when it is in another currency. */
export function expectYuan(ctx: Context, t: Typed, e: Expr, what: string): void {
  if (t.currency === undefined || t.type !== "money") return;
  ctx.report("T099.asYuan", e.span, { src: ctx.src(e.span), unit: unitName(t.currency), what: term(what) });
}

/** The currency of an input declared `money in USD`; unknown codes are reported. */
export function declaredCurrency(ctx: Context, name: Ident): Currency | undefined {
  const code = name.name.toUpperCase();
  if ((CURRENCIES as readonly string[]).includes(code)) return code as Currency;
  ctx.report("T098.currency", name.span, { name: name.name, expected: ticks(CURRENCIES) });
  return undefined;
}

/**
 * `AMOUNT at RATE` → `AMOUNT * RATE` in 元: the amount must be in another currency, the rate a
 * number (元 per unit of that currency).
 */
export function checkConvert(ctx: Context, e: ConvertExpr, amount: Typed, rate: Typed): Typed {
  const src = ctx.src(e.span);
  const span = ctx.span(e.span);
  if (amount.type !== "error" && (amount.type !== "money" || amount.currency === undefined)) {
    ctx.report("T098.notForeign", e.span, { src: ctx.src(e.amount.span), rate: ctx.src(e.rate.span) });
  }
  if (rate.type !== "error" && rate.type !== "number" && rate.type !== "integer") {
    ctx.report("T098.rate", e.rate.span, {
      rate: ctx.src(e.rate.span),
      src,
      type: term(rate.type),
      unit: unitName(amount.currency ?? "USD"),
    });
  }
  const ok = amount.type !== "error" && rate.type !== "error";
  return {
    ir: { k: "arith", op: "*", left: amount.ir, right: rate.ir, type: "money", src, span },
    type: ok ? "money" : "error",
    flex: false,
  };
}
