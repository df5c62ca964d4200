import type { ILexingError, ILexingResult, IToken } from "chevrotain";
import { lexer } from "./tokens.js";

/** About this many characters per part: its tokens fit in an array the young generation holds. */
const PART = 16384;

/**
 * `lexer.tokenize(text)`, the text read in parts of about 16,000 characters that end
 * at a line start: the same tokens, comments, garbage and errors, at the same positions.
 *
 * Chevrotain puts a text's tokens in an array sized from the text; past ~128 KB it
 * lives outside the young generation, so that every token stored in it takes the
 * write barrier's slow path (lexing a policy ten times the flagship: 15 ms whole, 9 ms
 * in parts; the flagship: 0.55 ms whole, 0.75 ms in parts). The parts' arrays are
 * small, and one copy joins them.
 *
 * A part ends where the next line starts with a letter and nothing the part read
 * reaches its last line break: the whitespace there ends at the letter whether the
 * text goes on or not, no pattern looks further than the next character, and the
 * next part starts at column 1. Where something does reach it (a block comment
 * across the line), the rest of the text is read at once.
 */
export function tokenizeInParts(text: string): ILexingResult {
  const tokens: IToken[][] = [];
  const comments: IToken[][] = [];
  const garbage: IToken[][] = [];
  const errors: ILexingError[][] = [];
  for (const part of lexParts(text)) {
    tokens.push(part.tokens);
    comments.push(part.groups["comments"] ?? []);
    garbage.push(part.groups["garbage"] ?? []);
    errors.push(part.errors);
  }
  return {
    tokens: joined(tokens),
    groups: { comments: joined(comments), garbage: joined(garbage) },
    errors: joined(errors),
  };
}

/**
 * The parts `tokenizeInParts` reads, one at a time, their positions those of the text (the
 * parser reads a large text a part at a time: parse-parts.ts). A text of one part is read whole.
 */
export function* lexParts(text: string): Generator<ILexingResult> {
  let start = 0;
  let line = 0;
  for (let end = splitAfter(text, PART); start < text.length || start === 0; ) {
    const chunk = end < 0 ? text.slice(start) : text.slice(start, end);
    const part = start === 0 && end < 0 ? lexer.tokenize(text) : lexer.tokenize(chunk);
    const partComments = part.groups["comments"] ?? [];
    const partGarbage = part.groups["garbage"] ?? [];
    if (end >= 0 && reaches(part.tokens, partComments, partGarbage, chunk.length - 1)) {
      end = -1;
      continue;
    }
    if (start > 0) moveAll(part, partComments, partGarbage, start, line);
    yield { tokens: part.tokens, groups: { comments: partComments, garbage: partGarbage }, errors: part.errors };
    if (end < 0) return;
    line += lineBreaks(chunk);
    start = end;
    end = splitAfter(text, start + PART);
  }
}

/** The start of the first line at or after `from` that starts with a letter (-1 if none). */
function splitAfter(text: string, from: number): number {
  for (let i = text.indexOf("\n", from); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return i + 1;
  }
  return -1;
}

/** Whether a token, comment or garbage run read in the part ends after `offset` (its last line break). */
function reaches(...lists: [IToken[], IToken[], IToken[], number]): boolean {
  const offset = lists[3];
  for (const list of [lists[0], lists[1], lists[2]]) {
    const last = list[list.length - 1];
    if (last !== undefined && last.startOffset + last.image.length > offset) return true;
  }
  return false;
}

/** Positions read in a part starting at `offset`, on line `line` + 1, moved to the text's. */
function moveAll(part: ILexingResult, comments: IToken[], garbage: IToken[], offset: number, line: number): void {
  for (const list of [part.tokens, comments, garbage]) {
    for (const t of list) {
      t.startOffset += offset;
      t.startLine = (t.startLine ?? 1) + line;
    }
  }
  for (const e of part.errors) {
    e.offset += offset;
    if (e.line !== undefined) e.line += line;
  }
}

/** Line breaks as the lexer counts them: `\n`, `\r\n`, and a lone `\r`. */
function lineBreaks(chunk: string): number {
  let n = 0;
  for (let i = chunk.indexOf("\n"); i >= 0; i = chunk.indexOf("\n", i + 1)) n++;
  for (let i = chunk.indexOf("\r"); i >= 0; i = chunk.indexOf("\r", i + 1)) if (chunk.charCodeAt(i + 1) !== 10) n++;
  return n;
}

function joined<T>(parts: T[][]): T[] {
  return parts.length === 1 ? parts[0]! : ([] as T[]).concat(...parts);
}
