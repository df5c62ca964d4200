import type {
  Award,
  Cap,
  Clause,
  Expr as IrExpr,
  Funding,
  HistoryCap,
  InputField,
  Instalment,
  Rule,
  Selection,
  Uplift,
} from "@subsidia/ir";
import type { ClauseDecl, ClauseEntry, Expr } from "@subsidia/syntax";
import { checkExpr, expectBoolean } from "./check-expr.js";
import { compileAward, moneyExpr, percentExpr } from "./compile-award.js";
import {
  compileHistoryCap,
  compileOnePer,
  compileRangeLow,
  compileRule,
  compileSchedule,
  compileSelection,
} from "./compile-limits.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";
import { closest, didYouMean, ticks } from "./suggest.js";

/** Compiles one clause: its item loop, conditions, award, caps, uplifts, funding and text. */
export function compileClause(ctx: Context, scope: Scope, c: ClauseDecl): Clause {
  let inner = scope;
  let forEach: Clause["forEach"];
  if (c.forEach) {
    const list = c.forEach.list.name;
    const field = scope.inputs.get(list);
    if (field?.type.kind !== "list") {
      const lists = [...scope.inputs.values()].filter((f) => f.type.kind === "list").map((f) => f.name);
      const s = closest(list, lists);
      if (field)
        ctx.report("T008.notList", c.forEach.list.span, {
          name: list,
          lists: ticks(lists.length ? lists : ["projects"]),
        });
      else ctx.report("N001.list", c.forEach.list.span, { name: list, hint: didYouMean(s) }, { suggestion: s });
      inner = scope.withItem(c.forEach.var.name, undefined);
    } else {
      if (scope.inputs.has(c.forEach.var.name) || scope.params.has(c.forEach.var.name)) {
        ctx.report("N003.itemHides", c.forEach.var.span, { name: c.forEach.var.name });
      }
      inner = scope.withItem(c.forEach.var.name, field as InputField);
      scope.used.add(list);
      forEach = { var: c.forEach.var.name, list, span: ctx.span(c.forEach.span) };
    }
  }

  const conditions: IrExpr[] = [];
  const caps: Cap[] = [];
  const uplifts: Uplift[] = [];
  let award: Award | undefined;
  let upTo = false;
  let totalCap: Cap | undefined;
  let funding: Funding | undefined;
  let nonMonetary: string | undefined;
  let stackKey: string | undefined;
  let rangeLow: Award | undefined;
  const historyCaps: HistoryCap[] = [];
  let once: Clause["once"];
  let lessReceived: Clause["lessReceived"];
  let schedule: Instalment[] | undefined;
  let selection: Selection | undefined;
  let onePer: Clause["onePer"];
  const rules: Rule[] = [];
  const refsBefore = scope.refs.length;
  const text: string[] = [];
  const single = (e: ClauseEntry, present: unknown, what: string) => {
    if (present !== undefined) ctx.report("S003.clause", e.span, { what, name: c.name.name });
  };

  for (const e of c.entries) {
    switch (e.kind) {
      case "Text":
        text.push(e.parts.map((p) => p.value).join(""));
        break;
      case "When": {
        const t = checkExpr(ctx, inner, e.cond);
        expectBoolean(ctx, t, e.cond);
        conditions.push(t.ir);
        break;
      }
      case "Award":
        single(e, award, "`award`");
        award = compileAward(ctx, inner, e.award);
        upTo = e.upTo;
        rangeLow = e.low && compileRangeLow(ctx, inner, e, e.low);
        break;
      case "Cap":
        if (e.over) historyCaps.push(compileHistoryCap(ctx, inner, e));
        else caps.push({ amount: moneyExpr(ctx, inner, e.amount, "aCap", "T006"), span: ctx.span(e.span) });
        break;
      case "TotalCap":
        if (e.over) {
          historyCaps.push(compileHistoryCap(ctx, scope, e));
          break;
        }
        single(e, totalCap, "`cap total`");
        totalCap = { amount: moneyExpr(ctx, scope, e.amount, "aTotalCap", "T006"), span: ctx.span(e.span) };
        break;
      case "Uplift": {
        let when: IrExpr | undefined;
        if (e.when) {
          const t = checkExpr(ctx, inner, e.when);
          expectBoolean(ctx, t, e.when);
          when = t.ir;
        }
        if (upliftNotAbove0(e.rate)) ctx.report("A013.uplift", e.rate.span, { src: ctx.src(e.rate.span) });
        uplifts.push({
          rate: percentExpr(ctx, inner, e.rate, "anUplift"),
          ...(when ? { when } : {}),
          order: e.order === "before" ? "before-cap" : "after-cap",
          orderStated: e.order !== undefined,
          span: ctx.span(e.span),
        });
        break;
      }
      case "Funding":
        single(e, funding, "`funded by`");
        funding = compileFunding(ctx, e);
        break;
      case "NonMonetary":
        single(e, nonMonetary, "`nonmonetary`");
        nonMonetary = e.reason.value;
        break;
      case "Stack":
        single(e, stackKey, "`stack`");
        stackKey = e.key.value;
        break;
      case "Once":
        single(e, once, "`once`");
        once = { ...(e.reason ? { reason: e.reason.value } : {}), span: ctx.span(e.span) };
        break;
      case "LessReceived":
        single(e, lessReceived, "`less received`");
        lessReceived = { span: ctx.span(e.span) };
        break;
      case "Pay":
        single(e, schedule, "`pay`");
        schedule = compileSchedule(ctx, inner, e);
        break;
      case "Select":
        single(e, selection, "`select`");
        selection = compileSelection(ctx, inner, e);
        break;
      case "OnePer":
        single(e, onePer, "`one per`");
        onePer = compileOnePer(ctx, inner, e, c.name.name);
        break;
      case "Rule":
        rules.push(compileRule(ctx, e));
        break;
      default:
        assertNever(e);
    }
  }
  for (const r of scope.refs.slice(refsBefore)) r.from = c.name.name;
  if (!award && nonMonetary === undefined) {
    ctx.report("S004.noAward", c.name.span, { name: c.name.name }, { expected: ["award", "nonmonetary"] });
  }
  if (award && nonMonetary !== undefined) {
    ctx.report("S005.awardAndNonmonetary", c.name.span, { name: c.name.name });
  }
  return {
    id: c.name.name,
    ...(c.title ? { title: c.title.value } : {}),
    ...(text.length ? { text: text.join("") } : {}),
    ...(forEach ? { forEach } : {}),
    conditions,
    ...(award ? { award } : {}),
    basis: rangeLow ? "range" : upTo ? "up-to" : "exact",
    ...(rangeLow ? { rangeLow } : {}),
    caps,
    uplifts,
    ...(totalCap ? { totalCap } : {}),
    ...(funding ? { funding } : {}),
    ...(nonMonetary !== undefined ? { nonMonetary } : {}),
    ...(stackKey !== undefined ? { stackKey } : {}),
    ...(historyCaps.length ? { historyCaps } : {}),
    ...(once ? { once } : {}),
    ...(lessReceived ? { lessReceived } : {}),
    ...(schedule?.length ? { schedule } : {}),
    ...(selection ? { selection } : {}),
    ...(onePer ? { onePer } : {}),
    ...(rules.length ? { rules } : {}),
    span: ctx.span(c.span),
  };
}

function compileFunding(ctx: Context, e: Extract<ClauseEntry, { kind: "Funding" }>): Funding {
  const payers = e.payers.map((p) => {
    if (!/^\d+(\.\d+)?$/.test(p.share.value) || Number(p.share.value) === 0) {
      ctx.report("T007.share", p.share.span, { src: p.share.text });
    }
    return { name: p.name.name, share: p.share.value };
  });
  const names = new Set<string>();
  for (const p of e.payers) {
    if (names.has(p.name.name)) ctx.report("N003.payer", p.name.span, { name: p.name.name });
    names.add(p.name.name);
  }
  return { payers, span: ctx.span(e.span) };
}

function assertNever(x: never): never {
  throw new Error(`unexpected clause entry ${JSON.stringify(x)}`);
}

/** `uplift -70%`, `uplift 0%`: a literal uplift that does not raise the award. */
function upliftNotAbove0(e: Expr): boolean {
  if (e.kind === "Unary" && e.op === "-" && e.expr.kind === "Percent") return true;
  return e.kind === "Percent" && /^0+(\.0+)?$/.test(e.fraction);
}
