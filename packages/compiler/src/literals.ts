import type { Expr as IrExpr, ScalarKind } from "@subsidia/ir";
import type { Literal } from "@subsidia/syntax";
import type { Context } from "./context.js";

/** A literal's scalar kind and IR value; `flex` marks a plain number that may stand for money or a percent. */
export function literalValue(lit: Literal): { type: ScalarKind; value: string | boolean; flex: boolean } {
  switch (lit.kind) {
    case "Money":
      return { type: "money", value: lit.yuan, flex: false };
    case "Percent":
      return { type: "percent", value: lit.fraction, flex: false };
    case "Number":
      return { type: /^\d+$/.test(lit.value) ? "integer" : "number", value: lit.value, flex: true };
    case "Date":
      return { type: "date", value: lit.value, flex: false };
    case "String":
      return { type: "string", value: lit.value, flex: false };
    case "Boolean":
      return { type: "boolean", value: lit.value, flex: false };
  }
}

/** True when `yyyy-mm-dd` names a real calendar day. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]!;
}

export function literalToIr(ctx: Context, lit: Literal): IrExpr {
  const { type, value } = literalValue(lit);
  if (lit.kind === "Date" && !isRealDate(lit.value)) {
    ctx.report("T010.date", lit.span, { value: lit.value });
  }
  return { k: "lit", type, value, src: ctx.src(lit.span), span: ctx.span(lit.span) };
}

/** The text of a literal as a lookup key or enum member: strings as written, numbers as decimals. */
export function literalKey(lit: Literal): string {
  const v = literalValue(lit).value;
  return String(v);
}
