import { allTokens, keywords, tokenClass, type TokenClass } from "@subsidia/syntax";

/** The TextMate scope of each token class (scopes every colour theme knows). */
const SCOPE: Record<Exclude<TokenClass, "name" | "comment" | "string">, string> = {
  keyword: "keyword.control.subsidia",
  type: "storage.type.subsidia",
  constant: "constant.language.subsidia",
  operator: "keyword.operator.word.subsidia",
  symbol: "keyword.operator.subsidia",
  money: "constant.numeric.money.subsidia",
  number: "constant.numeric.subsidia",
  date: "constant.numeric.date.subsidia",
};

/** The lexer's pattern of a token type, by name, as a regular expression's source. */
function pattern(name: string): string {
  const t = allTokens.find((x) => x.name === name);
  const p = t?.PATTERN;
  if (p instanceof RegExp) return p.source;
  if (typeof p === "string") return p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  throw new Error(`no pattern for token \`${name}\` in @subsidia/syntax`);
}

const words = (cls: TokenClass) =>
  [...keywords]
    .filter((k) => tokenClass(k) === cls)
    .sort((a, b) => b.length - a.length)
    .join("|");

/**
 * The grammar, from the token table: keywords by class, the literals with the
 * lexer's own regular expressions (a date before a number, money before a
 * number, as the lexer tries them), comments and strings with their escapes.
 */
export function grammar(): Record<string, unknown> {
  const literal = (cls: TokenClass, ...names: string[]) => ({
    name: SCOPE[cls as keyof typeof SCOPE],
    match: `(?<![A-Za-z0-9_.])(?:${names.map(pattern).join("|")})`,
  });
  const symbols = allTokens.filter((t) => tokenClass(t.name) === "symbol").map((t) => pattern(t.name));
  return {
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "Subsidia",
    scopeName: "source.subsidia",
    fileTypes: ["subsidia"],
    comment:
      "Generated from the token table of @subsidia/syntax by apps/vscode/scripts/generate-grammar.ts: do not edit",
    patterns: [
      { include: "#comments" },
      { include: "#strings" },
      literal("date", "DateLiteral", "MalformedDate"),
      literal("money", "MoneyLiteral"),
      literal("number", "PercentLiteral", "NumberLiteral"),
      ...(["type", "constant", "operator", "keyword"] as const).map((cls) => ({
        name: SCOPE[cls],
        match: `\\b(?:${words(cls)})\\b`,
      })),
      { name: "variable.other.subsidia", match: pattern("Identifier") },
      { name: SCOPE.symbol, match: symbols.sort((a, b) => b.length - a.length).join("|") },
    ],
    repository: {
      comments: {
        patterns: [
          { name: "comment.line.double-slash.subsidia", match: pattern("LineComment") },
          { name: "comment.block.subsidia", begin: "/\\*", end: "\\*/" },
        ],
      },
      strings: {
        name: "string.quoted.double.subsidia",
        begin: '"',
        end: '"|$',
        patterns: [{ name: "constant.character.escape.subsidia", match: '\\\\[\\\\"n]' }],
      },
    },
  };
}
