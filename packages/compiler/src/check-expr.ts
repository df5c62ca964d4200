import type { Expr as IrExpr, InputField, ScalarKind } from "@subsidia/ir";
import { type Expr, type Literal, type PathExpr, term } from "@subsidia/syntax";
import type { Context } from "./context.js";
import { literalToIr, literalValue } from "./literals.js";
import { retype } from "./retype.js";
import type { Typed } from "./typed.js";
import { checkArith, checkCompare, unify } from "./units.js";
import { NUMERIC, scalarOf, type Scope } from "./scope.js";
import { closest, didYouMean, ticks } from "./suggest.js";
import {
  checkBetween,
  checkDateOperands,
  checkDateShift,
  checkDurationAfterError,
  checkLoneDuration,
  checkRounding,
} from "./check-dates.js";
import { checkIf, checkLookup, checkSteps } from "./check-values.js";
import { checkConvert, oneCurrency } from "./currency.js";

export type { Typed };

/** Type-checks an AST expression in a scope and lowers it to IR; problems become diagnostics. */
export function checkExpr(ctx: Context, scope: Scope, e: Expr): Typed {
  const span = ctx.span(e.span);
  const src = ctx.src(e.span);
  switch (e.kind) {
    case "Money":
    case "Percent":
    case "Number":
    case "Date":
    case "String":
    case "Boolean":
      return {
        ir: literalToIr(ctx, e),
        type: literalValue(e).type,
        flex: literalValue(e).flex,
        ...(e.kind === "Money" && e.currency ? { currency: e.currency } : {}),
      };
    case "Convert":
      return checkConvert(ctx, e, checkExpr(ctx, scope, e.amount), checkExpr(ctx, scope, e.rate));
    case "Paren": {
      const inner = checkExpr(ctx, scope, e.expr);
      return { ...inner, ir: { ...inner.ir, src, span } };
    }
    case "Path":
      return checkPath(ctx, scope, e);
    case "Unary": {
      const x = checkExpr(ctx, scope, e.expr);
      if (e.op === "not") {
        expectBoolean(ctx, x, e.expr);
        return { ir: { k: "not", expr: x.ir, type: "boolean", src, span }, type: "boolean", flex: false };
      }
      if (x.type !== "error" && !NUMERIC.has(x.type)) {
        ctx.report("T001.unary", e.span, { op: e.op, src: ctx.src(e.expr.span), type: term(x.type) });
      }
      return e.op === "+"
        ? { ...x, ir: { ...x.ir, src, span } }
        : { ...x, ir: { k: "neg", expr: x.ir, type: asKind(x.type), src, span } };
    }
    case "If":
      return checkIf(ctx, scope, e);
    case "Lookup":
      return checkLookup(ctx, scope, e);
    case "Steps":
      return checkSteps(ctx, scope, e);
    case "Duration":
      return checkLoneDuration(ctx, scope, e);
    case "Between":
      return checkBetween(ctx, scope, e);
    case "AwardOf":
      scope.refs.push({ clause: e.clause, span: e.span });
      return { ir: { k: "awardOf", clause: e.clause.name, type: "money", src, span }, type: "money", flex: false };
    case "Binary": {
      const shifted = checkDateShift(ctx, scope, e);
      if (shifted) return shifted;
      const l = checkExpr(ctx, scope, e.left);
      const r =
        l.type === "error" && e.right.kind === "Duration"
          ? checkDurationAfterError(ctx, scope, e.right)
          : checkExpr(ctx, scope, e.right);
      const dated = checkDateOperands(ctx, e, l, r);
      if (dated) return dated;
      if (e.op === "and" || e.op === "or") {
        expectBoolean(ctx, l, e.left);
        expectBoolean(ctx, r, e.right);
        const args = [l.ir, r.ir].flatMap((a) => (a.k === e.op ? a.args : [a]));
        return { ir: { k: e.op, args, type: "boolean", src, span }, type: "boolean", flex: false };
      }
      if (e.op === "+" || e.op === "-" || e.op === "*" || e.op === "/") {
        const t = checkArith(ctx, e, l, r);
        const [li, ri] = e.op === "+" || e.op === "-" ? unify(l, r) : [l.ir, r.ir];
        // `+`, `-` and a ratio `/` need one currency; `*` and `/` by a number keep the amount's
        const meet = e.op !== "*" && !(e.op === "/" && r.type !== "money");
        const parts = [
          { t: l, e: e.left },
          { t: r, e: e.right },
        ];
        const currency = meet ? oneCurrency(ctx, parts, e) : (l.currency ?? r.currency);
        return {
          ir: { k: "arith", op: e.op, left: li, right: ri, type: asKind(t.type), src, span },
          type: t.type,
          flex: t.flex,
          ...(currency && t.type === "money" ? { currency } : {}),
        };
      }
      checkCompare(ctx, e, l, r);
      oneCurrency(
        ctx,
        [
          { t: l, e: e.left },
          { t: r, e: e.right },
        ],
        e,
      );
      const [li, ri] = unify(l, r);
      return {
        ir: { k: "cmp", op: e.op, left: li, right: ri, type: "boolean", src, span },
        type: "boolean",
        flex: false,
      };
    }
    case "In": {
      const x = checkExpr(ctx, scope, e.expr);
      const values = e.values.map((v) => checkMember(ctx, x, v));
      return { ir: { k: "in", expr: x.ir, values, type: "boolean", src, span }, type: "boolean", flex: false };
    }
    case "Given": {
      const x = checkExpr(ctx, scope, e.expr);
      if (e.expr.kind !== "Path") ctx.report("T001.isGiven", e.span, { src: ctx.src(e.expr.span) });
      return {
        ir: { k: "given", expr: x.ir, negate: e.negate, type: "boolean", src, span },
        type: "boolean",
        flex: false,
      };
    }
    case "Call": {
      const fn = e.fn.name;
      if (fn === "floor" || fn === "ceil" || fn === "year") return checkRounding(ctx, scope, e, fn);
      const args = e.args.map((a) => checkExpr(ctx, scope, a));
      if (fn !== "min" && fn !== "max") {
        const s = closest(fn, ["min", "max", "floor", "ceil", "year"]);
        ctx.report(
          "N007.function",
          e.fn.span,
          { name: fn, hint: didYouMean(s) },
          { expected: ["min", "max", "floor", "ceil", "year"], suggestion: s },
        );
        return {
          ir: { k: "call", fn: "min", args: args.map((a) => a.ir), type: "number", src, span },
          type: "error",
          flex: false,
        };
      }
      let acc: Typed | undefined;
      for (const [i, a] of args.entries()) {
        if (a.type !== "error" && !NUMERIC.has(a.type) && a.type !== "date") {
          ctx.report("T001.minMaxArg", e.args[i]!.span, { fn, src: ctx.src(e.args[i]!.span), type: term(a.type) });
        } else if (acc && acc.type !== "error" && a.type !== "error" && !sameUnit(acc, a)) {
          ctx.report("T002.minMaxUnits", e.args[i]!.span, {
            fn,
            expected: term(acc.type),
            src: ctx.src(e.args[i]!.span),
            type: term(a.type),
          });
        }
        if (!acc || (acc.flex && !a.flex)) acc = a;
      }
      const type = acc?.type ?? "error";
      const currency = oneCurrency(
        ctx,
        args.map((t, i) => ({ t, e: e.args[i]! })),
        e,
      );
      const irArgs = args.map((a) => (a.flex && type !== "error" ? retype(a.ir, type) : a.ir));
      return {
        ir: { k: "call", fn, args: irArgs, type: asKind(type), src, span },
        type,
        flex: args.every((a) => a.flex),
        ...(currency ? { currency } : {}),
      };
    }
  }
}

export const asKind = (t: ScalarKind | "error"): ScalarKind => (t === "error" ? "number" : t);

function sameUnit(a: Typed, b: Typed): boolean {
  if (a.type === b.type || a.flex || b.flex) return true;
  const nums = new Set(["number", "integer"]);
  return nums.has(a.type) && nums.has(b.type);
}

export function expectBoolean(ctx: Context, t: Typed, e: Expr): void {
  if (t.type !== "error" && t.type !== "boolean") {
    ctx.report("T003.condition", e.span, { src: ctx.src(e.span), type: term(t.type) });
  }
}

/** Checks one member of `x in [...]` (or a lookup case) against x's enum or unit; returns its key text. */
export function checkMember(ctx: Context, x: Typed, v: Literal): string {
  const { value, type } = literalValue(v);
  const key = String(value);
  if (x.type === "enum" && x.enumValues) {
    if (v.kind !== "String" || !x.enumValues.includes(key)) {
      const s = closest(key, x.enumValues);
      ctx.report(
        "N006.member",
        v.span,
        { value: key, enumName: x.ir.src, expected: ticks(x.enumValues), hint: didYouMean(s) },
        { expected: x.enumValues, suggestion: s },
      );
    }
  } else if (x.type !== "error" && x.type !== type && !(x.type === "integer" && type === "integer")) {
    ctx.report("T002.memberType", v.span, {
      src: ctx.src(v.span),
      type: term(type),
      enumName: x.ir.src,
      enumType: term(x.type),
    });
  }
  return key;
}

function checkPath(ctx: Context, scope: Scope, e: PathExpr): Typed {
  const span = ctx.span(e.span);
  const src = ctx.src(e.span);
  const [head, ...rest] = e.parts;
  const error: Typed = { ir: { k: "lit", type: "number", value: "0", src, span }, type: "error", flex: false };
  if (!head) return error;
  const b = scope.lookup(head.name);
  if (!b) {
    const s = closest(head.name, scope.names());
    ctx.report(
      "N001.name",
      head.span,
      { name: head.name, expected: term(scope.item ? "inputParamOrItem" : "inputOrParam"), hint: didYouMean(s) },
      { suggestion: s },
    );
    return error;
  }
  if (b.kind === "item" && !b.list) return error;
  if (b.kind === "param") {
    if (rest.length > 0) ctx.report("T009.paramFields", rest[0]!.span, { name: head.name });
    return { ir: { k: "param", name: head.name, type: b.param.type, src, span }, type: b.param.type, flex: false };
  }
  let fields: InputField[] = b.kind === "item" ? (b.list?.type.kind === "list" ? b.list.type.fields : []) : [b.field];
  let field: InputField | undefined = b.kind === "input" ? b.field : undefined;
  const path: string[] = b.kind === "input" ? [head.name] : [];
  for (const part of rest) {
    if (field && field.type.kind !== "record") {
      ctx.report("T009.noField", part.span, {
        path: path.join("."),
        kind: term(field.type.kind === "list" ? "aList" : field.type.kind),
        name: part.name,
      });
      return error;
    }
    if (field && field.type.kind === "record") fields = field.type.fields;
    field = fields.find((f) => f.name === part.name);
    if (!field) {
      const s = closest(
        part.name,
        fields.map((f) => f.name),
      );
      ctx.report(
        "N002.field",
        part.span,
        { name: part.name, expected: ticks(fields.map((f) => f.name)), hint: didYouMean(s) },
        { expected: fields.map((f) => f.name), suggestion: s },
      );
      return error;
    }
    path.push(part.name);
  }
  if (!field) {
    ctx.report("T009.wholeItem", e.span, { src, example: `${src}.${fields[0]?.name ?? "id"}` });
    return error;
  }
  const kind = scalarOf(field.type);
  if (!kind) {
    ctx.report("T008.wholeList", e.span, { src, kind: term(field.type.kind) });
    return error;
  }
  const ir: IrExpr =
    b.kind === "item"
      ? { k: "item", var: head.name, path, type: kind, src, span }
      : { k: "fact", path, type: kind, src, span };
  const t = field.type;
  const range =
    t.kind === "integer" && t.min !== undefined && t.max !== undefined ? { min: t.min, max: t.max } : undefined;
  const currency = t.kind === "money" ? t.currency : undefined;
  return {
    ir,
    type: kind,
    flex: false,
    enumValues: t.kind === "enum" ? t.values : undefined,
    range,
    ...(currency ? { currency } : {}),
  };
}
