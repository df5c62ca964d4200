import { createToken, Lexer, type TokenType } from "chevrotain";

/**
 * The token vocabulary of Subsidia and its lexer. Keywords are reserved words,
 * but wherever the grammar names a field (a record field, a path segment after
 * `.`, an object key) any keyword is accepted too: every keyword and the
 * identifier belong to the `Name` category.
 */

const DIGITS = "0123456789".split("");

/** Any identifier or keyword, for field names, path segments and object keys. */
export const Name = createToken({ name: "Name", pattern: Lexer.NA, label: "identifier" });

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
  start_chars_hint: [" ", "\t", "\r", "\n", "\f", "\v", "\u00a0", "\u3000", "\ufeff"],
});
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\r\n]*/, group: "comments" });
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
});
/** `/* …` without its `*\/`: reported as L004, kept as a comment so parsing goes on. */
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
});

/** A string on one line; any escape is lexed, unknown ones are reported (L003) afterwards. */
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  label: "string literal",
});
/** A string that reaches the end of its line: reported as L002, parsed as a string. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  label: "string literal",
});

/** The characters that can start a token (`!` only as `!=`), as the body of a regular expression class. */
const TOKEN_STARTS = String.raw` \t\r\n\f\v\u00a0\u3000\ufeff/"0-9A-Za-z_{}()[\],:.<>=+\-*!`;
const startsToken = new RegExp(`[${TOKEN_STARTS}]`);

/**
 * A run of characters that cannot start a token (`￥`, `，`, control characters, the
 * bytes of a binary file): reported as L001, never handed to the parser. Matching the
 * run at once keeps lexing linear; Chevrotain's own recovery from an unexpected
 * character tries every pattern at each of the following characters.
 */
export const Garbage = createToken({
  name: "Garbage",
  pattern: new RegExp(`(?:[^${TOKEN_STARTS}]|!(?!=))+`),
  group: "garbage",
  // every UTF-16 code unit that may start a run: the lexer picks candidate patterns by first character
  start_chars_hint: Array.from({ length: 0x10000 }, (_, c) => c).filter(
    (c) => c === 0x21 || !startsToken.test(String.fromCharCode(c)),
  ),
});

export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{4}-\d{2}-\d{2}/, label: "date literal" });
/** `2026-2-13`: reported as L003, parsed as a date. */
export const MalformedDate = createToken({
  name: "MalformedDate",
  pattern: /\d{4}-\d{1,2}-\d{1,2}/,
  label: "date literal",
});
export const MoneyLiteral = createToken({
  name: "MoneyLiteral",
  pattern: /\d+(?:\.\d+)?(?:[万亿]?(?:美元|欧元|港元|日元)|[万亿]元?|元)/,
  label: "money literal",
  start_chars_hint: DIGITS,
});
export const PercentLiteral = createToken({
  name: "PercentLiteral",
  pattern: /\d+(?:\.\d+)?%/,
  label: "percent literal",
});
/** `12abc`, `1.5.2`: reported as L003, parsed as a number. */
export const MalformedNumber = createToken({
  name: "MalformedNumber",
  pattern: /\d+(?:\.\d+)*(?:\.\d*[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*|\.(?!\d))?/,
  label: "number literal",
});
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /\d+(?:\.\d+)?/,
  label: "number literal",
  longer_alt: MalformedNumber,
});

export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  label: "identifier",
  categories: [Name],
});

/** The reserved words, as listed in docs/language.md. */
export const keywords = [
  "policy",
  "title",
  "issuer",
  "issued",
  "valid",
  "from",
  "to",
  "on",
  "source",
  "stacking",
  "rounding",
  // the library (docs/library.md): implementing rules, amendments, shared fact vocabularies
  "rule",
  "implements",
  "amendment",
  "amends",
  "vocabulary",
  "uses",
  "remove",
  "input",
  "param",
  "pending",
  "optional",
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
  "article",
  "text",
  "units",
  "clause",
  "for",
  "each",
  "in",
  "when",
  "award",
  "up",
  "cap",
  "total",
  "uplift",
  "before",
  "after",
  "funded",
  "by",
  "nonmonetary",
  "stack",
  "tiers",
  "at",
  "least",
  "otherwise",
  "of",
  "and",
  "or",
  "not",
  "is",
  "given",
  "test",
  "facts",
  "expect",
  "no",
  "force",
  "invalid",
  "true",
  "false",
  "min",
  "max",
  // language wave 2 (docs/language.md, "Values that depend on the case" onwards)
  "if",
  "then",
  "else",
  "per",
  "new",
  "since",
  "years",
  "months",
  "days",
  "between",
  "over",
  "lifetime",
  "once",
  "less",
  "received",
  "pay",
  "select",
  "top",
  "first",
  "descending",
  "ascending",
  "one",
  "keep",
  "highest",
  "exclusive",
  "budget",
  "history",
  "awards",
] as const;
export type Keyword = (typeof keywords)[number];

/** One token type per keyword, named by the keyword itself. */
export const Kw = Object.fromEntries(
  keywords.map((word) => [
    word,
    createToken({ name: word, pattern: word, label: `\`${word}\``, longer_alt: Identifier, categories: [Name] }),
  ]),
) as Record<Keyword, TokenType>;

const punct = (name: string, image: string): TokenType => createToken({ name, pattern: image, label: `\`${image}\`` });
export const LCurly = punct("LCurly", "{");
export const RCurly = punct("RCurly", "}");
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBracket = punct("LBracket", "[");
export const RBracket = punct("RBracket", "]");
export const Comma = punct("Comma", ",");
export const Colon = punct("Colon", ":");
export const Dot = punct("Dot", ".");
export const GreaterEq = punct("GreaterEq", ">=");
export const Greater = punct("Greater", ">");
export const LessEq = punct("LessEq", "<=");
export const Less = punct("Less", "<");
export const NotEq = punct("NotEq", "!=");
export const Equals = punct("Equals", "=");
export const Plus = punct("Plus", "+");
export const Minus = punct("Minus", "-");
export const Star = punct("Star", "*");
export const Slash = punct("Slash", "/");

/** Longest keywords first, so that `input` is not read as `in` followed by `put`. */
const keywordTokens = [...keywords].sort((a, b) => b.length - a.length).map((word) => Kw[word]);

/** All token types in lexing order (the first pattern that matches wins). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  MalformedDate,
  MoneyLiteral,
  PercentLiteral,
  NumberLiteral,
  MalformedNumber,
  ...keywordTokens,
  Identifier,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Dot,
  GreaterEq,
  Greater,
  LessEq,
  Less,
  NotEq,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  Garbage,
  Name,
];

/**
 * Tokens keep only where they start (offset, line, column): a token ends at its start plus its
 * image (`tokenEnd`, node-locations.ts), and a large file's tokens are all alive during its parse.
 */
export const lexer = new Lexer(allTokens, { positionTracking: "onlyStart", ensureOptimizations: true });
