import type { CstNode } from "chevrotain";
import type {
  ArticleDecl,
  ArticleEntry,
  Comment,
  FieldDecl,
  Header,
  HeaderEntry,
  InputDecl,
  Item,
  ParamDecl,
  PolicyFile,
  Span,
  TypeExpr,
} from "./ast.js";
import { child, defined, identOf, nameOf, nodes, stringOf, token, tokens } from "./cst.js";
import { clauseToAst, ruleToAst, textToAst } from "./cst-clauses.js";
import { libraryHeadToAst, removeToAst, usesToAst } from "./cst-library.js";
import { exprToAst, numberOf } from "./cst-expressions.js";
import { testToAst } from "./cst-tests.js";
import { nodeSpan, spanAfter, tokenSpan } from "./spans.js";

/**
 * CST → AST for a whole file: header, inputs, parameters and articles here;
 * clauses, tests and expressions in the other `cst-*` files. Never throws on a
 * recovered CST: incomplete nodes are skipped, or filled when they hold others.
 */
export function fileToAst(
  file: string,
  cst: CstNode | undefined,
  comments: Comment[],
  text: string,
  converted: readonly Item[] = [],
): PolicyFile {
  const span: Span = { file, line: 1, column: 1, offset: 0, length: text.length };
  if (cst === undefined) return { kind: "File", items: [], comments, span };
  const items = [...converted, ...defined(nodes(cst, "item").map((n) => itemToAst(file, n)))];
  return { kind: "File", header: headerToAst(file, child(cst, "header")), items, comments, span };
}

/** A top-level item (input, parameter, article, test), or undefined when recovery left it incomplete. */
export function itemToAst(file: string, n: CstNode): Item | undefined {
  switch (n.name) {
    case "inputDecl":
      return inputToAst(file, n);
    case "paramDecl":
      return paramToAst(file, n);
    case "articleDecl":
      return articleToAst(file, n);
    case "addedItem":
      return addedItemToAst(file, n);
    case "removeDecl":
      return removeToAst(file, n);
    case "testDecl":
      return testToAst(file, n);
    case "usesDecl":
      return usesToAst(file, n);
    default:
      return undefined;
  }
}

function headerToAst(file: string, node: CstNode | undefined): Header | undefined {
  const span = node && nodeSpan(file, node);
  if (node === undefined || span === undefined) return undefined;
  const lib = libraryHeadToAst(file, child(node, "libraryHead"));
  // a missing id is placed just after the keyword: `policy`, or the head of a rule, amendment or vocabulary
  const id = (lib ? lib.id : stringOf(file, token(node, "id"))) ?? {
    kind: "String",
    value: "",
    span: spanAfter(lib ? lib.head.span : { ...span, length: 6 }),
  };
  return {
    kind: "Header",
    id,
    ...(lib ? { library: lib.head } : {}),
    entries: defined(nodes(node, "headerEntry").map((n) => headerEntryToAst(file, n))),
    span,
  };
}

function headerEntryToAst(file: string, node: CstNode): HeaderEntry | undefined {
  const span = nodeSpan(file, node);
  const key = token(node, "key")?.image;
  const value = stringOf(file, token(node, "StringLiteral"));
  const date = token(node, "DateLiteral");
  if (span === undefined) return undefined;
  switch (key) {
    case "title":
      return value && { kind: "Title", value, span };
    case "issuer":
      return value && { kind: "Issuer", value, span };
    case "source":
      return value && { kind: "Source", value, span };
    case "issued":
      return date && { kind: "Issued", date: { kind: "Date", value: date.image, span: tokenSpan(file, date) }, span };
    case "valid": {
      const [from, to] = [token(node, "fromDate"), token(node, "toDate")];
      if (from === undefined || to === undefined) return undefined;
      const dateOf = (t: typeof from) => ({ kind: "Date" as const, value: t.image, span: tokenSpan(file, t) });
      return {
        kind: "Validity",
        from: dateOf(from),
        to: dateOf(to),
        dateInput: identOf(file, token(node, "Identifier")),
        span,
      };
    }
    case "stacking": {
      const rule = nameOf(file, child(node, "name"));
      return rule && { kind: "Stacking", rule, text: value, span };
    }
    case "rounding": {
      const unit = numberOf(file, token(node, "NumberLiteral"));
      return unit && { kind: "Rounding", unit, mode: defined(nodes(node, "name").map((n) => nameOf(file, n))), span };
    }
    default:
      return undefined;
  }
}

function inputToAst(file: string, node: CstNode): InputDecl | undefined {
  const span = nodeSpan(file, node);
  const field = fieldToAst(file, child(node, "field"));
  return span && field && { kind: "Input", field, span };
}

function fieldToAst(file: string, node: CstNode | undefined): FieldDecl | undefined {
  const span = node && nodeSpan(file, node);
  const name = nameOf(file, child(node, "name"));
  const typeNode = child(node, "type");
  const typeSpan = typeNode && nodeSpan(file, typeNode);
  const typeName = typeNode && identOf(file, token(typeNode, "typeName"));
  if (
    typeNode === undefined ||
    span === undefined ||
    name === undefined ||
    typeSpan === undefined ||
    typeName === undefined
  )
    return undefined;
  const type: TypeExpr = {
    kind: "Type",
    optional: token(typeNode, "optional") !== undefined,
    ...(token(typeNode, "history") !== undefined ? { history: true } : {}),
    name: typeName,
    enumValues:
      typeName.name === "enum" ? defined(tokens(typeNode, "members").map((t) => stringOf(file, t))) : undefined,
    fields:
      typeName.name === "record" || typeName.name === "list"
        ? defined(nodes(typeNode, "fields").map((n) => fieldToAst(file, n)))
        : undefined,
    range: rangeOf(file, typeNode),
    ...(token(typeNode, "currency") ? { currency: identOf(file, token(typeNode, "currency")) } : {}),
    span: typeSpan,
  };
  return { kind: "Field", name, type, doc: stringOf(file, token(typeNode, "doc")), span };
}

function paramToAst(file: string, node: CstNode): ParamDecl | undefined {
  const span = nodeSpan(file, node);
  const name = identOf(file, token(node, "Identifier"));
  const type = nameOf(file, child(node, "type"));
  if (span === undefined || name === undefined || type === undefined) return undefined;
  const values = defined(
    nodes(node, "values").map((n) => {
      const value = exprToAst(file, child(n, "expr"));
      const from = token(n, "DateLiteral");
      const valueSpan = nodeSpan(file, n);
      return (
        value &&
        valueSpan && {
          value,
          from: from && { kind: "Date" as const, value: from.image, span: tokenSpan(file, from) },
          text: stringOf(file, token(n, "cited")),
          span: valueSpan,
        }
      );
    }),
  );
  // one string after the last value is the parameter's doc (`= 5% "…"`); a second one makes the first the value's
  let doc = stringOf(file, token(node, "doc"));
  const last = values.at(-1);
  if (doc === undefined && last?.text !== undefined) {
    doc = last.text;
    const end = last.from?.span ?? last.value.span;
    const span = { ...last.span, length: end.offset + end.length - last.span.offset };
    values[values.length - 1] = { value: last.value, from: last.from, text: undefined, span };
  }
  return {
    kind: "Param",
    name,
    type,
    values,
    pending: stringOf(file, token(node, "pendingReason")),
    doc,
    span,
  };
}

/** `new article …`, `new input …`, `new param …`: the item, its span from `new`, and the span of `new` */
function addedItemToAst(file: string, node: CstNode): ArticleDecl | InputDecl | ParamDecl | undefined {
  const [article, input, param] = [child(node, "articleDecl"), child(node, "inputDecl"), child(node, "paramDecl")];
  const item = article
    ? articleToAst(file, article)
    : input
      ? inputToAst(file, input)
      : param && paramToAst(file, param);
  const added = token(node, "added");
  const span = nodeSpan(file, node);
  if (item === undefined || added === undefined || span === undefined) return item;
  return { ...item, added: tokenSpan(file, added), span };
}

function articleToAst(file: string, node: CstNode): ArticleDecl | undefined {
  const span = nodeSpan(file, node);
  if (span === undefined) return undefined;
  const number = numberOf(file, token(node, "NumberLiteral")) ?? {
    kind: "Number",
    text: "",
    value: "",
    span: spanAfter({ ...span, length: 7 }),
  };
  const title = stringOf(file, token(node, "StringLiteral")) ?? {
    kind: "String",
    value: "",
    span: spanAfter(number.span),
  };
  const entries = defined(
    nodes(node, "entry").map((n): ArticleEntry | undefined => {
      switch (n.name) {
        case "textEntry":
          return textToAst(file, n);
        case "clauseDecl":
          return clauseToAst(file, n);
        case "unitsEntry": {
          const s = nodeSpan(file, n);
          const values = defined(tokens(n, "StringLiteral").map((t) => stringOf(file, t)));
          return s && values.length > 0 ? { kind: "Units", values, span: s } : undefined;
        }
        case "ruleEntry":
          return ruleToAst(file, n);
        case "exclusiveEntry": {
          const s = nodeSpan(file, n);
          const members = defined(tokens(n, "members").map((t) => identOf(file, t)));
          return s && { kind: "Exclusive", members, reason: stringOf(file, token(n, "reason")), span: s };
        }
        case "budgetEntry": {
          const s = nodeSpan(file, n);
          const amount = exprToAst(file, child(n, "amount"));
          return s && amount && { kind: "Budget", amount, reason: stringOf(file, token(n, "reason")), span: s };
        }
        case "articleCap": {
          const s = nodeSpan(file, n);
          const amount = exprToAst(file, child(n, "expr"));
          return s && amount && { kind: "TotalCap", amount, span: s };
        }
        default:
          return undefined;
      }
    }),
  );
  return { kind: "Article", number, title, entries, span };
}

/** `from MIN to MAX` after a number type; absent when not written or not recovered whole. */
function rangeOf(file: string, typeNode: CstNode): TypeExpr["range"] {
  const min = numberOf(file, token(typeNode, "min"));
  const max = numberOf(file, token(typeNode, "max"));
  return min && max ? { min, max } : undefined;
}
