import { createTokenInstance, type ILexingResult, type IToken, type TokenType } from "chevrotain";
import { term } from "@subsidia/messages";
import type { Comment } from "./ast.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { tokenizeInParts } from "./lex-parts.js";
import { offsetSpan, tokenSpan } from "./spans.js";
import {
  Colon,
  Comma,
  DateLiteral,
  Equals,
  LBracket,
  LCurly,
  LParen,
  MalformedDate,
  MalformedNumber,
  Minus,
  NumberLiteral,
  Plus,
  RBracket,
  RCurly,
  RParen,
  StringLiteral,
  UnterminatedComment,
  UnterminatedString,
} from "./tokens.js";

/**
 * Text to tokens, with every lexing problem reported (L001–L004). Tokens that
 * are wrong but readable (an unterminated string, `2026-2-13`, `12abc`) are
 * reported and handed on to the parser as what they were meant to be, so that
 * one mistake gives one diagnostic.
 */
export interface LexResult {
  tokens: IToken[];
  comments: Comment[];
  diagnostics: Diagnostic[];
}

/** Full-width punctuation that drafters type by habit, with what they meant. */
const FULL_WIDTH: Record<string, string> = {
  "，": ",",
  "：": ":",
  "（": "(",
  "）": ")",
  "【": "[",
  "】": "]",
  "｛": "{",
  "｝": "}",
  "“": '"',
  "”": '"',
  "＝": "=",
  "＋": "+",
  "－": "-",
  "％": "%",
  "。": ".",
  "．": ".",
};
/** The ones that are a token by themselves: after the L001, the parser reads the meant token (no second error). */
const MEANT_TOKEN: Record<string, TokenType> = {
  "，": Comma,
  "：": Colon,
  "（": LParen,
  "）": RParen,
  "【": LBracket,
  "】": RBracket,
  "｛": LCurly,
  "｝": RCurly,
  "＝": Equals,
  "＋": Plus,
  "－": Minus,
};

export function lex(text: string, file: string): LexResult {
  return lexed(tokenizeInParts(text), text, file);
}

/** The tokens, comments and lexing diagnostics of what Chevrotain's lexer read of `text` (all of it, or a part). */
export function lexed(result: ILexingResult, text: string, file: string): LexResult {
  const diagnostics: Diagnostic[] = [];
  const meant: IToken[] = [];

  const unexpected = [
    ...(result.groups["garbage"] ?? []).map((t) => tokenSpan(file, t)),
    // Chevrotain's own errors: none expected, since `Garbage` matches whatever no other token does
    ...result.errors.map((e) => offsetSpan(file, text, e.offset, e.length)),
  ];
  for (const span of unexpected) {
    const chars = text.slice(span.offset, span.offset + span.length);
    const ascii = chars.length === 1 ? FULL_WIDTH[chars] : undefined;
    const type = MEANT_TOKEN[chars];
    if (type !== undefined) {
      meant.push(
        createTokenInstance(type, chars, span.offset, span.offset, span.line, span.line, span.column, span.column),
      );
    }
    const what = term(chars.length === 1 ? "character" : "characters");
    const quoted = short(chars);
    diagnostics.push(
      ascii !== undefined
        ? diagnostic("L001.fullwidth", span, { chars, ascii }, { suggestion: ascii })
        : /[\u3400-\u9fff]/.test(chars)
          ? diagnostic("L001.text", span, { what, chars: quoted })
          : diagnostic("L001.other", span, { what, chars: quoted }),
    );
  }

  for (const t of result.tokens) {
    // a span only for a token reported (a large file has tens of thousands of tokens)
    if (t.tokenType === UnterminatedString) {
      diagnostics.push(diagnostic("L002.string", tokenSpan(file, t), { image: t.image }, { expected: ['`"`'] }));
      retype(t, StringLiteral);
    } else if (t.tokenType === MalformedDate) {
      diagnostics.push(diagnostic("L003.date", tokenSpan(file, t), { image: t.image }, { expected: ["date literal"] }));
      retype(t, DateLiteral);
    } else if (t.tokenType === MalformedNumber) {
      const span = tokenSpan(file, t);
      diagnostics.push(diagnostic("L003.number", span, { image: t.image }, { expected: ["number literal"] }));
      retype(t, NumberLiteral);
    }
    if (t.tokenType === StringLiteral && t.image.includes("\\")) diagnostics.push(...badEscapes(t, file));
  }

  const comments: Comment[] = [];
  for (const t of result.groups["comments"] ?? []) {
    comments.push({ text: t.image, span: tokenSpan(file, t) });
    if (t.tokenType === UnterminatedComment) {
      const span = { ...tokenSpan(file, t), length: 2 };
      diagnostics.push(diagnostic("L004.comment", span, {}, { expected: ["`*/`"] }));
    }
  }
  const tokens =
    meant.length === 0 ? result.tokens : [...result.tokens, ...meant].sort((a, b) => a.startOffset - b.startOffset);
  return { tokens, comments, diagnostics };
}

/** At most 24 characters of a long run (its first 23 and `…`), never splitting a surrogate pair. */
function short(chars: string): string {
  const head = [...chars.slice(0, 50)]; // at least 25 code points when there are more
  return head.length > 24 ? `${head.slice(0, 23).join("")}…` : chars;
}

function retype(token: IToken, type: TokenType): void {
  token.tokenType = type;
  token.tokenTypeIdx = type.tokenTypeIdx ?? token.tokenTypeIdx;
}

/** Escapes other than `\"`, `\\` and `\n` (L003). */
function badEscapes(token: IToken, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const m of token.image.matchAll(/\\(.)/gs)) {
    if (m.index === undefined) continue;
    const sequence = m[0];
    if (sequence === '\\"' || sequence === "\\\\" || sequence === "\\n") continue;
    const base = tokenSpan(file, token);
    const span = { ...base, offset: base.offset + m.index, column: base.column + m.index, length: sequence.length };
    found.push(diagnostic("L003.escape", span, { sequence }, { expected: ['`\\"`', "`\\\\`", "`\\n`"] }));
  }
  return found;
}
