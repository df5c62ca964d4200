import type { Expr as IrExpr, ScalarKind } from "@subsidia/ir";
import type { BinaryExpr } from "@subsidia/syntax";
import type { Typed } from "./typed.js";
import { retype } from "./retype.js";
import type { Context } from "./context.js";
import { ORDERED } from "./scope.js";
import { closest, didYouMean, listOf } from "./suggest.js";

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
    const hint =
      op === "+" && (l.type === "percent" || r.type === "percent")
        ? "; to raise an amount by a percent write `amount * (1 + rate)` or an `uplift`"
        : "";
    ctx.report(
      "T001",
      e.span,
      `cannot apply \`${op}\` to ${l.type} \`${ctx.src(e.left.span)}\` and ${r.type} \`${ctx.src(e.right.span)}\`; expected ${expectation(op)}${hint}`,
    );
    return { type: "error", flex: false };
  }
  if (op === "/" && r.ir.k === "lit" && /^0+(\.0+)?$/.test(String(r.ir.value))) {
    ctx.report(
      "T012",
      e.right.span,
      `division by zero: \`${ctx.src(e.right.span)}\` is zero; expected a divisor other than zero`,
    );
  }
  return { type: t, flex };
}

function expectation(op: string): string {
  if (op === "+" || op === "-") return "two values of one unit (money and money, percent and percent)";
  if (op === "*") return "money × percent, money × number or numbers";
  return "money / number, money / money or numbers";
}

export function checkCompare(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): void {
  if (l.type === "error" || r.type === "error") return;
  const ordered = e.op !== "=" && e.op !== "!=";
  if (ordered && (!ORDERED.has(l.type) || !ORDERED.has(r.type))) {
    const bad = ORDERED.has(l.type) ? e.right : e.left;
    ctx.report(
      "T002",
      bad.span,
      `\`${e.op}\` compares amounts, numbers, percents or dates; \`${ctx.src(bad.span)}\` is ${ORDERED.has(l.type) ? r.type : l.type}`,
    );
    return;
  }
  if (l.type === "enum" || r.type === "enum") return checkEnumEquality(ctx, e, l, r);
  const compatible =
    l.type === r.type ||
    (l.flex && r.type === "money") ||
    (r.flex && l.type === "money") ||
    (isNum(l.type) && isNum(r.type));
  if (!compatible) {
    ctx.report(
      "T002",
      e.span,
      `cannot compare ${l.type} \`${ctx.src(e.left.span)}\` with ${r.type} \`${ctx.src(e.right.span)}\`; expected two values of one unit`,
    );
  }
}

function checkEnumEquality(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): void {
  const [en, other, otherAst] = l.type === "enum" ? [l, r, e.right] : [r, l, e.left];
  if (other.type === "enum") return;
  if (other.type !== "string" || other.ir.k !== "lit") {
    ctx.report(
      "T002",
      otherAst.span,
      `\`${en.ir.src}\` is one of ${(en.enumValues ?? []).map((v) => `"${v}"`).join(", ")}; compare it with one of those strings`,
    );
    return;
  }
  const v = String(other.ir.value);
  if (en.enumValues && !en.enumValues.includes(v)) {
    const s = closest(v, en.enumValues);
    ctx.report(
      "N006",
      otherAst.span,
      `\`${v}\` is not a member of \`${en.ir.src}\`; expected ${listOf(en.enumValues)}${didYouMean(s)}`,
      { expected: en.enumValues, ...(s ? { suggestion: s } : {}) },
    );
  }
}

/** Re-types plain number literals on one side to the other side's unit. */
export function unify(l: Typed, r: Typed): [IrExpr, IrExpr] {
  const target = (x: Typed, y: Typed) => (x.flex && !y.flex && y.type === "money" ? retype(x.ir, "money") : x.ir);
  return [target(l, r), target(r, l)];
}
