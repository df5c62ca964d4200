import type { Header, Item, PolicyFile } from "./ast.js";
import { writeArticle } from "./format-articles.js";
import { isOneLine, writeHeader, writeInput, writeParam } from "./format-decls.js";
import { end, source } from "./format-expr.js";
import { writeTest } from "./format-tests.js";
import { Writer } from "./format-writer.js";
import { hasErrors, type Diagnostic } from "./diagnostics.js";
import { lex } from "./lex.js";
import { parse } from "./parse.js";

/**
 * The formatter: a `.subsidia` file in the canonical style, the style of the
 * flagship policy. Two-space indentation, one entry per line, the strings of a
 * `text` entry aligned under the first, a blank line after every top-level
 * block (one-line inputs and parameters may stay together), every comment
 * kept. Idempotent: formatting formatted text changes nothing. A file with
 * syntax errors is not formatted: its diagnostics are returned instead.
 */
export interface FormatResult {
  /** the formatted text; absent when the file has syntax errors */
  text?: string | undefined;
  /** the lexing and parsing diagnostics */
  diagnostics: Diagnostic[];
}

export function format(text: string, file = "policy.subsidia"): FormatResult {
  const { ast, diagnostics } = parse(text, file);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { text: formatAst(ast, text), diagnostics };
}

/** Prints a parsed file (parsed without errors) from its AST, its comments and its text. */
export function formatAst(ast: PolicyFile, text: string): string {
  const w = new Writer(text, ast.comments, lex(text, ast.span.file).tokens);
  let previous: Header | Item | undefined;
  if (ast.header) {
    writeHeader(w, ast.header);
    previous = ast.header;
  }
  for (const item of ast.items) {
    if (previous !== undefined && !isOneLine(previous)) w.blank();
    writeItem(w, item);
    previous = item;
  }
  return w.finish();
}

function writeItem(w: Writer, item: Item): void {
  switch (item.kind) {
    case "Input":
      return writeInput(w, item);
    case "Param":
      return writeParam(w, item);
    case "Article":
      return writeArticle(w, item);
    case "Test":
      return writeTest(w, item);
    case "Uses":
      return w.line(item.span.offset, `uses ${source(w.text, item.vocabulary.span)}`, end(item.span));
    case "Remove": {
      const clause = item.clause ? `clause ${item.clause.name} of ` : "";
      const text = item.text ? ` ${source(w.text, item.text.span)}` : "";
      return w.line(item.span.offset, `remove ${clause}article ${item.article.text}${text}`, end(item.span));
    }
  }
}
