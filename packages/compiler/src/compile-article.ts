import type { Article, Cap, Clause, Rule } from "@subsidia/ir";
import type { ArticleDecl, NumberLit } from "@subsidia/syntax";
import { moneyExpr } from "./compile-award.js";
import { compileClause } from "./compile-clause.js";
import { compileRule } from "./compile-limits.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";
import { closest, didYouMean } from "./suggest.js";

/** Article numbers run from 1 to this (the IR holds them as safe integers; documents stop far below). */
export const MAX_ARTICLE = 9999;

/** The number of `article N` or `expect article N`; a T007 (and 1) when it is not a whole number in range. */
export function articleNumber(ctx: Context, n: NumberLit): number {
  const number = Number(n.value);
  if (/^\d+$/.test(n.value) && number >= 1 && number <= MAX_ARTICLE) return number;
  ctx.report("T007.articleNumber", n.span, { src: n.text, max: MAX_ARTICLE });
  return 1;
}

/** Compiles `article N "title" { … }` with its text, responsible units, total cap and clauses. */
export function compileArticle(ctx: Context, scope: Scope, a: ArticleDecl): Article {
  const number = articleNumber(ctx, a.number);
  const text: string[] = [];
  const units: string[] = [];
  const clauses: Clause[] = [];
  let totalCap: Cap | undefined;
  let budget: Article["budget"];
  const exclusive: NonNullable<Article["exclusive"]> = [];
  const rules: Rule[] = [];
  for (const e of a.entries) {
    switch (e.kind) {
      case "Text":
        text.push(e.parts.map((p) => p.value).join(""));
        break;
      case "Units":
        units.push(...e.values.map((v) => v.value));
        break;
      case "TotalCap":
        if (totalCap) ctx.report("S003.article", e.span, { number: a.number.text });
        totalCap = { amount: moneyExpr(ctx, scope, e.amount, "aTotalCap", "T006"), span: ctx.span(e.span) };
        break;
      case "Clause":
        clauses.push(compileClause(ctx, scope, e));
        break;
      case "Exclusive": {
        const members = [...new Set(e.members.map((m) => m.name))];
        if (members.length < 2) ctx.report("S011.members", e.span, {});
        exclusive.push({ members, ...(e.reason ? { reason: e.reason.value } : {}), span: ctx.span(e.span) });
        break;
      }
      case "Budget":
        if (budget) ctx.report("S003.clause", e.span, { what: "`budget`", name: `art${a.number.value}` });
        budget = {
          amount: moneyExpr(ctx, scope, e.amount, "aBudget", "T006"),
          ...(e.reason ? { reason: e.reason.value } : {}),
          span: ctx.span(e.span),
        };
        break;
      case "Rule":
        rules.push(compileRule(ctx, e));
        break;
    }
  }
  checkExclusive(ctx, a, clauses);
  if (text.length === 0) {
    ctx.report("A002.noText", a.title.span, { number: a.number.text });
  }
  return {
    number,
    id: `art${a.number.value}`,
    title: a.title.value,
    ...(text.length ? { text: text.join("") } : {}),
    units,
    clauses,
    ...(totalCap ? { totalCap } : {}),
    ...(exclusive.length ? { exclusive: exclusive.filter((g) => g.members.length >= 2) } : {}),
    ...(budget ? { budget } : {}),
    ...(rules.length ? { rules } : {}),
    span: ctx.span(a.span),
  };
}

/** Each member of an `exclusive` group is a clause of the article, in one group at most. */
function checkExclusive(ctx: Context, a: ArticleDecl, clauses: readonly Clause[]): void {
  const ids = clauses.map((c) => c.id);
  const grouped = new Set<string>();
  for (const e of a.entries) {
    if (e.kind !== "Exclusive" || new Set(e.members.map((m) => m.name)).size < 2) continue;
    for (const m of e.members) {
      if (!ids.includes(m.name)) {
        const s = closest(m.name, ids);
        ctx.report("N009.exclusive", m.span, { name: m.name, hint: didYouMean(s) }, { suggestion: s });
      } else if (grouped.has(m.name)) ctx.report("S011.groups", m.span, { name: m.name });
      grouped.add(m.name);
    }
  }
}
