import type { CstNode, ILexingResult, IToken } from "chevrotain";
import type { Comment, Item, PolicyFile } from "./ast.js";
import { fileToAst, itemToAst } from "./cst-to-ast.js";
import { checkExpressionDepth, checkOperatorChains } from "./expression-depth.js";
import { lexed } from "./lex.js";
import { lexParts } from "./lex-parts.js";
import { checkNesting } from "./nesting.js";
import { parser } from "./parser.js";
import { Kw, RCurly } from "./tokens.js";

/** Keywords that only ever start a top-level item: after an item's closing `}`, no item goes on past them. */
const ITEM_STARTS = new Set([Kw.article, Kw.test, Kw.input, Kw.param, Kw.uses, Kw.remove]);

/**
 * `parse` of a text without a single problem, a few items at a time: the lexer's parts
 * (lex-parts.ts) grouped so that each group ends with an item's closing `}` and the next starts
 * with a keyword that starts an item. Each group's tokens are lexed, checked and parsed on their
 * own and are garbage as soon as its items are AST: a large file's tokens are never alive all at
 * once, and the parser's token array stays small (Chevrotain grows it by its end-of-input
 * sentinels on every parse, a copy through the write barrier's slow path when it is large).
 *
 * Undefined as soon as a group has a diagnostic of any kind, or a header after the first group:
 * the caller then parses the text whole, so that every problem is reported exactly as before.
 * Where the text has none, the AST is the one the whole text gives (parse-parts.test.ts).
 */
export function parseInParts(text: string, file: string): PolicyFile | undefined {
  const items: Item[] = [];
  const comments: Comment[] = [];
  let header: PolicyFile["header"];
  let first = true;
  for (const group of itemGroups(text)) {
    const part = lexed(group, text, file);
    if (part.diagnostics.length > 0) return undefined;
    if ((checkNesting(part.tokens, file) ?? checkOperatorChains(part.tokens, file)) !== undefined) return undefined;
    const ast = parseTokens(part.tokens, file, text);
    if (ast === undefined || (!first && ast.header !== undefined)) return undefined;
    if (checkExpressionDepth(ast, part.tokens, file) !== undefined) return undefined;
    if (first) header = ast.header;
    for (const item of ast.items) items.push(item);
    for (const comment of part.comments) comments.push(comment);
    first = false;
  }
  return { kind: "File", header, items, comments, span: { file, line: 1, column: 1, offset: 0, length: text.length } };
}

/** The AST of one group's tokens (its comments apart), or undefined if the parser reported anything. */
function parseTokens(tokens: IToken[], file: string, text: string): PolicyFile | undefined {
  const items: Item[] = [];
  parser.input = tokens;
  parser.onItems = intoAst(file, items);
  try {
    const cst = parser.file();
    return parser.errors.length > 0 ? undefined : fileToAst(file, cst, [], text, items);
  } catch {
    // too many errors, or nested too deeply: the whole text's parse reports it
    return undefined;
  } finally {
    parser.onItems = undefined;
    parser.input = [];
  }
}

/** The parser's `onItems`: each item parsed becomes AST in `items` and leaves the CST. */
export function intoAst(file: string, items: Item[]): (nodes: CstNode[]) => void {
  return (nodes) => {
    for (const n of nodes) {
      const item = itemToAst(file, n);
      if (item) items.push(item);
    }
    nodes.length = 0;
  };
}

/** The lexer's parts, joined where a part does not end an item or the next does not start one. */
function* itemGroups(text: string): Generator<ILexingResult> {
  let group: ILexingResult[] = [];
  for (const part of lexParts(text)) {
    const ended = group[group.length - 1]?.tokens.at(-1)?.tokenType === RCurly;
    const next = part.tokens[0]?.tokenType;
    if (ended && next !== undefined && ITEM_STARTS.has(next)) {
      yield joined(group);
      group = [];
    }
    group.push(part);
  }
  if (group.length > 0) yield joined(group);
}

function joined(parts: ILexingResult[]): ILexingResult {
  if (parts.length === 1) return parts[0] as ILexingResult;
  const all = <K extends "comments" | "garbage">(k: K) => parts.flatMap((p) => p.groups[k] ?? []);
  return {
    tokens: parts.flatMap((p) => p.tokens),
    groups: { comments: all("comments"), garbage: all("garbage") },
    errors: parts.flatMap((p) => p.errors),
  };
}
