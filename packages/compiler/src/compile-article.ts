import type { Article, Cap, Clause } from "@subsidia/ir";
import type { ArticleDecl } from "@subsidia/syntax";
import { moneyExpr } from "./compile-award.js";
import { compileClause } from "./compile-clause.js";
import type { Context } from "./context.js";
import type { Scope } from "./scope.js";

/** Compiles `article N "title" { … }` with its text, responsible units, total cap and clauses. */
export function compileArticle(ctx: Context, scope: Scope, a: ArticleDecl): Article {
  const number = Number(a.number.value);
  if (!/^\d+$/.test(a.number.value) || number < 1) {
    ctx.report("T007.articleNumber", a.number.span, { src: a.number.text });
  }
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
    number: Number.isInteger(number) && number >= 1 ? number : 1,
    id: `art${a.number.value}`,
    title: a.title.value,
    ...(text.length ? { text: text.join("") } : {}),
    units,
    clauses,
    ...(totalCap ? { totalCap } : {}),
    span: ctx.span(a.span),
  };
}
