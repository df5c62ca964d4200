import type { CstNode, IToken } from "chevrotain";
import type { BinaryOp, DateUnit, Expr, Literal, LookupCase, LookupExpr, NumberLit } from "./ast.js";
import { child, defined, has, identOf, nameOf, nodes, stringOf, token, tokens } from "./cst.js";
import { moneyCurrency, moneyToYuan, numberValue, percentToFraction } from "./literals.js";
import { joinSpans, nodeSpan, tokenSpan } from "./spans.js";

/** CST → AST for literals and expressions. Incomplete nodes give `undefined`. */

export function numberOf(file: string, t: IToken | undefined): NumberLit | undefined {
  return t === undefined
    ? undefined
    : { kind: "Number", text: t.image, value: numberValue(t.image), span: tokenSpan(file, t) };
}

/** The tokens a literal may be, in the order they are looked for (read for every literal: no lists made). */
const LITERAL_TOKENS = [
  "MoneyLiteral",
  "PercentLiteral",
  "NumberLiteral",
  "DateLiteral",
  "StringLiteral",
  "true",
  "false",
];

export function literalToAst(file: string, node: CstNode | undefined): Literal | undefined {
  if (node === undefined) return undefined;
  let t: IToken | undefined;
  for (const kind of LITERAL_TOKENS) if ((t = token(node, kind)) !== undefined) break;
  if (t === undefined) return undefined;
  const span = tokenSpan(file, t);
  switch (t.tokenType.name) {
    case "MoneyLiteral":
      return { kind: "Money", text: t.image, yuan: moneyToYuan(t.image), currency: moneyCurrency(t.image), span };
    case "PercentLiteral":
      return { kind: "Percent", text: t.image, fraction: percentToFraction(t.image), span };
    case "DateLiteral":
      return { kind: "Date", value: t.image, span };
    case "StringLiteral":
      return stringOf(file, t);
    case "true":
      return { kind: "Boolean", value: true, span };
    case "false":
      return { kind: "Boolean", value: false, span };
    default:
      return numberOf(file, t);
  }
}

export function exprToAst(file: string, node: CstNode | undefined): Expr | undefined {
  if (node === undefined) return undefined;
  switch (node.name) {
    case "expr":
      return has(node, "if") ? ifToAst(file, node) : exprToAst(file, child(node, "orExpr"));
    case "stepExpr":
      return stepsToAst(file, node);
    case "orExpr":
    case "andExpr":
    case "addExpr":
    case "mulExpr":
      return binaryChain(file, node);
    case "notExpr":
      return prefixed(file, node);
    case "unaryExpr":
      return convertToAst(file, node, durationToAst(file, node, prefixed(file, node)));
    case "cmpExpr":
      return comparison(file, node);
    case "primary":
      return primary(file, node);
    default:
      return undefined;
  }
}

/** `a + b - c` is `(a + b) - c`: left to right. */
function binaryChain(file: string, node: CstNode): Expr | undefined {
  const operands = nodes(node, "operand").map((n) => exprToAst(file, n));
  const ops = tokens(node, "op");
  let result = operands[0];
  ops.forEach((op, i) => {
    const right = operands[i + 1];
    if (result === undefined) result = right;
    else if (right !== undefined) {
      result = {
        kind: "Binary",
        op: op.image as BinaryOp,
        left: result,
        right,
        span: joinSpans(result.span, right.span),
      };
    }
  });
  return result;
}

/** `not x`, `-x`, `+50%` */
function prefixed(file: string, node: CstNode): Expr | undefined {
  const operand = exprToAst(file, child(node, "operand"));
  const op = token(node, "op");
  if (op === undefined || operand === undefined) return operand;
  const kind = op.image as "-" | "+" | "not";
  return { kind: "Unary", op: kind, expr: operand, span: joinSpans(tokenSpan(file, op), operand.span) };
}

function comparison(file: string, node: CstNode): Expr | undefined {
  const [left, right] = nodes(node, "operand").map((n) => exprToAst(file, n));
  const op = token(node, "op");
  const span = nodeSpan(file, node);
  if (left === undefined || span === undefined) return left;
  if (op !== undefined) {
    return right === undefined
      ? left
      : { kind: "Binary", op: op.image as BinaryOp, left, right, span: joinSpans(left.span, right.span) };
  }
  if (has(node, "in"))
    return { kind: "In", expr: left, values: defined(nodes(node, "values").map((n) => literalToAst(file, n))), span };
  if (has(node, "given")) return { kind: "Given", expr: left, negate: has(node, "not"), span };
  return left;
}

function ifToAst(file: string, node: CstNode): Expr | undefined {
  const span = nodeSpan(file, node);
  const [cond, then, otherwise] = ["cond", "then", "else"].map((k) => exprToAst(file, child(node, k)));
  if (span === undefined || cond === undefined || then === undefined || otherwise === undefined) return undefined;
  return { kind: "If", cond, then, else: otherwise, span };
}

function stepsToAst(file: string, node: CstNode): Expr | undefined {
  const amount = exprToAst(file, child(node, "amount"));
  if (!has(node, "per")) return amount;
  const span = nodeSpan(file, node);
  const step = exprToAst(file, child(node, "step"));
  const of = exprToAst(file, child(node, "of"));
  const since = exprToAst(file, child(node, "since"));
  if (span === undefined || amount === undefined || step === undefined || of === undefined) return undefined;
  return { kind: "Steps", amount, step, of, since, span };
}

/** `p.investment at usdRate`: a primary converted at a rate */
function convertToAst(file: string, node: CstNode, amount: Expr | undefined): Expr | undefined {
  if (!has(node, "at") || amount === undefined) return amount;
  const rate = exprToAst(file, child(node, "rate"));
  if (rate === undefined) return undefined;
  return { kind: "Convert", amount, rate, span: joinSpans(amount.span, rate.span) };
}

/** `3 years`: a primary followed by a unit of time */
function durationToAst(file: string, node: CstNode, count: Expr | undefined): Expr | undefined {
  const unitNode = child(node, "unit");
  const unit = unitNode && token(unitNode, "unit");
  if (unit === undefined || count === undefined) return count;
  return {
    kind: "Duration",
    count,
    unit: unit.image as DateUnit,
    span: joinSpans(count.span, tokenSpan(file, unit)),
  };
}

export function lookupToAst(file: string, node: CstNode): LookupExpr | undefined {
  const span = nodeSpan(file, node);
  const key = exprToAst(file, child(node, "key"));
  if (span === undefined || key === undefined) return undefined;
  const cases = defined(
    nodes(node, "lookupCase").map((c): LookupCase | undefined => {
      const matches = defined(nodes(c, "match").map((m) => literalToAst(file, m)));
      const amount = exprToAst(file, child(c, "amount"));
      const caseSpan = nodeSpan(file, c);
      return matches.length > 0 && amount && caseSpan ? { matches, amount, span: caseSpan } : undefined;
    }),
  );
  return { kind: "Lookup", key, cases, otherwise: exprToAst(file, child(node, "otherwise")), span };
}

function primary(file: string, node: CstNode): Expr | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const literal = child(node, "literal");
  if (literal !== undefined) return literalToAst(file, literal);
  const lookup = child(node, "lookup");
  if (lookup !== undefined) return lookupToAst(file, lookup);
  const between = child(node, "between");
  if (between !== undefined) {
    const unit = token(between, "unit");
    const from = exprToAst(file, child(node, "from"));
    const to = exprToAst(file, child(node, "to"));
    return unit && from && to && { kind: "Between", unit: unit.image as DateUnit, from, to, span };
  }
  if (has(node, "award")) {
    const clause = identOf(file, token(node, "clause"));
    return clause && { kind: "AwardOf", clause, span };
  }
  const head = identOf(file, token(node, "head"));
  if (head !== undefined) {
    if (has(node, "LParen"))
      return { kind: "Call", fn: head, args: defined(nodes(node, "args").map((n) => exprToAst(file, n))), span };
    const parts = [head, ...defined(nodes(node, "parts").map((n) => nameOf(file, n)))];
    const last = parts[parts.length - 1] ?? head;
    return { kind: "Path", parts, span: joinSpans(head.span, last.span) };
  }
  const inner = exprToAst(file, child(node, "inner"));
  return inner === undefined ? undefined : { kind: "Paren", expr: inner, span };
}
