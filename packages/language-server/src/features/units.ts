import type { ScalarKind } from "@subsidia/ir";

/** How a type reads in a hover: its unit where it has one. */
export const UNIT: Record<ScalarKind, string> = {
  money: "money (元, yuan)",
  percent: "percent",
  number: "number",
  integer: "integer",
  boolean: "true or false",
  date: "date",
  string: "text",
  enum: "one of a list of values",
};

/** `10000000` → `10,000,000.00 元`: exact decimal text grouped by thousands, never through a float. */
export function yuanText(yuan: string): string {
  const negative = yuan.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? yuan.slice(1) : yuan).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = fraction.length <= 2 ? fraction.padEnd(2, "0") : fraction;
  return `${negative ? "-" : ""}${grouped}.${cents} 元`;
}
