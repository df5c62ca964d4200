import type { Article, Cap, Clause } from "@subsidia/ir";
import type { ArticleDecl, NumberLit } from "@subsidia/syntax";
import { moneyExpr } from "./compile-award.js";
import { compileClause } from "./compile-clause.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";

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
    }
  }
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
    span: ctx.span(a.span),
  };
}
