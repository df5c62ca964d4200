import {
  CstParser,
  EOF,
  MismatchedTokenException,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from "chevrotain";
import { closest } from "./suggest.js";
import { Identifier, LBracket, LCurly, LParen, RBracket, RCurly, RParen } from "./tokens.js";

/**
 * Chevrotain's in-repetition recovery, made aware of brackets. When an entry
 * of a block cannot start (a misspelt `clasue e { … }` in an article), the
 * parser skips tokens until the block's closing token or the start of another
 * entry. Chevrotain's own version stops at the first `}`, which may close a
 * block nested in the skipped text, and the error then cascades; this one
 * skips whole `{ … }`, `( … )` and `[ … ]` groups (but resumes at an entry
 * that starts a line, in case a group was left open). It replaces the method of
 * the same name in Chevrotain 11 (an internal one: keep the versions pinned).
 */

/** The parts of Chevrotain's recognizer this recovery uses. */
interface Recognizer {
  findReSyncTokenType(): TokenType;
  exportLexerState(): number;
  importLexerState(state: number): void;
  LA(i: number): IToken;
  SKIP_TOKEN(): IToken;
  tokenMatcher(token: IToken, type: TokenType): boolean;
  errorMessageProvider: IParserErrorMessageProvider;
  getCurrRuleFullName(): string;
  SAVE_ERROR(e: IRecognitionException): IRecognitionException;
}

const OPENING = new Set([LCurly, LParen, LBracket]);
const CLOSING = new Set([RCurly, RParen, RBracket]);

export function tryInRepetitionRecovery(
  this: Recognizer,
  repetition: (...args: unknown[]) => void,
  args: unknown[],
  lookahead: (this: Recognizer) => boolean,
  expected: TokenType,
): void {
  const resync = this.findReSyncTokenType();
  const saved = this.exportLexerState();
  const actual = this.LA(1);
  const previous = this.LA(0);
  const report = (): void => {
    const message = this.errorMessageProvider.buildMismatchTokenMessage({
      expected,
      actual,
      previous,
      ruleName: this.getCurrRuleFullName(),
    });
    this.SAVE_ERROR(new MismatchedTokenException(message, actual, previous));
  };
  let depth = 0;
  let skipped = 0;
  for (;;) {
    const token = this.LA(1);
    if (depth === 0 && this.tokenMatcher(token, expected)) return report();
    // an entry at the start of a line is taken as a fresh start even inside an unclosed group
    if ((depth === 0 || token.startColumn === 1) && skipped > 0 && lookahead.call(this)) {
      report();
      return repetition.apply(this, args);
    }
    if ((depth === 0 && this.tokenMatcher(token, resync)) || token.tokenType === EOF) break;
    if (OPENING.has(token.tokenType)) depth++;
    else if (CLOSING.has(token.tokenType)) depth = Math.max(0, depth - 1); // a stray closer is skipped
    this.SKIP_TOKEN();
    skipped++;
  }
  // nothing closer to resync to: the error will be reported, and recovered from, by the enclosing rule
  this.importLexerState(saved);
}

/** The parts of Chevrotain's recognizer the in-rule recovery uses. */
export interface InRuleRecognizer {
  LA(i: number): IToken;
  consumeToken(): void;
}

/**
 * Chevrotain recovers from a mismatched token by inserting the expected one or
 * deleting the unexpected one. A misspelt keyword (`for eech x in list`) is
 * neither: inserting `each` makes `eech` the variable and the error cascades.
 * This tries a third way first: an identifier close to the expected keyword
 * is read as that keyword (the error is reported all the same). `original` is
 * Chevrotain's method, tried next.
 */
export function withKeywordReplacement(original: InRuleRecovery) {
  return function tryInRuleRecovery(this: InRuleRecognizer, expected: TokenType, follows: TokenType[]): IToken {
    const actual = this.LA(1);
    const keyword =
      typeof expected.PATTERN === "string" && /^[a-z]+$/.test(expected.PATTERN) ? expected.PATTERN : undefined;
    if (keyword !== undefined && actual.tokenType === Identifier && closest(actual.image, [keyword]) === keyword) {
      this.consumeToken();
      return { ...actual, tokenType: expected, tokenTypeIdx: expected.tokenTypeIdx ?? actual.tokenTypeIdx };
    }
    return original.call(this, expected, follows);
  };
}

type InRuleRecovery = (expected: TokenType, follows: TokenType[]) => IToken;

/** Chevrotain 11's own in-rule recovery (an internal method: keep the versions pinned). */
export const chevrotainInRuleRecovery = (CstParser.prototype as unknown as { tryInRuleRecovery: InRuleRecovery })
  .tryInRuleRecovery;

/** Chevrotain 11's recording of a parse error (an internal method: keep the versions pinned). */
export const chevrotainSaveError = (
  CstParser.prototype as unknown as { SAVE_ERROR: (e: IRecognitionException) => IRecognitionException }
).SAVE_ERROR;
