export * from "./ast.js";
export * from "./diagnostics.js";
export { parse, type ParseResult } from "./parse.js";
export { lex, type LexResult } from "./lex.js";
export { keywords, type Keyword, allTokens } from "./tokens.js";
export { moneyToYuan, percentToFraction, decodeString } from "./literals.js";
export { format, formatAst, type FormatResult } from "./format.js";
export { closest, distance } from "./suggest.js";
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
