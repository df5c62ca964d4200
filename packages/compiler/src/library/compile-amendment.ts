import type { Amendment, Policy } from "@subsidia/ir";
import { type ArticleDecl, type ClauseDecl, type Diagnostic, hasErrors, type PolicyFile } from "@subsidia/syntax";
import { compileAst } from "../compile.js";
import { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";
import { inputsOf, itemKeyword, libraryHeader } from "./library-header.js";

export interface Source {
  ast: PolicyFile;
  text: string;
  file: string;
}

/**
 * Compiles `amendment "id" amends "policy" { … }`: each `article N { clause name … }` is a new
 * version of the clause of that name in article N of the policy, keeping its identity. The
 * clauses are compiled in the policy's scope (its inputs and parameters), by compiling the
 * policy with them in place of the old ones; diagnostics point into the amendment's file.
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
  for (const item of amendment.ast.items) {
    if (item.kind !== "Article") {
      ctx.report("R003.amendment", item.span, { found: itemKeyword(item) });
      continue;
    }
    for (const c of amendedClauses(ctx, item, policy)) {
      replaced.set(`${item.number.value}/${c.name.name}`, c);
      changed.push({ article: Number(item.number.value), name: c.name.name });
    }
  }
  if (hasErrors(ctx.diagnostics) || head.validity === undefined) return { diagnostics: ctx.diagnostics };
  const spliced = splice(base.ast, replaced);
  const texts = new Map([[amendment.file, amendment.text]]);
  const out = compileAst(spliced, base.text, base.file, { texts });
  const own = out.diagnostics.filter((d) => d.span.file === amendment.file);
  const diagnostics = [...ctx.diagnostics, ...own];
  if (out.ir === undefined) return { diagnostics };
  const clauses = changed.map(({ article, name }) => {
    const a = out.ir?.articles.find((x) => x.number === article);
    const clause = a?.clauses.find((c) => c.id === name);
    if (clause === undefined) throw new Error(`amended clause ${name} of article ${article} not compiled`);
    return { article, clause };
  });
  const rest = head;
  return {
    amendment: {
      kind: "amendment",
      id: rest.id,
      title: rest.title,
      ...(rest.issuer !== undefined ? { issuer: rest.issuer } : {}),
      ...(rest.issued !== undefined ? { issued: rest.issued } : {}),
      ...(rest.source !== undefined ? { source: rest.source } : {}),
      file: amendment.file,
      amends: policy.id,
      validity: head.validity,
      clauses,
      span: ctx.span(amendment.ast.span),
    },
    diagnostics,
  };
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

/** The policy's tree with the amended clauses in place of the old ones, in the same order. */
function splice(ast: PolicyFile, replaced: ReadonlyMap<string, ClauseDecl>): PolicyFile {
  const items = ast.items.map((item) => {
    if (item.kind !== "Article") return item;
    const entries = item.entries.map((e) =>
      e.kind === "Clause" ? (replaced.get(`${item.number.value}/${e.name.name}`) ?? e) : e,
    );
    return { ...item, entries };
  });
  return { ...ast, items };
}
