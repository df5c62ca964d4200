export * from "./ast.js";
export * from "./ast-library.js";
export * from "./diagnostics.js";
export { parse, type ParseResult } from "./parse.js";
export { lex, type LexResult } from "./lex.js";
export { keywords, type Keyword, allTokens } from "./tokens.js";
export {
  moneyToYuan,
  moneyCurrency,
  percentToFraction,
  decodeString,
  CURRENCIES,
  CURRENCY_UNITS,
  type Currency,
} from "./literals.js";
export { format, formatAst, type FormatResult } from "./format.js";
export { closest, distance } from "./suggest.js";
export { MESSAGES_EN, TERMS_EN } from "./messages-en.js";
export { MESSAGES_ZH, TERMS_ZH, TITLES_ZH } from "./messages-zh.js";
export { renderMessage } from "./render-diagnostic.js";
export {
  createIncrementalParser,
  type IncrementalParser,
  type IncrementalParseResult,
  type Moved,
} from "./incremental/incremental-parse.js";
export { collectSpans, moveSpans, shiftSpans, type MovableSpan, type Shift } from "./incremental/shift.js";
export {
  CONSTANT_KEYWORDS,
  OPERATOR_KEYWORDS,
  TYPE_KEYWORDS,
  tokenClass,
  type TokenClass,
} from "./token-classes.js";
export { capDiagnostics, MAX_DIAGNOSTICS, MAX_TEXT_LENGTH } from "./limits.js";
export { MAX_EXPRESSION_DEPTH } from "./expression-depth.js";
export { MAX_NESTING } from "./nesting.js";
