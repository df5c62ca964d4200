import type { IToken } from "chevrotain";
import { term } from "@subsidia/messages";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { tokenSpan } from "./spans.js";
import { Kw, LBracket, LCurly, LParen, Minus, Plus, RBracket, RCurly, RParen } from "./tokens.js";

/**
 * The parser and the visitor are recursive: a pathological text (300 nested
 * parentheses, thousands of `- - -`) would exhaust the stack. Such a text is
 * refused before parsing, with the position where it goes too deep (P005).
 */
export const MAX_NESTING = 64;

const OPENING = new Set([LParen, LBracket, LCurly]);
const CLOSING = new Set([RParen, RBracket, RCurly]);
const PREFIX = new Set([Minus, Plus, Kw.not]);

export function checkNesting(tokens: readonly IToken[], file: string): Diagnostic | undefined {
  let depth = 0;
  let prefixes = 0;
  for (const t of tokens) {
    if (OPENING.has(t.tokenType)) depth++;
    else if (CLOSING.has(t.tokenType)) depth = Math.max(0, depth - 1);
    prefixes = PREFIX.has(t.tokenType) ? prefixes + 1 : 0;
    if (depth > MAX_NESTING || prefixes > MAX_NESTING) {
      const what = term(depth > MAX_NESTING ? "brackets" : "prefixOperators");
      return diagnostic("P005.brackets", tokenSpan(file, t), { image: t.image, max: MAX_NESTING, what });
    }
  }
  return undefined;
}
