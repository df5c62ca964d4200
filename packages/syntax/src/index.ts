export * from "./ast.js";
export * from "./diagnostics.js";
export { parse, type ParseResult } from "./parse.js";
export { lex, type LexResult } from "./lex.js";
export { keywords, type Keyword, allTokens } from "./tokens.js";
export { moneyToYuan, percentToFraction, decodeString } from "./literals.js";
export { format, formatAst, type FormatResult } from "./format.js";
export { closest, distance } from "./suggest.js";
export { capDiagnostics, MAX_DIAGNOSTICS, MAX_TEXT_LENGTH } from "./limits.js";
