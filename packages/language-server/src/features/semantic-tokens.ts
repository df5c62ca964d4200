import { lex, tokenClass, type TokenClass } from "@subsidia/syntax";
import type { SemanticTokens, SemanticTokensLegend } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import type { SymbolKind } from "../model/symbols.js";

const TYPES = [
  "keyword",
  "type",
  "operator",
  "string",
  "number",
  "comment",
  "variable",
  "property",
  "parameter",
  "function",
  "namespace",
] as const;
const MODIFIERS = ["declaration", "readonly"] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

type TokenType = (typeof TYPES)[number];

/** The lexer's classes (the shared table) as semantic token types. */
const OF_CLASS: Record<TokenClass, TokenType | undefined> = {
  keyword: "keyword",
  type: "type",
  constant: "keyword",
  operator: "operator",
  symbol: "operator",
  string: "string",
  money: "number",
  number: "number",
  date: "number",
  comment: "comment",
  name: undefined,
};
/** Names as the compiler resolved them; a keyword used as a field name (`c.type`) is a property. */
const OF_SYMBOL: Record<SymbolKind, [TokenType, number]> = {
  input: ["variable", 0],
  field: ["property", 0],
  param: ["variable", 2],
  clause: ["function", 0],
  article: ["namespace", 0],
  item: ["parameter", 0],
};

interface Token {
  offset: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Semantic tokens of the whole document: the lexer's tokens, names coloured by what they stand for. */
export function semanticTokens(a: Analysis): SemanticTokens {
  const { tokens, comments } = lex(a.text, a.doc.uri);
  const symbols = a.symbols();
  const byOffset = new Map(symbols.occurrences.map((o) => [o.offset, o]));
  const out: Token[] = [];
  for (const t of tokens) {
    const o = byOffset.get(t.startOffset);
    if (o && o.length === t.image.length) {
      const [type, modifiers] = OF_SYMBOL[o.sym.kind];
      out.push({
        offset: o.offset,
        length: o.length,
        type: TYPES.indexOf(type),
        modifiers: modifiers | (o.def ? 1 : 0),
      });
      continue;
    }
    const type = OF_CLASS[tokenClass(t.tokenType.name) ?? "name"];
    if (type) out.push({ offset: t.startOffset, length: t.image.length, type: TYPES.indexOf(type), modifiers: 0 });
  }
  for (const c of comments) out.push({ ...c.span, type: TYPES.indexOf("comment"), modifiers: 0 });
  // names inside `expect invalid "projects[0].x"` lie inside a string token: they are not coloured apart
  out.sort((x, y) => x.offset - y.offset);
  return { data: encode(a, out) };
}

/** LSP's relative encoding, one entry per line of a token (block comments span lines). */
function encode(a: Analysis, tokens: Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    let start = t.offset;
    const end = t.offset + t.length;
    while (start < end) {
      const p = a.doc.positionAt(start);
      const lineEnd = a.doc.offsetAt({ line: p.line + 1, character: 0 });
      const stop = Math.min(end, lineEnd);
      const text = a.text.slice(start, stop).replace(/\r?\n$/, "");
      if (text.length > 0) {
        data.push(p.line - line, p.line === line ? p.character - char : p.character, text.length, t.type, t.modifiers);
        line = p.line;
        char = p.character;
      }
      if (stop === start) break;
      start = stop;
    }
  }
  return data;
}
