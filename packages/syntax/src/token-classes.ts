import { keywords, type Keyword } from "./tokens.js";

/**
 * What each token of the language is, for colouring it: the one table the
 * playground's highlighter, the editor grammar (apps/vscode, generated from it)
 * and the language server's semantic tokens all read.
 */
export type TokenClass =
  | "keyword"
  | "type"
  | "constant"
  | "operator"
  | "symbol"
  | "string"
  | "money"
  | "number"
  | "date"
  | "comment"
  | "name";

/** The type names among the keywords: `money`, `enum`, `list`, … */
export const TYPE_KEYWORDS: readonly Keyword[] = [
  "money",
  "percent",
  "number",
  "integer",
  "boolean",
  "date",
  "string",
  "enum",
  "record",
  "list",
  "history",
  "awards",
];
/** Keywords that are values or operators in expressions (`>=`, `+`, … are of class `symbol`). */
export const CONSTANT_KEYWORDS: readonly Keyword[] = ["true", "false"];
export const OPERATOR_KEYWORDS: readonly Keyword[] = [
  "and",
  "or",
  "not",
  "in",
  "is",
  "of",
  "min",
  "max",
  "if",
  "then",
  "else",
  "per",
  "between",
];

/** Token type names (as in tokens.ts) that are not keywords, by class. */
const OTHER: Record<string, TokenClass> = {
  StringLiteral: "string",
  UnterminatedString: "string",
  MoneyLiteral: "money",
  PercentLiteral: "number",
  NumberLiteral: "number",
  MalformedNumber: "number",
  DateLiteral: "date",
  MalformedDate: "date",
  LineComment: "comment",
  BlockComment: "comment",
  UnterminatedComment: "comment",
  Identifier: "name",
  GreaterEq: "symbol",
  Greater: "symbol",
  LessEq: "symbol",
  Less: "symbol",
  NotEq: "symbol",
  Equals: "symbol",
  Plus: "symbol",
  Minus: "symbol",
  Star: "symbol",
  Slash: "symbol",
};

const KEYWORD_CLASS = new Map<string, TokenClass>(
  keywords.map((k) => [
    k,
    TYPE_KEYWORDS.includes(k)
      ? "type"
      : CONSTANT_KEYWORDS.includes(k)
        ? "constant"
        : OPERATOR_KEYWORDS.includes(k)
          ? "operator"
          : "keyword",
  ]),
);

/** The class of a token type by its name (`tokenType.name`); undefined for punctuation and whitespace. */
export function tokenClass(tokenTypeName: string): TokenClass | undefined {
  return KEYWORD_CLASS.get(tokenTypeName) ?? OTHER[tokenTypeName];
}
