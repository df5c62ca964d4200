import type { Expr as IrExpr, ScalarKind } from "@subsidia/ir";
import type { BinaryExpr } from "@subsidia/syntax";
import type { Typed } from "./typed.js";
import { retype } from "./retype.js";
import type { Context } from "./context.js";
import { ORDERED } from "./scope.js";
import { closest, didYouMean, ticks } from "./suggest.js";
import { term } from "@subsidia/syntax";

type Kind = ScalarKind | "error";
const isNum = (k: Kind) => k === "number" || k === "integer";

/**
 * The unit of `l op r` for arithmetic. A plain number literal (flex) stands for
 * money next to money in sums and comparisons (`money + 2000000`).
 */
const ARITH: Record<"+" | "-" | "*" | "/", (l: Kind, r: Kind) => Kind | undefined> = {
  "+": (l, r) =>
    l === r && l !== "date" && l !== "boolean" && l !== "string" && l !== "enum"
      ? l
      : isNum(l) && isNum(r)
        ? "number"
        : undefined,
  "-": (l, r) => ARITH["+"](l, r),
  "*": (l, r) => {
    if ((l === "money" && (r === "percent" || isNum(r))) || ((l === "percent" || isNum(l)) && r === "money"))
      return "money";
    if ((l === "percent" && (r === "percent" || isNum(r))) || (isNum(l) && r === "percent")) return "percent";
    if (isNum(l) && isNum(r)) return l === "integer" && r === "integer" ? "integer" : "number";
    return undefined;
  },
  "/": (l, r) => {
    if (l === "money" && isNum(r)) return "money";
    if (l === "money" && r === "money") return "number";
    if (l === "percent" && isNum(r)) return "percent";
    if (isNum(l) && isNum(r)) return "number";
    return undefined;
  },
};

export function checkArith(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): { type: Kind; flex: boolean } {
  if (l.type === "error" || r.type === "error") return { type: "error", flex: false };
  const op = e.op as "+" | "-" | "*" | "/";
  const flex = l.flex && r.flex;
  // a plain number next to money or percent in + and - takes that unit
  const additive = op === "+" || op === "-";
  // next to money a plain number is yuan; next to a percent it is a factor (`1 + rate` is 100% + rate)
  const lt = additive && l.flex && (r.type === "money" || r.type === "percent") ? r.type : l.type;
  const rt = additive && r.flex && (l.type === "money" || l.type === "percent") ? l.type : r.type;
  const t = ARITH[op](lt, rt);
  if (t === undefined) {
    const hint = op === "+" && (l.type === "percent" || r.type === "percent") ? term("percentPlus") : "";
    ctx.report("T001.arith", e.span, {
      op,
      leftType: term(l.type),
      left: ctx.src(e.left.span),
      rightType: term(r.type),
      right: ctx.src(e.right.span),
      expected: term(op === "+" || op === "-" ? "plusMinus" : op === "*" ? "times" : "divide"),
      hint,
    });
    return { type: "error", flex: false };
  }
  if (op === "/" && r.ir.k === "lit" && /^0+(\.0+)?$/.test(String(r.ir.value))) {
    ctx.report("T012.zero", e.right.span, { src: ctx.src(e.right.span) });
  }
  return { type: t, flex };
}

export function checkCompare(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): void {
  if (l.type === "error" || r.type === "error") return;
  const ordered = e.op !== "=" && e.op !== "!=";
  if (ordered && (!ORDERED.has(l.type) || !ORDERED.has(r.type))) {
    const bad = ORDERED.has(l.type) ? e.right : e.left;
    ctx.report("T002.ordered", bad.span, {
      op: e.op,
      src: ctx.src(bad.span),
      type: term(ORDERED.has(l.type) ? r.type : l.type),
    });
    return;
  }
  if (l.type === "enum" || r.type === "enum") return checkEnumEquality(ctx, e, l, r);
  const compatible =
    l.type === r.type ||
    (l.flex && r.type === "money") ||
    (r.flex && l.type === "money") ||
    (isNum(l.type) && isNum(r.type));
  const ratio = isNum(l.type) ? !l.flex : isNum(r.type) && !r.flex;
  if (!compatible && ratio && (l.type === "percent" || r.type === "percent")) {
    const [num, pct, numLeft] = isNum(l.type) ? [e.left, e.right, true] : [e.right, e.left, false];
    const inner = num.kind === "Paren" ? num.expr : num;
    const [a, b] =
      inner.kind === "Binary" && inner.op === "/" ? [ctx.src(inner.left.span), ctx.src(inner.right.span)] : ["a", "b"];
    const scaled = `${ctx.src(pct.span)} * ${b}`;
    ctx.report("T002.ratioPercent", e.span, {
      left: ctx.src(num.span),
      right: ctx.src(pct.span),
      suggestion: numLeft ? `${a} ${e.op} ${scaled}` : `${scaled} ${e.op} ${a}`,
    });
    return;
  }
  if (!compatible) {
    ctx.report("T002.compare", e.span, {
      leftType: term(l.type),
      left: ctx.src(e.left.span),
      rightType: term(r.type),
      right: ctx.src(e.right.span),
    });
  }
}

function checkEnumEquality(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): void {
  const [en, other, otherAst] = l.type === "enum" ? [l, r, e.right] : [r, l, e.left];
  if (other.type === "enum") return;
  if (other.type !== "string" || other.ir.k !== "lit") {
    ctx.report("T002.enumWith", otherAst.span, {
      enumName: en.ir.src,
      members: (en.enumValues ?? []).map((v) => `"${v}"`).join(", "),
    });
    return;
  }
  const v = String(other.ir.value);
  if (en.enumValues && !en.enumValues.includes(v)) {
    const s = closest(v, en.enumValues);
    ctx.report(
      "N006.member",
      otherAst.span,
      { value: v, enumName: en.ir.src, expected: ticks(en.enumValues), hint: didYouMean(s) },
      { expected: en.enumValues, suggestion: s },
    );
  }
}

/** Re-types plain number literals on one side to the other side's unit. */
export function unify(l: Typed, r: Typed): [IrExpr, IrExpr] {
  const target = (x: Typed, y: Typed) => (x.flex && !y.flex && y.type === "money" ? retype(x.ir, "money") : x.ir);
  return [target(l, r), target(r, l)];
}
