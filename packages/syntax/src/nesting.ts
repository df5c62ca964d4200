import type { IToken } from "chevrotain";
import { term } from "@subsidia/messages";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { tokenSpan } from "./spans.js";
import { Kw, LBracket, LCurly, LParen, Minus, Plus, RBracket, RCurly, RParen } from "./tokens.js";

/**
 * The parser and the visitor recurse into brackets and prefix operators: a
 * pathological text (300 nested parentheses, thousands of `- - -`, or both in
 * turn) would exhaust the stack. Such a text is refused before parsing, with the
 * position where it goes too deep (P005). Brackets and the prefix operators
 * before each are counted together; a run of operators between two operands
 * (`a - b`) is not nesting, and ends with the operand.
 */
export const MAX_NESTING = 64;

const OPENING = new Set([LParen, LBracket, LCurly]);
const CLOSING = new Set([RParen, RBracket, RCurly]);
const PREFIX = new Set([Minus, Plus, Kw.not]);

export function checkNesting(tokens: readonly IToken[], file: string): Diagnostic | undefined {
  /** the prefix operators just before each open bracket */
  const frames: number[] = [];
  let open = 0; // open brackets and the prefixes before them
  let run = 0; // prefix operators since the last operand or bracket
  for (const t of tokens) {
    if (OPENING.has(t.tokenType)) {
      frames.push(run);
      open += run + 1;
      run = 0;
    } else if (CLOSING.has(t.tokenType)) {
      open -= frames.length > 0 ? (frames.pop() ?? 0) + 1 : 0;
      run = 0;
    } else run = PREFIX.has(t.tokenType) ? run + 1 : 0;
    if (open + run > MAX_NESTING) {
      const prefixes = open - frames.length + run;
      const what = term(
        prefixes === 0 ? "brackets" : frames.length === 0 ? "prefixOperators" : "bracketsAndPrefixOperators",
      );
      return diagnostic("P005.brackets", tokenSpan(file, t), { image: t.image, max: MAX_NESTING, what });
    }
  }
  return undefined;
}
