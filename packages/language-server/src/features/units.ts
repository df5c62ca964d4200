import type { ScalarKind } from "@subsidia/ir";
import type { Translate } from "@subsidia/messages";

/** How a type reads in a hover: its unit where it has one (`money (元, yuan)`, `金额（元）`). */
export const unitText = (kind: ScalarKind, tr: Translate): string => tr(`editor.unit.${kind}`);

/** `10000000` → `10,000,000.00 元`: exact decimal text grouped by thousands, never through a float. */
export function yuanText(yuan: string): string {
  const negative = yuan.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? yuan.slice(1) : yuan).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = fraction.length <= 2 ? fraction.padEnd(2, "0") : fraction;
  return `${negative ? "-" : ""}${grouped}.${cents} 元`;
}
