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
  ctx.report(
    "T007",
    n.span,
    `an article number must be a whole number from 1 to ${MAX_ARTICLE} (as in the document: （四） is 4); got \`${n.text}\``,
  );
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
        if (totalCap)
          ctx.report("S003", e.span, `\`cap total\` is given twice in article ${a.number.text}; expected one`);
        totalCap = { amount: moneyExpr(ctx, scope, e.amount, "a total cap", "T006"), span: ctx.span(e.span) };
        break;
      case "Clause":
        clauses.push(compileClause(ctx, scope, e));
        break;
    }
  }
  if (text.length === 0) {
    ctx.report(
      "A002",
      a.title.span,
      `article ${a.number.text} cites no text of the document; expected a \`text "…"\` line with the sentence(s) it encodes`,
    );
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
