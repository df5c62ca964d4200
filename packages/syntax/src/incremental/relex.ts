import type { IToken } from "chevrotain";
import type { Comment } from "../ast.js";
import { lex, type LexResult } from "../lex.js";
import type { TextEdit } from "./diff.js";
import { shiftSpans, type Shift } from "./shift.js";

export interface Relexed {
  lexed: LexResult;
  /** the first token that is not an old one left where it was */
  firstChanged: number;
  /** how many tokens at the end are old ones, moved by `by` */
  sameTail: number;
  by: Shift;
}

/**
 * Lexes only the lines an edit touched: from the start of the edit's line to the
 * start of the line after it, where the old lexing has no token or comment
 * running across (else it reads on to the next such line). Tokens, comments and
 * lexing diagnostics before are the old ones; those after are the old ones moved
 * in place, in the old array of tokens (which becomes the new one). Undefined when a comment opened in the edit runs past the slice, or
 * the old lexing has no such line start: lex the whole text then.
 */
export function relex(before: string, old: LexResult, text: string, edit: TextEdit, file: string): Relexed | undefined {
  const delta = text.length - before.length;
  // (lastIndexOf reads a negative position as 0)
  const from = edit.start === 0 ? 0 : text.lastIndexOf("\n", edit.start - 1) + 1;
  if (crossing(old, from) !== undefined) return undefined;
  let to = lineAfter(text, edit.newEnd);
  for (let end = crossing(old, to - delta); end !== undefined; end = crossing(old, to - delta)) {
    to = lineAfter(text, end + delta);
  }
  const slice = lex(text.slice(from, to), file);
  if (to < text.length && slice.comments.some(unterminated)) return undefined;

  const fromLine = lineAt(before, old.tokens, from);
  const into: Shift = { offset: from, line: fromLine - 1 };
  for (const t of slice.tokens) moveToken(t, into);
  shiftSpans([slice.comments, slice.diagnostics], into);

  const kept = firstAtOrAfter(old.tokens, from);
  const tail = firstAtOrAfter(old.tokens, to - delta);
  const by: Shift = {
    offset: delta,
    line: fromLine + lineBreaks(text, from, to) - lineAt(before, old.tokens, to - delta),
  };
  let firstChanged = kept;
  for (const t of slice.tokens) {
    const o = old.tokens[firstChanged];
    if (!o || firstChanged >= tail || t.startOffset + t.image.length > edit.start || !sameToken(o, t)) break;
    firstChanged++;
  }
  const sameTail = old.tokens.length - tail;
  for (let i = tail; i < old.tokens.length; i++) moveToken(old.tokens[i]!, by);
  const atOrAfter = (s: { span: { offset: number } }, p: number) => s.span.offset >= p;
  const oldComments = old.comments.filter((c) => atOrAfter(c, to - delta));
  const oldDiagnostics = old.diagnostics.filter((d) => atOrAfter(d, to - delta));
  shiftSpans([oldComments, oldDiagnostics], by);
  const lexed: LexResult = {
    tokens: splice(old.tokens, kept, tail, slice.tokens),
    comments: [...old.comments.filter((c) => c.span.offset < from), ...slice.comments, ...oldComments],
    diagnostics: [...old.diagnostics.filter((d) => d.span.offset < from), ...slice.diagnostics, ...oldDiagnostics],
  };
  return { lexed, firstChanged, sameTail, by };
}

/**
 * `tokens` with `[from, to)` replaced by `by`, in place: an array of all the tokens
 * of a long policy is large enough that allocating one at each keystroke costs
 * more than the rest of the re-check.
 */
function splice(tokens: IToken[], from: number, to: number, by: readonly IToken[]): IToken[] {
  if (by.length > 10_000) return tokens.slice(0, from).concat(packed(by), tokens.slice(to));
  tokens.splice(from, to - from, ...by);
  return tokens;
}

/**
 * The tokens in an array without holes. The lexer returns its tokens in an array
 * made larger than needed and cut to size, and copying such an array takes the
 * slow path (checking each index for a hole): 20 ms for a policy 10× the flagship.
 */
export function packed(tokens: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(tokens[i]!);
  return out;
}

const sameToken = (a: IToken, b: IToken): boolean =>
  a.tokenType === b.tokenType && a.image === b.image && a.startOffset === b.startOffset;

function moveToken(t: IToken, by: Shift): void {
  t.startOffset += by.offset;
  t.startLine = (t.startLine ?? 1) + by.line;
}

const unterminated = (c: Comment): boolean => c.text.startsWith("/*") && !(c.text.length >= 4 && c.text.endsWith("*/"));

/** The start of the line after the one holding `offset` (the text's end on the last line). */
function lineAfter(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
}

/** The end of the old token or comment that runs across `offset`, if one does. */
function crossing(old: LexResult, offset: number): number | undefined {
  const t = old.tokens[firstAtOrAfter(old.tokens, offset) - 1];
  if (t && t.startOffset + t.image.length > offset) return t.startOffset + t.image.length;
  for (const c of old.comments) {
    if (c.span.offset < offset && c.span.offset + c.span.length > offset) return c.span.offset + c.span.length;
  }
  return undefined;
}

/** The index of the first token starting at or after `offset`. */
function firstAtOrAfter(tokens: readonly IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The 1-based line of `offset`, counted from the last token before it. */
function lineAt(text: string, tokens: readonly IToken[], offset: number): number {
  const t = tokens[firstAtOrAfter(tokens, offset) - 1];
  if (!t) return 1 + lineBreaks(text, 0, offset);
  return (t.startLine ?? 1) + lineBreaks(text, t.startOffset, offset);
}

/** Line breaks in `[from, to)` as the lexer counts them: `\n`, `\r\n`, and a lone `\r`. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
