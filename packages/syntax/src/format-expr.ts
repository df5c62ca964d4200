import type { Expr, Literal, LookupCase, LookupExpr, Span } from "./ast.js";

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
    case "If": {
      const gap = (a: Span, b: Span) => (text.slice(end(a), b.offset).includes("\n") ? `\n${continuation}` : " ");
      return `if ${p(e.cond)}${gap(e.cond.span, e.then.span)}then ${p(e.then)}${gap(e.then.span, e.else.span)}else ${p(e.else)}`;
    }
    case "Lookup":
      return printLookup(text, e, continuation);
    case "Steps":
      return `${p(e.amount)} per ${p(e.step)} of ${p(e.of)}${e.since ? ` new since ${p(e.since)}` : ""}`;
    case "Duration":
      return `${p(e.count)} ${e.unit}`;
    case "Between":
      return `${e.unit} between ${p(e.from)} and ${p(e.to)}`;
    case "AwardOf":
      return `award of ${e.clause.name}`;
    case "Convert":
      return `${p(e.amount)} at ${p(e.rate)}`;
  }
}

/** `"a", "b": 500万元` */
export function printCase(text: string, c: LookupCase, continuation: string): string {
  return `${c.matches.map((m) => printLiteral(text, m)).join(", ")}: ${printExpr(text, c.amount, continuation)}`;
}

/**
 * A lookup as a value: on one line (`by k { "a": 1, otherwise: 2 }`) when written on one line,
 * otherwise one case per line, indented under the statement.
 */
function printLookup(text: string, e: LookupExpr, continuation: string): string {
  const inner = `${continuation}    `;
  const cases = e.cases.map((c) => printCase(text, c, inner));
  if (e.otherwise) cases.push(`otherwise: ${printExpr(text, e.otherwise, inner)}`);
  const key = printExpr(text, e.key, continuation);
  if (!source(text, e.span).includes("\n")) return `by ${key} { ${cases.join(", ")} }`;
  const indent = continuation.slice(2);
  return `by ${key} {\n${cases.map((c) => `${indent}${c}`).join("\n")}\n${continuation.slice(4)}}`;
}
