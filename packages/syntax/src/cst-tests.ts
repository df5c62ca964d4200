import type { CstNode } from "chevrotain";
import type { Expect, ObjectValue, Span, TestDecl, Value } from "./ast.js";
import { child, defined, has, identOf, nameOf, nodes, stringOf, token } from "./cst.js";
import { exprToAst, literalToAst, numberOf } from "./cst-expressions.js";
import { nodeSpan, spanAfter } from "./spans.js";

/** CST → AST for tests: facts as an object value, then expectations. */

export function testToAst(file: string, node: CstNode): TestDecl | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const name = stringOf(file, token(node, "StringLiteral")) ?? {
    kind: "String",
    value: "",
    span: spanAfter({ ...span, length: 4 }),
  };
  const facts = objectToAst(file, child(node, "object")) ?? { kind: "Object", entries: [], span: spanAfter(name.span) };
  return {
    kind: "Test",
    name,
    facts,
    expects: defined(nodes(node, "expectation").map((n) => expectToAst(file, n))),
    span,
  };
}

function objectToAst(file: string, node: CstNode | undefined): ObjectValue | undefined {
  const span = node && nodeSpan(file, node);
  if (node === undefined || span === undefined) return undefined;
  const entries = defined(
    nodes(node, "entry").map((e) => {
      const key = nameOf(file, child(e, "key")) ?? stringOf(file, token(e, "key"));
      const value = valueToAst(file, child(e, "value"));
      const entrySpan = nodeSpan(file, e);
      return key && value && entrySpan && { key, value, span: entrySpan };
    }),
  );
  return { kind: "Object", entries, span };
}

function valueToAst(file: string, node: CstNode | undefined): Value | undefined {
  if (node === undefined) return undefined;
  const object = child(node, "object");
  if (object !== undefined) return objectToAst(file, object);
  const array = child(node, "array");
  if (array !== undefined) {
    const span = nodeSpan(file, array);
    const items = defined(nodes(array, "items").map((n) => valueToAst(file, n)));
    return span && { kind: "Array", items, span };
  }
  return literalToAst(file, child(node, "literal"));
}

function expectToAst(file: string, node: CstNode): Expect | undefined {
  const span: Span | undefined = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const amount = exprToAst(file, child(node, "amount"));
  const clause = identOf(file, token(node, "clause"));
  const item = stringOf(file, token(node, "item"));
  if (has(node, "force")) return { kind: "ExpectInForce", value: !has(node, "not"), span };
  if (has(node, "invalid")) {
    const path = stringOf(file, token(node, "path"));
    return path && { kind: "ExpectInvalid", path, span };
  }
  if (has(node, "no")) return { kind: "ExpectNoAward", clause, item, span };
  if (has(node, "pending")) return clause && { kind: "ExpectPending", clause, span };
  if (amount === undefined) return undefined;
  if (has(node, "total")) return { kind: "ExpectTotal", upTo: has(node, "up"), amount, span };
  if (has(node, "article")) {
    const article = numberOf(file, token(node, "NumberLiteral"));
    return article && { kind: "ExpectArticle", article, amount, span };
  }
  return clause && { kind: "ExpectAward", clause, item, amount, span };
}
