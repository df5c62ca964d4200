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
    ctx.report(
      "T007",
      a.number.span,
      `an article number must be a whole number from 1 (as in the document: （四） is 4); got \`${a.number.text}\``,
    );
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
