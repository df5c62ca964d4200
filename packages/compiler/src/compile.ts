import { IR_VERSION, Policy, type Article, type InputField, type Param, type PolicyTest } from "@subsidia/ir";
import { capDiagnostics, hasErrors, parse, type Diagnostic, type PolicyFile } from "@subsidia/syntax";
import { analyse } from "./analysis.js";
import { compileArticle } from "./compile-article.js";
import { compileHeader } from "./compile-header.js";
import { compileFields, compileParam } from "./compile-inputs.js";
import { compileTest } from "./compile-tests.js";
import { Context } from "./context.js";
import { Scope } from "./scope.js";

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

/** Compiles a parsed file. */
export function compileAst(ast: PolicyFile, text: string, file: string): CompileResult {
  const ctx = new Context(text, file);
  const inputDecls = ast.items.flatMap((i) => (i.kind === "Input" ? [i.field] : []));
  const inputs = new Map<string, InputField>(compileFields(ctx, inputDecls).map((f) => [f.name, f]));
  const params = new Map<string, Param>();
  for (const item of ast.items) {
    if (item.kind !== "Param") continue;
    if (params.has(item.name.name) || inputs.has(item.name.name)) {
      ctx.report(
        "N003",
        item.name.span,
        `\`${item.name.name}\` is declared twice; an input or parameter of that name exists`,
      );
      continue;
    }
    params.set(item.name.name, compileParam(ctx, item, inputs));
  }
  const header = compileHeader(ctx, ast, inputs);
  const scope = new Scope(inputs, params);
  if (header.validity) scope.used.add(header.validity.dateInput);

  const articles: Article[] = [];
  const clauseIds = new Set<string>();
  for (const item of ast.items) {
    if (item.kind !== "Article") continue;
    const article = compileArticle(ctx, scope, item);
    if (articles.some((a) => a.number === article.number)) {
      ctx.report(
        "N005",
        item.number.span,
        `article ${item.number.text} is declared twice; expected each article number once`,
      );
    }
    for (const [i, c] of article.clauses.entries()) {
      const decl = item.entries.filter((e) => e.kind === "Clause")[i];
      if (clauseIds.has(c.id) && decl && decl.kind === "Clause") {
        ctx.report(
          "N004",
          decl.name.span,
          `clause \`${c.id}\` is declared twice; clause names must be unique in a policy`,
        );
      }
      clauseIds.add(c.id);
    }
    articles.push(article);
  }
  const tests: PolicyTest[] = ast.items.flatMap((i) =>
    i.kind === "Test" ? [compileTest(ctx, i, clauseIds, [...inputs.values()])] : [],
  );
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
  analyse(ctx, policy, (s) => ({ file, ...s }));
  if (hasErrors(ctx.diagnostics)) return { diagnostics: ctx.diagnostics };
  const checked = Policy.safeParse(policy);
  if (!checked.success) throw new Error(`compiler produced invalid IR: ${checked.error.message}`);
  return { ir: checked.data, diagnostics: ctx.diagnostics };
}

function reportUnused(ctx: Context, ast: PolicyFile, scope: Scope): void {
  for (const item of ast.items) {
    if (item.kind === "Input" && !scope.used.has(item.field.name.name)) {
      ctx.report("A003", item.field.name.span, `input \`${item.field.name.name}\` is declared but no clause reads it`);
    }
    if (item.kind === "Param" && !scope.used.has(item.name.name)) {
      ctx.report("A004", item.name.span, `parameter \`${item.name.name}\` is declared but no clause reads it`);
    }
  }
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.span.offset - b.span.offset || a.code.localeCompare(b.code));
}
