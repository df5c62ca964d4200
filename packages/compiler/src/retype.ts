import type { Expr as IrExpr, ScalarKind } from "@subsidia/ir";

/** Gives a plain number literal the unit of its context (a money cap written `2000000`). */
export function retype(ir: IrExpr, type: ScalarKind): IrExpr {
  if (ir.k === "lit") return { ...ir, type };
  if (ir.k === "neg") return { ...ir, expr: retype(ir.expr, type), type };
  if (ir.k === "arith" || ir.k === "call")
    return ir.k === "arith"
      ? { ...ir, left: retype(ir.left, type), right: retype(ir.right, type), type }
      : { ...ir, args: ir.args.map((a) => retype(a, type)), type };
  if (ir.k === "if") return { ...ir, then: retype(ir.then, type), else: retype(ir.else, type), type };
  if (ir.k === "lookup")
    return {
      ...ir,
      cases: ir.cases.map((c) => ({ ...c, value: retype(c.value, type) })),
      ...(ir.otherwise ? { otherwise: retype(ir.otherwise, type) } : {}),
      type,
    };
  return ir;
}
