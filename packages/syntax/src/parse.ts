import type { Item, PolicyFile } from "./ast.js";
import { fileToAst } from "./cst-to-ast.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { checkExpressionDepth, checkOperatorChains } from "./expression-depth.js";
import { lex } from "./lex.js";
import { capDiagnostics, MAX_TEXT_LENGTH, tooLarge, TooManyErrors } from "./limits.js";
import { checkNesting } from "./nesting.js";
import { toDiagnostic } from "./parse-errors.js";
import { intoAst, parseInParts } from "./parse-parts.js";
import { parser } from "./parser.js";
import { offsetSpan } from "./spans.js";

export interface ParseResult {
  ast: PolicyFile;
  diagnostics: Diagnostic[];
}

/**
 * Parses the text of a `.subsidia` file. Never throws: every lexing and
 * parsing error is a diagnostic (sorted by position, one per position, at most
 * `MAX_DIAGNOSTICS` and a count of the rest), and the AST holds whatever could be
 * recovered. A text over `MAX_TEXT_LENGTH`, with too many errors, or nested too
 * deeply (`MAX_NESTING` brackets, `MAX_EXPRESSION_DEPTH` levels of an expression)
 * gives an empty AST: every later pass may recurse into the AST it gets.
 */
export function parse(text: string, file: string): ParseResult {
  const empty = (): PolicyFile => fileToAst(file, undefined, [], text);
  if (text.length > MAX_TEXT_LENGTH) return { ast: empty(), diagnostics: [tooLarge(text, file)] };
  // a text without a problem, a few items at a time; any problem is reported from the whole text
  const inParts = parseInParts(text, file);
  return inParts !== undefined ? { ast: inParts, diagnostics: [] } : parseWhole(text, file);
}

/** `parse`, the text lexed and parsed at once: how every text with a problem is read. */
export function parseWhole(text: string, file: string): ParseResult {
  const lexed = lex(text, file);
  const tooDeep = checkNesting(lexed.tokens, file) ?? checkOperatorChains(lexed.tokens, file);
  if (tooDeep !== undefined) {
    return {
      ast: fileToAst(file, undefined, lexed.comments, text),
      diagnostics: onePerPosition([...lexed.diagnostics, tooDeep]),
    };
  }
  parser.input = lexed.tokens;
  // each top-level item becomes AST as soon as it is parsed and leaves the CST: the parser
  // never holds a large file's whole CST (the time to parse stays linear in the size)
  const items: Item[] = [];
  parser.onItems = intoAst(file, items);
  try {
    const cst = parser.file();
    const parseDiagnostics = parser.errors.map((e) => toDiagnostic(e, text, file));
    const ast = fileToAst(file, cst, lexed.comments, text, items);
    const deep = checkExpressionDepth(ast, lexed.tokens, file);
    if (deep !== undefined) {
      const diagnostics = onePerPosition([...lexed.diagnostics, ...parseDiagnostics, deep]);
      return { ast: fileToAst(file, undefined, lexed.comments, text), diagnostics };
    }
    return { ast, diagnostics: onePerPosition([...lexed.diagnostics, ...parseDiagnostics]) };
  } catch (e) {
    if (e instanceof TooManyErrors) {
      const parseDiagnostics = parser.errors.map((x) => toDiagnostic(x, text, file));
      const all = onePerPosition([...lexed.diagnostics, ...parseDiagnostics], false);
      return { ast: fileToAst(file, undefined, lexed.comments, text), diagnostics: capDiagnostics(all, true) };
    }
    // a stack overflow that the nesting check did not foresee; anything else is a bug, not the user's
    if (!(e instanceof RangeError)) throw e;
    const span = offsetSpan(file, text, 0, 0);
    const tooDeepHere = diagnostic("P005.file", span, {});
    return {
      ast: fileToAst(file, undefined, lexed.comments, text),
      diagnostics: onePerPosition([...lexed.diagnostics, tooDeepHere]),
    };
  } finally {
    parser.onItems = undefined;
    // the parser would otherwise hold this text's tokens until the next parse
    parser.input = [];
  }
}

/** Recovery may report a second error where one was already reported: keep the first. Then cap the list. */
export function onePerPosition(diagnostics: Diagnostic[], cap = true): Diagnostic[] {
  const seen = new Set<number>();
  const unique = diagnostics
    .sort((a, b) => a.span.offset - b.span.offset)
    .filter((d) => {
      if (seen.has(d.span.offset)) return false;
      seen.add(d.span.offset);
      return true;
    });
  return cap ? capDiagnostics(unique) : unique;
}
