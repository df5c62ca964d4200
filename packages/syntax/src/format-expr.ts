import type { Expr, Literal, Span } from "./ast.js";

/**
 * Expressions in the canonical style: one space around binary operators and
 * after commas, none inside brackets. Parentheses are kept as written (the AST
 * has them), so the printed text parses to the same tree. A line break the
 * drafter put between the operands of a binary operator is kept, the operator
 * leading the continuation line, indented by `continuation`:
 *
 *     award rdStockRate * min(rdInvestment.current, rdInvestment.previous)
 *         + rdIncrementRate * max(rdInvestment.current - rdInvestment.previous, 0元)
 */

export const end = (s: Span): number => s.offset + s.length;

/** A line ends at `\n`, `\r\n` or a lone `\r`, as the lexer counts lines. */
export const hasLineBreak = (s: string): boolean => /[\r\n]/.test(s);

/** The source text of a node: literals are printed exactly as written. */
export const source = (text: string, s: Span): string => text.slice(s.offset, end(s));

export function printLiteral(text: string, l: Literal): string {
  return source(text, l.span);
}

/** `continuation` is the indentation of a continuation line (the statement's plus four spaces). */
export function printExpr(text: string, e: Expr, continuation: string): string {
  const p = (x: Expr): string => printExpr(text, x, continuation);
  switch (e.kind) {
    case "Money":
    case "Percent":
    case "Number":
    case "Date":
    case "String":
    case "Boolean":
      return printLiteral(text, e);
    case "Path":
      return e.parts.map((part) => part.name).join(".");
    case "Binary": {
      const broken = hasLineBreak(text.slice(end(e.left.span), e.right.span.offset));
      return `${p(e.left)}${broken ? `\n${continuation}` : " "}${e.op} ${p(e.right)}`;
    }
    case "Unary":
      return e.op === "not" ? `not ${p(e.expr)}` : `${e.op}${p(e.expr)}`;
    case "In":
      return `${p(e.expr)} in [${e.values.map((v) => printLiteral(text, v)).join(", ")}]`;
    case "Given":
      return `${p(e.expr)} is ${e.negate ? "not " : ""}given`;
    case "Call":
      return `${e.fn.name}(${e.args.map(p).join(", ")})`;
    case "Paren":
      return `(${p(e.expr)})`;
  }
}
