import type { Amendment, Article, Policy } from "@subsidia/ir";
import {
  type ArticleDecl,
  type ArticleEntry,
  type ClauseDecl,
  type Diagnostic,
  hasErrors,
  type InputDecl,
  type Item,
  type ParamDecl,
  type PolicyFile,
  type RemoveDecl,
} from "@subsidia/syntax";
import { compileAst } from "../compile.js";
import { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { addedDecls, amendedParams } from "./amend-params.js";
import { amendedRemovals, isRemoved, type Removed } from "./amend-removals.js";
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
 * does not have; `new input` and `new param` an input and a parameter it does not declare;
 * `remove` an article or clause that no longer applies. The clauses are compiled in the policy's
 * scope (its inputs and parameters, and the added ones), by compiling the policy with them in
 * place of the old ones (the removed ones left out, the new articles after its own);
 * diagnostics point into the amendment's file.
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
  const newInputs: InputDecl[] = [];
  const newParams: ParamDecl[] = [];
  const removals: RemoveDecl[] = [];
  for (const item of amendment.ast.items) {
    if (item.kind === "Param") (item.added ? newParams : params).push(item);
    else if (item.kind === "Input" && item.added) newInputs.push(item);
    else if (item.kind === "Remove") removals.push(item);
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
  const declared = addedDecls(ctx, newInputs, newParams, policy);
  const amendedArticles = amendment.ast.items.filter((i): i is ArticleDecl => i.kind === "Article" && !i.added);
  const { removed, removals: gone } = amendedRemovals(ctx, removals, policy, amendedArticles);
  if (hasErrors(ctx.diagnostics) || head.validity === undefined) return { diagnostics: ctx.diagnostics };
  const spliced = splice(base.ast, { replaced, added, removed, declared: [...declared.inputs, ...declared.params] });
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
  const inputNames = new Set(declared.inputs.map((i) => i.field.name.name));
  const paramNames = new Set(declared.params.map((p) => p.name.name));
  const inputs = out.ir.inputs.filter((i) => inputNames.has(i.name));
  const addedParams = out.ir.params.filter((p) => paramNames.has(p.name));
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
      ...(inputs.length > 0 ? { inputs } : {}),
      ...(addedParams.length > 0 ? { addedParams } : {}),
      ...(gone.length > 0 ? { removed: gone } : {}),
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

/** What an amendment changes in the policy's tree. */
interface Changes {
  replaced: ReadonlyMap<string, ClauseDecl>;
  added: readonly ArticleDecl[];
  removed: Removed;
  /** `new input` and `new param` */
  declared: readonly (InputDecl | ParamDecl)[];
}

/**
 * The policy's tree as amended: the amended clauses in place of the old ones, in the same order;
 * the removed articles and clauses left out (and out of `exclusive` groups, a group of fewer than
 * two dropped); the added inputs, parameters and articles after the policy's own. Its tests,
 * which are the policy's, are left out: they may name a removed clause.
 */
function splice(ast: PolicyFile, { replaced, added, removed, declared }: Changes): PolicyFile {
  const items = ast.items.flatMap((item): Item[] => {
    if (item.kind === "Test") return [];
    if (item.kind !== "Article") return [item];
    const number = Number(item.number.value);
    if (removed.get(number) === null) return [];
    const gone = (name: string) => isRemoved(removed, number, name);
    const entries = item.entries.flatMap((e): ArticleEntry[] => {
      if (e.kind === "Clause") return gone(e.name.name) ? [] : [replaced.get(`${number}/${e.name.name}`) ?? e];
      if (e.kind !== "Exclusive") return [e];
      const members = e.members.filter((m) => !gone(m.name));
      return members.length >= 2 ? [{ ...e, members }] : [];
    });
    return [{ ...item, entries }];
  });
  const plain = declared.map(({ added: _a, ...d }) => d);
  return { ...ast, items: [...items, ...plain, ...added.map(({ added: _a, ...a }) => a)] };
}
