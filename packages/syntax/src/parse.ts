import type { PolicyFile } from "./ast.js";
import { fileToAst } from "./cst-to-ast.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { lex } from "./lex.js";
import { checkNesting } from "./nesting.js";
import { toDiagnostic } from "./parse-errors.js";
import { parser } from "./parser.js";
import { offsetSpan } from "./spans.js";

export interface ParseResult {
  ast: PolicyFile;
  diagnostics: Diagnostic[];
}

/**
 * Parses the text of a `.subsidia` file. Never throws: every lexing and
 * parsing error is a diagnostic (sorted by position, one per position), and
 * the AST holds whatever could be recovered.
 */
export function parse(text: string, file: string): ParseResult {
  const lexed = lex(text, file);
  const tooDeep = checkNesting(lexed.tokens, file);
  if (tooDeep !== undefined) {
    return {
      ast: fileToAst(file, undefined, lexed.comments, text),
      diagnostics: onePerPosition([...lexed.diagnostics, tooDeep]),
    };
  }
  try {
    parser.input = lexed.tokens;
    const cst = parser.file();
    const parseDiagnostics = parser.errors.map((e) => toDiagnostic(e, text, file));
    const ast = fileToAst(file, cst, lexed.comments, text);
    return { ast, diagnostics: onePerPosition([...lexed.diagnostics, ...parseDiagnostics]) };
  } catch (e) {
    // a stack overflow that the nesting check did not foresee; anything else is a bug, not the user's
    if (!(e instanceof RangeError)) throw e;
    const span = offsetSpan(file, text, 0, 0);
    const tooDeepHere = diagnostic("P005.file", span, {});
    return {
      ast: fileToAst(file, undefined, lexed.comments, text),
      diagnostics: onePerPosition([...lexed.diagnostics, tooDeepHere]),
    };
  }
}

/** Recovery may report a second error where one was already reported: keep the first. */
export function onePerPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<number>();
  return diagnostics
    .sort((a, b) => a.span.offset - b.span.offset)
    .filter((d) => {
      if (seen.has(d.span.offset)) return false;
      seen.add(d.span.offset);
      return true;
    });
}
