import type { Currency, Expr as IrExpr, ScalarKind } from "@subsidia/ir";

/** A checked expression: its IR, unit, whether it is a plain number literal, and enum members when an enum. */
export interface Typed {
  ir: IrExpr;
  type: ScalarKind | "error";
  flex: boolean;
  enumValues?: string[] | undefined;
  /** the declared range of an integer input (`integer from 1 to 5`): what a lookup on it must cover */
  range?: { min: string; max: string } | undefined;
  /** money in another currency than 元 (`10万美元`, an input `money in USD`); absent: 元 */
  currency?: Currency | undefined;
}
