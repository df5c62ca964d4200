import type { Amendment, Article, Policy } from "@subsidia/ir";
import {
  type ArticleDecl,
  type ClauseDecl,
  type Diagnostic,
  hasErrors,
  type ParamDecl,
  type PolicyFile,
} from "@subsidia/syntax";
import { compileAst } from "../compile.js";
import { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { amendedParams } from "./amend-params.js";
import { inputsOf, itemKeyword, libraryHeader } from "./library-header.js";

export interface Source {
  ast: PolicyFile;
  text: string;
  file: string;
}

/**
 * Compiles `amendment "id" amends "policy" { … }`: each `article N { clause name … }` is a new
 * version of the clause of that name in article N of the policy, keeping its identity; each
 * `param` a new value of a parameter of the policy; each `new article N` an article the policy
 * does not have. The clauses are compiled in the policy's scope (its inputs and parameters), by
 * compiling the policy with them in place of the old ones (and the new articles after its
 * own); diagnostics point into the amendment's file.
 */
export function compileAmendment(
  amendment: Source,
  base: Source,
  policy: Policy,
): { amendment?: Amendment; diagnostics: Diagnostic[] } {
  const ctx = new Context(amendment.text, amendment.file);
  const head = libraryHeader(ctx, amendment.ast, inputsOf(policy));
  const replaced = new Map<string, ClauseDecl>();
  const changed: { article: number; name: string }[] = [];
  const added: ArticleDecl[] = [];
  const params: ParamDecl[] = [];
  for (const item of amendment.ast.items) {
    if (item.kind === "Param") params.push(item);
    else if (item.kind !== "Article") ctx.report("R003.amendment", item.span, { found: itemKeyword(item) });
    else if (item.added !== undefined) {
      if (newArticle(ctx, item, policy, added)) added.push(item);
    } else
      for (const c of amendedClauses(ctx, item, policy)) {
        replaced.set(`${item.number.value}/${c.name.name}`, c);
        changed.push({ article: Number(item.number.value), name: c.name.name });
      }
  }
  const values = amendedParams(ctx, params, policy);
  if (hasErrors(ctx.diagnostics) || head.validity === undefined) return { diagnostics: ctx.diagnostics };
  const spliced = splice(base.ast, replaced, added);
  const texts = new Map([[amendment.file, amendment.text]]);
  const out = compileAst(spliced, base.text, base.file, { texts });
  const own = out.diagnostics.filter((d) => d.span.file === amendment.file);
  const diagnostics = [...ctx.diagnostics, ...own];
  if (out.ir === undefined) return { diagnostics };
  const compiled = (number: number): Article => {
    const a = out.ir?.articles.find((x) => x.number === number);
    if (a === undefined) throw new Error(`amended article ${number} not compiled`);
    return a;
  };
  const clauses = changed.map(({ article, name }) => {
    const clause = compiled(article).clauses.find((c) => c.id === name);
    if (clause === undefined) throw new Error(`amended clause ${name} of article ${article} not compiled`);
    return { article, clause };
  });
  const articles = added.map((a) => compiled(Number(a.number.value)));
  return {
    amendment: {
      kind: "amendment",
      id: head.id,
      title: head.title,
      ...(head.issuer !== undefined ? { issuer: head.issuer } : {}),
      ...(head.issued !== undefined ? { issued: head.issued } : {}),
      ...(head.source !== undefined ? { source: head.source } : {}),
      file: amendment.file,
      amends: policy.id,
      validity: head.validity,
      clauses,
      ...(values.length > 0 ? { params: values } : {}),
      ...(articles.length > 0 ? { articles } : {}),
      span: ctx.span(amendment.ast.span),
    },
    diagnostics,
  };
}

/** A `new article` whose number neither the policy nor an earlier `new article` of the amendment has (R098). */
function newArticle(ctx: Context, item: ArticleDecl, policy: Policy, added: readonly ArticleDecl[]): boolean {
  const number = Number(item.number.value);
  const taken = [...policy.articles.map((a) => a.number), ...added.map((a) => Number(a.number.value))];
  if (!taken.includes(number)) return true;
  const params = { policy: policy.id, number: item.number.text, taken: taken.join(", ") };
  ctx.report("R098.article", item.number.span, params);
  return false;
}

/** The clauses an amendment's article replaces; anything else in it is reported. */
function amendedClauses(ctx: Context, item: ArticleDecl, policy: Policy): ClauseDecl[] {
  const number = Number(item.number.value);
  const article = policy.articles.find((a) => a.number === number);
  if (article === undefined) {
    const params = { policy: policy.id, number: item.number.text, expected: policy.articles.map((a) => a.number) };
    ctx.report("R005.article", item.number.span, params);
    return [];
  }
  const out: ClauseDecl[] = [];
  for (const e of item.entries) {
    if (e.kind !== "Clause") {
      ctx.report("R003.amendment", e.span, { found: e.kind === "TotalCap" ? "cap total" : e.kind.toLowerCase() });
      continue;
    }
    const ids = article.clauses.map((c) => c.id);
    if (!ids.includes(e.name.name)) {
      const s = closest(e.name.name, ids);
      const params = { policy: policy.id, number: item.number.text, name: e.name.name, expected: ticks(ids) };
      ctx.report("R005.clause", e.name.span, { ...params, hint: didYouMean(s) }, { expected: ids, suggestion: s });
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The policy's tree with the amended clauses in place of the old ones, in the same order, then the added articles. */
function splice(ast: PolicyFile, replaced: ReadonlyMap<string, ClauseDecl>, added: readonly ArticleDecl[]): PolicyFile {
  const items = ast.items.map((item) => {
    if (item.kind !== "Article") return item;
    const entries = item.entries.map((e) =>
      e.kind === "Clause" ? (replaced.get(`${item.number.value}/${e.name.name}`) ?? e) : e,
    );
    return { ...item, entries };
  });
  return { ...ast, items: [...items, ...added.map(({ added: _a, ...a }) => a)] };
}
