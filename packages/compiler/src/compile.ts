import { IR_VERSION, Policy, type Article, type InputField, type Param, type PolicyTest } from "@subsidia/ir";
import { capDiagnostics, hasErrors, parse, type Diagnostic, type PolicyFile } from "@subsidia/syntax";
import { analyse } from "./analysis.js";
import { compileArticle } from "./compile-article.js";
import { compileHeader } from "./compile-header.js";
import { compileFields, compileParam } from "./compile-inputs.js";
import { compileTest } from "./compile-tests.js";
import { Context } from "./context.js";
import type { CompileHooks } from "./compile-hooks.js";
import { Scope } from "./scope.js";
import { checkAwardsInputs, checkReferences } from "./check-references.js";
import { standalone } from "./library/standalone.js";

export interface CompileResult {
  /** present when there are no errors (warnings allowed) */
  ir?: Policy | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Parses and compiles policy text. Every syntax and semantic problem is reported, in source
 * order, up to the limit of a file (`capDiagnostics`: then one diagnostic counts the rest).
 */
export function compile(text: string, file = "policy.subsidia"): CompileResult {
  const { ast, diagnostics } = parse(text, file);
  if (hasErrors(diagnostics)) return { diagnostics };
  const out = compileAst(ast, text, file);
  return { ...out, diagnostics: capDiagnostics(sortDiagnostics([...diagnostics, ...out.diagnostics])) };
}

/** Compiles a parsed file; `hooks` let the incremental checker reuse what an edit left alone. */
export function compileAst(ast: PolicyFile, text: string, file: string, hooks: CompileHooks = {}): CompileResult {
  const ctx = new Context(text, file, hooks.texts);
  if (standalone(ctx, ast)) return { diagnostics: ctx.diagnostics };
  const inputDecls = ast.items.flatMap((i) => (i.kind === "Input" ? [i.field] : []));
  const inputs = new Map<string, InputField>(compileFields(ctx, inputDecls).map((f) => [f.name, f]));
  const params = new Map<string, Param>();
  for (const item of ast.items) {
    if (item.kind !== "Param") continue;
    if (params.has(item.name.name) || inputs.has(item.name.name)) {
      ctx.report("N003.declaredClash", item.name.span, { name: item.name.name });
      continue;
    }
    params.set(item.name.name, compileParam(ctx, item, inputs));
  }
  const header = compileHeader(ctx, ast, inputs);
  const scope = new Scope(inputs, params);
  if (header.validity) scope.used.add(header.validity.dateInput);

  const articles: Article[] = [];
  const numbers = new Set<number>();
  const clauseIds = new Set<string>();
  for (const item of ast.items) {
    if (item.kind !== "Article") continue;
    const article = (hooks.article ?? compileArticle)(ctx, scope, item);
    if (numbers.has(article.number)) {
      ctx.report("N005.article", item.number.span, { number: item.number.text });
    }
    const decls = item.entries.filter((e) => e.kind === "Clause");
    for (const [i, c] of article.clauses.entries()) {
      const decl = decls[i];
      if (clauseIds.has(c.id) && decl && decl.kind === "Clause") {
        ctx.report("N004.clause", decl.name.span, { name: c.id });
      }
      clauseIds.add(c.id);
    }
    numbers.add(article.number);
    articles.push(article);
  }
  const inputList = [...inputs.values()];
  const tests: PolicyTest[] = ast.items.flatMap((i) =>
    i.kind === "Test" ? [(hooks.test ?? compileTest)(ctx, i, clauseIds, inputList)] : [],
  );
  markAwardsRead(scope, articles);
  reportUnused(ctx, ast, scope);

  const policy: Policy = {
    irVersion: IR_VERSION,
    ...header,
    file,
    inputs: [...inputs.values()],
    params: [...params.values()],
    articles,
    tests,
    span: ctx.span(ast.span),
  };
  checkReferences(ctx, policy, scope.refs);
  checkAwardsInputs(ctx, policy);
  analyse(ctx, policy, (s) => ({ file, ...s }));
  hooks.draft?.(policy);
  if (hasErrors(ctx.diagnostics)) return { diagnostics: ctx.diagnostics };
  return { ir: (hooks.validate ?? validatePolicy)(policy), diagnostics: ctx.diagnostics };
}

/** The compiled IR checked against its schema: a failure is a bug of the compiler, not of the policy. */
export function validatePolicy(policy: Policy): Policy {
  const checked = Policy.safeParse(policy);
  if (!checked.success) throw new Error(`compiler produced invalid IR: ${checked.error.message}`);
  return checked.data;
}

/** The awards input is read by every `once`, `less received` and `cap … over …`. */
function markAwardsRead(scope: Scope, articles: readonly Article[]): void {
  const awards = [...scope.inputs.values()].find((f) => f.role === "awards");
  const reads = articles.some((a) => a.clauses.some((c) => c.once || c.lessReceived || c.historyCaps?.length));
  if (awards && reads) scope.used.add(awards.name);
}

function reportUnused(ctx: Context, ast: PolicyFile, scope: Scope): void {
  for (const item of ast.items) {
    // a vocabulary's inputs (library/vocabulary.ts) are declared for many policies: any may leave some unread
    const own = item.span.file === ast.span.file;
    if (item.kind === "Input" && own && !scope.used.has(item.field.name.name)) {
      ctx.report("A003.input", item.field.name.span, { name: item.field.name.name });
    }
    if (item.kind === "Param" && !scope.used.has(item.name.name)) {
      ctx.report("A004.param", item.name.span, { name: item.name.name });
    }
  }
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.span.offset - b.span.offset || a.code.localeCompare(b.code));
}
