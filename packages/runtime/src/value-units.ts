import { assertNever, type Currency, type Expr, type InputField, type InputType } from "@subsidia/ir";
import type { Env } from "./env.js";
import { type Dec, plain } from "./money.js";

/**
 * A value shown by its unit in an explanation's intermediate values: a percent as a percent
 * (`5%`, not `0.05`), an amount with its currency's unit (`2000000 元`, `5000000 美元`), other
 * numbers and text as they are. The unit comes from the expression's type; the currency, which
 * expressions do not carry, from what the amount is made of (a declared input, a literal, a
 * conversion `at RATE`, which gives 元).
 */

/** The unit an amount in each currency is written with (as in the language: `10万美元`). */
export const CURRENCY_UNITS: Record<Currency, string> = { USD: "美元", EUR: "欧元", HKD: "港元", JPY: "日元" };
const YUAN = "元";

/** The declaration of a fact or item path, walking records and lists. */
function declared(fields: readonly InputField[], path: readonly string[]): InputType | undefined {
  let type: InputType | undefined;
  let at = fields;
  for (const name of path) {
    type = at.find((f) => f.name === name)?.type;
    if (type?.kind === "record" || type?.kind === "list") at = type.fields;
  }
  return type;
}

/** The currency a money literal is written in (`500万美元` → `USD`); undefined for 元. */
export const literalCurrency = (src: string): Currency | undefined =>
  (Object.keys(CURRENCY_UNITS) as Currency[]).find((c) => src.trim().endsWith(CURRENCY_UNITS[c]));

/** The currency of a money expression (undefined: 元). */
export function currencyOf(e: Expr, env: Env): Currency | undefined {
  switch (e.k) {
    case "lit":
      return literalCurrency(e.src);
    case "fact":
    case "item": {
      const path = e.k === "item" ? [env.clause?.clause.forEach?.list ?? "", ...e.path] : e.path;
      const t = declared(env.plan.policy.inputs, path);
      return t?.kind === "money" ? t.currency : undefined;
    }
    case "arith": {
      // `AMOUNT at RATE` is lowered to a product: it gives 元
      if (e.op === "*" && e.src.slice(e.left.src.length).trimStart().startsWith("at ")) return undefined;
      const money = [e.left, e.right].find((x) => x.type === "money");
      return money ? currencyOf(money, env) : undefined;
    }
    case "neg":
      return currencyOf(e.expr, env);
    case "if":
      return currencyOf(e.then, env) ?? currencyOf(e.else, env);
    case "lookup":
      return [...e.cases.map((c) => c.value), ...(e.otherwise ? [e.otherwise] : [])]
        .map((x) => currencyOf(x, env))
        .find((c) => c !== undefined);
    case "call":
      return e.args.map((x) => (x.type === "money" ? currencyOf(x, env) : undefined)).find((c) => c !== undefined);
    // shown without a currency: parameters and `award of` (元), booleans, dates, counts, and `per` steps (not traced)
    case "param":
    case "awardOf":
    case "steps":
    case "between":
    case "dateShift":
    case "cmp":
    case "and":
    case "or":
    case "not":
    case "in":
    case "given":
      return undefined;
    default:
      return assertNever(e, "expression");
  }
}

/** The unit of a value of `e`: `percent`, or the currency's unit for money; undefined for the rest. */
export function unitOf(e: Expr, env: Env): { type: Expr["type"]; currency?: Currency } {
  if (e.type !== "money") return { type: e.type };
  const currency = currencyOf(e, env);
  return currency ? { type: "money", currency } : { type: "money" };
}

/** A decimal by its unit: `5%`, `2000000 元`, `5000000 美元`, `7.2`. */
export function byUnit(v: Dec, unit: { type: Expr["type"]; currency?: Currency | undefined }): string {
  if (unit.type === "percent") return `${plain(v.times(100))}%`;
  if (unit.type === "money") return `${plain(v)} ${unit.currency ? CURRENCY_UNITS[unit.currency] : YUAN}`;
  return plain(v);
}
