import type { CstNode, IToken } from "chevrotain";
import type { Span } from "./ast.js";

/** Source spans from tokens, CST nodes and offsets. Lines and columns are 1-based. */

/**
 * `n` as a small integer where it is one. Chevrotain's tokens and CST locations start out with NaN
 * (a recovered token has no position), so the numbers read from them are boxed doubles, and a span
 * built from them would keep its four numbers as four more heap objects each: half the AST of a
 * large file, all of it copied by the garbage collector while the file is checked. `| 0` of an
 * integer is the same number, held unboxed; NaN (and anything else) is left as it is.
 */
const small = (n: number): number => (n === (n | 0) ? n | 0 : n);

export function tokenSpan(file: string, token: IToken): Span {
  return {
    file,
    line: small(token.startLine ?? 1),
    column: small(token.startColumn ?? 1),
    offset: small(token.startOffset),
    length: token.image.length,
  };
}

/** The span of a CST node, or undefined when recovery left it without any real token. */
export function nodeSpan(file: string, node: CstNode): Span | undefined {
  const loc = node.location;
  if (loc === undefined || !Number.isFinite(loc.startOffset) || !Number.isFinite(loc.endOffset ?? NaN))
    return undefined;
  return {
    file,
    line: small(loc.startLine ?? 1),
    column: small(loc.startColumn ?? 1),
    offset: small(loc.startOffset),
    length: small((loc.endOffset ?? loc.startOffset) - loc.startOffset + 1),
  };
}

/** From the start of `from` to the end of `to`. */
export function joinSpans(from: Span, to: Span): Span {
  const end = Math.max(from.offset + from.length, to.offset + to.length);
  return { ...from, length: end - from.offset };
}

/** A zero-length span just after `span`, for a part that recovery left out. */
export function spanAfter(span: Span): Span {
  return { ...span, offset: span.offset + span.length, column: span.column + span.length, length: 0 };
}

/**
 * The span of `length` code units at `offset` in `text`, computing line and column.
 * A line ends at `\r\n`, `\n` or a lone `\r`, as the lexer counts them. The line starts
 * of the last text seen are kept, so that spans for many offsets cost a binary search each.
 */
export function offsetSpan(file: string, text: string, offset: number, length: number): Span {
  const starts = lineStarts(text);
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { file, line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset, length };
}

let last: { text: string; starts: number[] } | undefined;

/** The offset where each line of `text` starts. */
export function lineStarts(text: string): number[] {
  if (last?.text === text) return last.starts;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  last = { text, starts };
  return starts;
}
