import { lex, moneyToYuan } from "@subsidia/syntax";
import type { Analysis } from "../model/analysis.js";

export interface MoneyLiteral {
  text: string;
  yuan: string;
  span: { offset: number; length: number };
}

const cache = new WeakMap<Analysis, MoneyLiteral[]>();

/** The money literals of the text (`1000万元`, `1.5亿`, `200元`), with their amount in yuan, as the lexer reads them. */
export function moneyLiterals(a: Analysis): MoneyLiteral[] {
  let found = cache.get(a);
  if (found) return found;
  found = lex(a.text, a.doc.uri).tokens.flatMap((t) =>
    t.tokenType.name === "MoneyLiteral"
      ? [{ text: t.image, yuan: moneyToYuan(t.image), span: { offset: t.startOffset, length: t.image.length } }]
      : [],
  );
  cache.set(a, found);
  return found;
}

export function moneyAt(a: Analysis, offset: number): MoneyLiteral | undefined {
  return moneyLiterals(a).find((m) => offset >= m.span.offset && offset <= m.span.offset + m.span.length);
}
