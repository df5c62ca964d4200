import type { Award, Clause, Expr as IrExpr, HistoryCap, Instalment, Rule, Selection } from "@subsidia/ir";
import { type ClauseEntry, type Expr, type RuleEntry, term } from "@subsidia/syntax";
import { add, cmp, mul, ONE, type Q, q, ZERO } from "./analysis-numbers.js";
import { checkExpr } from "./check-expr.js";
import { compileAward, moneyExpr } from "./compile-award.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";

/**
 * The clause entries of wave 2 that limit or shape an award: ranges, caps across years, `once`,
 * `less received`, payment schedules, selection among applicants, `one per … keep highest` and
 * cited rules. Each returns the IR fields it sets; compile-clause.ts merges them.
 */

type Entry<K extends ClauseEntry["kind"]> = Extract<ClauseEntry, { kind: K }>;

/** `award A to B [of X]`: the lower end computed through the same kind of award as the upper. */
export function compileRangeLow(ctx: Context, scope: Scope, e: Entry<"Award">, low: Expr): Award | undefined {
  if (e.upTo) ctx.report("S011.rangeUpTo", e.span, {});
  const a = e.award;
  if (a.kind !== "AwardAmount" && a.kind !== "AwardRate") return undefined;
  const high = a.kind === "AwardAmount" ? a.amount : a.rate;
  const [l, h] = [literalNumber(low), literalNumber(high)];
  if (l && h && l.kind === h.kind && cmp(q(l.value)!, q(h.value)!) > 0) {
    ctx.report("A015.range", low.span, { low: ctx.src(low.span), high: ctx.src(high.span) });
  }
  return compileAward(ctx, scope, a.kind === "AwardAmount" ? { ...a, amount: low } : { ...a, rate: low });
}

function literalNumber(e: Expr): { kind: string; value: string } | undefined {
  if (e.kind === "Money") return { kind: "money", value: e.yuan };
  if (e.kind === "Percent") return { kind: "percent", value: e.fraction };
  return undefined;
}

export function compileHistoryCap(ctx: Context, scope: Scope, e: Entry<"Cap" | "TotalCap">): HistoryCap {
  const years = e.over?.years;
  if (years && (!/^\d+$/.test(years.value) || Number(years.value) < 1)) {
    ctx.report("T007.years", years.span, { src: years.text });
  }
  return {
    amount: moneyExpr(ctx, scope, e.amount, e.kind === "Cap" ? "aCap" : "aTotalCap", "T006"),
    years: years && /^\d+$/.test(years.value) && Number(years.value) >= 1 ? Number(years.value) : null,
    scope: e.kind === "Cap" ? "item" : "applicant",
    span: ctx.span(e.span),
  };
}

export function compileSchedule(ctx: Context, scope: Scope, e: Entry<"Pay">): Instalment[] {
  let sum: Q = ZERO;
  let literal = true;
  const out = e.instalments.map((i) => {
    const share = checkExpr(ctx, scope, i.share);
    if (share.type !== "error" && share.type !== "percent") {
      ctx.report("T017.share", i.share.span, { src: ctx.src(i.share.span), type: term(share.type) });
    }
    const part = i.share.kind === "Percent" ? q(i.share.fraction) : undefined;
    if (part) sum = add(sum, part);
    else literal = false;
    const on = checkExpr(ctx, scope, i.on);
    if (on.type !== "error" && on.type !== "date") {
      ctx.report("T017.on", i.on.span, { src: ctx.src(i.on.span), type: term(on.type) });
    }
    return { share: share.ir, on: on.ir, label: i.label.value, span: ctx.span(i.span) };
  });
  if (literal && cmp(sum, ONE) !== 0) {
    const pct = mul(sum, { n: 100n, d: 1n });
    ctx.report("T017.total", e.span, { sum: `${pct.d === 1n ? pct.n : Number(pct.n) / Number(pct.d)}%` });
  }
  return out;
}

export function compileSelection(ctx: Context, scope: Scope, e: Entry<"Select">): Selection {
  const count = Number(e.count.value);
  const whole = /^\d+$/.test(e.count.value) && count >= 1;
  if (!whole) ctx.report("S011.count", e.count.span, { mode: e.mode, src: e.count.text });
  const by = checkExpr(ctx, scope, e.by);
  if (e.mode === "first" && by.type !== "error" && by.type !== "date") {
    ctx.report("S011.firstDate", e.by.span, { src: ctx.src(e.by.span), type: term(by.type) });
  }
  // a text has an order (by code point: SQL's conformance suite ranks by name); an enum or a yes/no has none
  if (e.mode === "top" && (by.type === "boolean" || by.enumValues !== undefined)) {
    const type = by.enumValues !== undefined ? "enum" : by.type;
    ctx.report("S011.topOrder", e.by.span, { src: ctx.src(e.by.span), type: term(type) });
  }
  const per: IrExpr | undefined = e.per && checkExpr(ctx, scope, e.per).ir;
  return {
    mode: e.mode,
    count: whole ? count : 1,
    by: by.ir,
    order: e.order ?? (e.mode === "first" ? "ascending" : "descending"),
    ...(per ? { per } : {}),
    ...(e.reason ? { reason: e.reason.value } : {}),
    span: ctx.span(e.span),
  };
}

export function compileOnePer(ctx: Context, scope: Scope, e: Entry<"OnePer">, clause: string): Clause["onePer"] {
  if (!scope.item) ctx.report("S011.onePerList", e.span, { name: clause });
  const key = checkExpr(ctx, scope, e.key);
  return { key: key.ir, ...(e.reason ? { reason: e.reason.value } : {}), span: ctx.span(e.span) };
}

export function compileRule(ctx: Context, e: RuleEntry): Rule {
  if (e.title.value.trim() === "") ctx.report("S012.rule", e.title.span, {});
  return { title: e.title.value, ...(e.number ? { number: e.number.value } : {}), span: ctx.span(e.span) };
}
