import type { Policy } from "@subsidia/ir";
import { lex } from "@subsidia/syntax";

/**
 * The IR up to layout: without spans, and the source text of each expression without
 * whitespace and comments (the formatter moves comments out of expressions).
 */
export function comparableIr(ir: Policy | undefined): unknown {
  if (ir === undefined) return undefined;
  return JSON.parse(JSON.stringify(ir), (key, value: unknown) => {
    if (key === "span") return undefined;
    if (key === "src" && typeof value === "string") return withoutLayout(value);
    return value;
  });
}

/**
 * A source excerpt without its layout: comments, whitespace and commas (the formatter writes
 * the cases of a lookup one per line, where the drafter may separate them by commas).
 */
export const withoutLayout = (s: string): string =>
  s.replace(/\/\*[\s\S]*?\*\/|\/\/[^\r\n]*/g, "").replace(/[\s,]+/g, "");

/** The string literals of a text, as written, in order. */
export const stringsOf = (text: string): string[] =>
  lex(text, "f")
    .tokens.filter((t) => t.tokenType.name === "StringLiteral")
    .map((t) => t.image);

/**
 * The comments of a text as the formatter writes them, sorted: a line comment without
 * trailing whitespace, a block comment with `\n` line breaks and no spaces before them.
 */
export const commentsOf = (text: string): string[] =>
  lex(text, "f")
    .comments.map((c) =>
      c.text.startsWith("//") ? c.text.trimEnd() : c.text.replace(/\r\n?/g, "\n").replace(/[ \t]+(?=\n)/g, ""),
    )
    .sort();
