import type { InputField, InputType, Param, ScalarKind } from "@subsidia/ir";
import { type FieldDecl, type ParamDecl, term, type TypeExpr } from "@subsidia/syntax";
import { declaredCurrency, expectYuan } from "./currency.js";
import { checkExpr } from "./check-expr.js";
import type { Context } from "./context.js";
import { cmp, q } from "./analysis-numbers.js";
import { isRealDate } from "./literals.js";
import { Scope } from "./scope.js";
import { closest, didYouMean, ticks } from "./suggest.js";

const SCALARS = ["money", "percent", "number", "integer", "boolean", "date", "string"] as const;
const TYPE_NAMES = [...SCALARS, "enum", "record", "list"];

export function compileField(ctx: Context, f: FieldDecl): InputField {
  const awards = f.type.name.name === "awards";
  return {
    name: f.name.name,
    type: awards ? awardsType(ctx, f) : compileType(ctx, f.type),
    optional: f.type.optional,
    ...(f.doc ? { doc: f.doc.value } : {}),
    ...(awards ? { role: "awards" as const } : f.type.history ? { role: "history" as const } : {}),
    span: ctx.span(f.span),
  };
}

/** `awards`: the awards paid before, a list of { clause, item, date, amount } that history reads. */
function awardsType(ctx: Context, f: FieldDecl): InputType {
  const span = ctx.span(f.type.span);
  const field = (name: string, kind: "string" | "date" | "money", doc: string, optional = false): InputField => ({
    name,
    type: { kind },
    optional,
    doc,
    span,
  });
  return {
    kind: "list",
    fields: [
      field("clause", "string", "the clause that paid it"),
      field("item", "string", "the item's id, for a clause with `for each`", true),
      field("date", "date", "when it was paid"),
      field("amount", "money", "the amount paid"),
    ],
  };
}

function compileType(ctx: Context, t: TypeExpr): InputType {
  const name = t.name.name;
  if (name === "enum") {
    const values = (t.enumValues ?? []).map((v) => v.value);
    const seen = new Set<string>();
    for (const v of t.enumValues ?? []) {
      if (seen.has(v.value)) ctx.report("N003.enumMember", v.span, { name: v.value });
      seen.add(v.value);
    }
    return { kind: "enum", values };
  }
  if (name === "record" || name === "list") {
    const fields = compileFields(ctx, t.fields ?? []);
    return { kind: name, fields };
  }
  if (t.range) return compileRange(ctx, t, name);
  if (t.currency) {
    if (name !== "money") {
      ctx.report("T098.notMoney", t.currency.span, { type: name, name: t.currency.name });
      return { kind: name as (typeof SCALARS)[number] } as InputType;
    }
    const currency = declaredCurrency(ctx, t.currency);
    return currency ? { kind: "money", currency } : { kind: "money" };
  }
  if ((SCALARS as readonly string[]).includes(name)) return { kind: name as (typeof SCALARS)[number] };
  const s = closest(name, TYPE_NAMES);
  ctx.report(
    "N008.type",
    t.name.span,
    { name, expected: ticks(TYPE_NAMES), hint: didYouMean(s) },
    { expected: TYPE_NAMES, suggestion: s },
  );
  return { kind: "string" };
}

/** `integer from 1 to 3`, `number from 0 to 1`: an inclusive range of allowed values. */
function compileRange(ctx: Context, t: TypeExpr, name: string): InputType {
  const { min, max } = t.range!;
  if (name !== "integer" && name !== "number") {
    ctx.report("T007.rangeType", min.span, { name });
    return { kind: "string" };
  }
  for (const b of [min, max]) {
    if (name === "integer" && !/^\d+$/.test(b.value)) ctx.report("T007.integerRange", b.span, { src: b.text });
  }
  const [lo, hi] = [q(min.value), q(max.value)];
  if (lo && hi && cmp(lo, hi) > 0) ctx.report("T007.rangeOrder", max.span, { max: max.text, min: min.text });
  return { kind: name, min: min.value, max: max.value };
}

/** Names every JavaScript object inherits: facts named so would be lost or shadowed in JSON objects. */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Compiles a list of fields, reporting names declared twice. */
export function compileFields(ctx: Context, decls: readonly FieldDecl[]): InputField[] {
  const out: InputField[] = [];
  const names = new Set<string>();
  for (const d of decls) {
    if (RESERVED_NAMES.has(d.name.name)) {
      ctx.report("T007.reservedName", d.name.span, { name: d.name.name });
      continue;
    }
    if (names.has(d.name.name)) {
      ctx.report("N003.declared", d.name.span, { name: d.name.name });
      continue;
    }
    names.add(d.name.name);
    out.push(compileField(ctx, d));
  }
  return out;
}

export function compileParam(ctx: Context, p: ParamDecl, inputs: ReadonlyMap<string, InputField>): Param {
  const typeName = p.type.name;
  let type: ScalarKind = "number";
  if ((SCALARS as readonly string[]).includes(typeName)) type = typeName as ScalarKind;
  else {
    const s = closest(typeName, SCALARS);
    ctx.report(
      "N008.paramType",
      p.type.span,
      { name: typeName, expected: ticks(SCALARS), hint: didYouMean(s) },
      { expected: [...SCALARS], suggestion: s },
    );
  }
  const scope = new Scope(inputs, new Map());
  let lastFrom = "";
  const values = p.values.map((v) => {
    const t = checkExpr(ctx, scope, v.value);
    if (type === "money") expectYuan(ctx, t, v.value, "aMoneyParam");
    if (v.value.kind === "Path" || t.ir.k === "fact") {
      ctx.report("T007.paramConstant", v.value.span, { src: ctx.src(v.value.span) });
    } else if (t.type !== "error" && t.type !== type && !(t.flex && (type === "money" || type === "number"))) {
      ctx.report("T007.paramType", v.value.span, {
        src: ctx.src(v.value.span),
        type: term(t.type),
        name: p.name.name,
        declared: term(type),
      });
    }
    if (v.from) {
      if (!isRealDate(v.from.value)) ctx.report("T010.date", v.from.span, { value: v.from.value });
      if (v.from.value <= lastFrom)
        ctx.report("S005.paramDates", v.from.span, { name: p.name.name, date: v.from.value, previous: lastFrom });
      lastFrom = v.from.value;
    }
    const value = t.flex && t.ir.k === "lit" ? { ...t.ir, type } : t.ir;
    return { ...(v.from ? { from: v.from.value } : {}), value, ...(v.text ? { doc: v.text.value } : {}) };
  });
  return {
    name: p.name.name,
    type,
    ...(p.doc ? { doc: p.doc.value } : {}),
    values,
    ...(p.pending ? { pending: p.pending.value } : {}),
    span: ctx.span(p.span),
  };
}
