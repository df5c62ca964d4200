import { type BetweenExpr, type BinaryExpr, type CallExpr, type DurationExpr, term } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { checkExpr } from "./check-expr.js";
import { retype } from "./retype.js";
import type { Scope } from "./scope.js";
import type { Typed } from "./typed.js";

/**
 * Dates and whole numbers: `date ± 3 years`, `years between a and b`, `year(d)`, `floor(x)`,
 * `ceil(x)`. A duration exists only after `+` or `-` on a date; two dates are never subtracted.
 */

const error = (t: Typed): Typed => ({ ...t, type: "error", flex: false });

/** `3 years` where no date precedes it. */
export function checkLoneDuration(ctx: Context, scope: Scope, e: DurationExpr): Typed {
  const count = checkExpr(ctx, scope, e.count);
  ctx.report("T014.duration", e.span, { src: ctx.src(e.span) });
  return error(count);
}

/** `3 years` compared with a value already in error (`a - b < 3 years`): its own error would repeat that one. */
export function checkDurationAfterError(ctx: Context, scope: Scope, e: DurationExpr): Typed {
  return error(checkExpr(ctx, scope, e.count));
}

function checkCount(ctx: Context, scope: Scope, d: DurationExpr): Typed {
  const count = checkExpr(ctx, scope, d.count);
  if (count.type !== "error" && count.type !== "integer") {
    ctx.report("T014.count", d.count.span, { unit: d.unit, src: ctx.src(d.count.span), type: term(count.type) });
  }
  return count.flex ? { ...count, ir: retype(count.ir, "integer") } : count;
}

/** `date + 3 years`: a date shifted by a duration; undefined for any other binary expression. */
export function checkDateShift(ctx: Context, scope: Scope, e: BinaryExpr): Typed | undefined {
  if ((e.op !== "+" && e.op !== "-") || e.right.kind !== "Duration") return undefined;
  const span = ctx.span(e.span);
  const src = ctx.src(e.span);
  const date = checkExpr(ctx, scope, e.left);
  const count = checkCount(ctx, scope, e.right);
  if (date.type !== "error" && date.type !== "date") {
    ctx.report("T014.shiftNotDate", e.left.span, {
      op: e.op,
      duration: ctx.src(e.right.span),
      src: ctx.src(e.left.span),
      type: term(date.type),
    });
  }
  const ir = {
    k: "dateShift",
    date: date.ir,
    op: e.op,
    count: count.ir,
    unit: e.right.unit,
    type: "date",
    src,
    span,
  };
  const ok = date.type === "date" && count.type !== "error";
  return { ir: ir as Typed["ir"], type: ok ? "date" : "error", flex: false };
}

/**
 * `+` or `-` of two operands already checked (each checked once: checking them again here made
 * a chain of n additions take 2^n steps), when one of them is a date: always an error.
 */
export function checkDateOperands(ctx: Context, e: BinaryExpr, l: Typed, r: Typed): Typed | undefined {
  if (e.op !== "+" && e.op !== "-") return undefined;
  if (l.type !== "date" && r.type !== "date") return undefined;
  const src = ctx.src(e.span);
  const span = ctx.span(e.span);
  const fail = {
    ir: { k: "lit", type: "date", value: "1970-01-01", src, span } as Typed["ir"],
    type: "error" as const,
  };
  if (l.type === "date" && r.type === "date" && e.op === "-") {
    ctx.report("T014.dateMinus", e.span, { left: ctx.src(e.left.span), right: ctx.src(e.right.span) });
    return { ...fail, flex: false };
  }
  const [other, ast] = l.type === "date" ? [r, e.right] : [l, e.left];
  if (other.type !== "error") {
    ctx.report("T014.dateNumber", ast.span, { type: term(other.type), src: ctx.src(ast.span) });
  }
  return { ...fail, flex: false };
}

export function checkBetween(ctx: Context, scope: Scope, e: BetweenExpr): Typed {
  const from = checkExpr(ctx, scope, e.from);
  const to = checkExpr(ctx, scope, e.to);
  let ok = true;
  for (const [t, ast] of [
    [from, e.from],
    [to, e.to],
  ] as const) {
    if (t.type === "error" || t.type === "date") continue;
    ok = false;
    ctx.report("T014.between", ast.span, { unit: e.unit, src: ctx.src(ast.span), type: term(t.type) });
  }
  return {
    ir: {
      k: "between",
      unit: e.unit,
      from: from.ir,
      to: to.ir,
      type: "integer",
      src: ctx.src(e.span),
      span: ctx.span(e.span),
    },
    type: ok && from.type !== "error" && to.type !== "error" ? "integer" : "error",
    flex: false,
  };
}

/** `floor(x)`, `ceil(x)` on numbers and `year(d)` on a date. */
export function checkRounding(ctx: Context, scope: Scope, e: CallExpr, fn: "floor" | "ceil" | "year"): Typed {
  const args = e.args.map((a) => checkExpr(ctx, scope, a));
  const [x] = args;
  const base = { src: ctx.src(e.span), span: ctx.span(e.span) };
  if (args.length !== 1 || x === undefined) {
    ctx.report("T015.arity", e.span, { fn });
    return { ir: { k: "lit", type: "integer", value: "0", ...base }, type: "error", flex: false };
  }
  const arg = e.args[0]!;
  if (fn === "year") {
    if (x.type !== "error" && x.type !== "date")
      ctx.report("T015.year", arg.span, { src: ctx.src(arg.span), type: term(x.type) });
  } else if (x.type !== "error" && x.type !== "number" && x.type !== "integer") {
    ctx.report("T015.floorCeil", arg.span, { fn, src: ctx.src(arg.span), type: term(x.type) });
  }
  const ok = x.type !== "error" && (fn === "year" ? x.type === "date" : x.type === "number" || x.type === "integer");
  return { ir: { k: "call", fn, args: [x.ir], type: "integer", ...base }, type: ok ? "integer" : "error", flex: false };
}
