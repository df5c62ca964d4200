import type { Expr } from "@subsidia/ir";
import { type AwardPlan, constantValues, Dec, type Plan } from "@subsidia/plan";
import { cast, fn } from "./ast.js";
import { literal, sqlType, times } from "./numeric.js";
import { fromNum, numOf, type Scope } from "./scope.js";
import type { Val } from "./value.js";

/**
 * An amount divided by a constant whose reciprocal is not a finite decimal (`… / dayCount`, 365):
 * computed as the quotient truncated to `K` decimal places, an exact integer quotient. This equals
 * the runtime's amount after its steps when the division is the amount's last operation and every
 * step after it commutes with truncation to `K` places: caps by constants of at most `K` places,
 * `less received` and caps over years (history amounts have 4 places), and rounding half up or
 * down to a unit of fewer than `K` places (a half-unit boundary has at most `K` places: none lies
 * between the truncation and the quotient). No uplift (a product), no range, no other rounding.
 */

/** Places of the amounts of the awards history (`less received`, caps over years). */
const HISTORY_PLACES = 4;

/**
 * The top of the amount when it is a division this clause may truncate (see above), with the places
 * `K` it is truncated to (the fewest no step can tell from the exact quotient), else null.
 */
export function truncatedDivision(award: AwardPlan, plan: Plan): { e: Expr; places: number } | null {
  const base = award.base;
  if (base.kind !== "amount" || base.amount.k !== "arith" || base.amount.op !== "/" || award.low) return null;
  if (plan.rounding.mode !== "half-up" && plan.rounding.mode !== "down") return null;
  let places = new Dec(plan.rounding.unit).decimalPlaces() + 1;
  for (const st of award.steps) {
    if (st.kind === "uplift") return null;
    if (st.kind === "less-received" || st.kind === "history-cap") places = Math.max(places, HISTORY_PLACES);
    if (st.kind !== "cap" && st.kind !== "history-cap") continue;
    const values = constantValues(st.limit, plan.params);
    if (!values) return null;
    for (const v of values) places = Math.max(places, v.decimalPlaces());
  }
  return { e: base.amount, places };
}

/** `l / c` truncated to `places`, for a constant `c` above 0: `FLOOR(l × 10^(places + s)) DIV (c × 10^s)`. */
export function truncatedQuotient(e: Extract<Expr, { k: "arith" }>, l: Val, places: number, s: Scope): Val | null {
  const values = constantValues(e.right, s.ctx.plan.params);
  const c = values?.length === 1 ? values[0]! : null;
  if (!c?.gt(0)) return null;
  const sc = c.decimalPlaces();
  const n = numOf(l, e.left, s);
  const scaled = times(n, literal(new Dec(10).pow(places + sc)), s.path);
  const whole = { int: scaled.t.int + 1, scale: 0 };
  const a = cast(fn("FLOOR", scaled.sql), sqlType(whole));
  const q = cast({ k: "intDiv", n: a, d: literal(c.times(new Dec(10).pow(sc))).sql }, sqlType(whole));
  const x = times({ sql: q, t: whole, overflow: scaled.overflow }, literal(new Dec(10).pow(-places)), s.path);
  return fromNum(x, [l], s);
}
