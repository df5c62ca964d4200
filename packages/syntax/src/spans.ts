import type { CstNode, IToken } from "chevrotain";
import type { Span } from "./ast.js";

/** Source spans from tokens, CST nodes and offsets. Lines and columns are 1-based. */

export function tokenSpan(file: string, token: IToken): Span {
  return {
    file,
    line: token.startLine ?? 1,
    column: token.startColumn ?? 1,
    offset: token.startOffset,
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
    line: loc.startLine ?? 1,
    column: loc.startColumn ?? 1,
    offset: loc.startOffset,
    length: (loc.endOffset ?? loc.startOffset) - loc.startOffset + 1,
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

/** The span of `length` code units at `offset` in `text`, computing line and column. */
export function offsetSpan(file: string, text: string, offset: number, length: number): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: offset - lineStart + 1, offset, length };
}
