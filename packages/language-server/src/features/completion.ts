import type { ArticleDecl, ClauseDecl, FieldDecl, InputDecl, ObjectValue, TestDecl, Value } from "@subsidia/syntax";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { inSpan } from "../model/positions.js";

// The entries each block takes, as the parser's alternatives list them (@subsidia/syntax parser.ts,
// parser-clauses.ts, parser-expressions.ts); completion.test.ts checks that their words are keywords.
const TOP_LEVEL = ["input", "param", "article", "test", "uses"];
/** what an amendment adds and removes (docs/library.md) */
const AMENDMENT_ITEMS = ["new input", "new param", "new article", "remove article", "remove clause"];
const HEADS = ["policy", "rule", "amendment", "vocabulary"];
const ARTICLE_ENTRIES = ["text", "units", "clause", "cap total", "exclusive", "budget", "rule"];
const CLAUSE_ENTRIES = [
  "text",
  "when",
  "award",
  "award up to",
  "cap",
  "cap total",
  "once",
  "less received",
  "pay",
  "select top",
  "select first",
  "one per",
  "rule",
  "uplift",
  "funded by",
  "nonmonetary",
  "stack",
];
const TEST_ENTRIES = ["facts", "expect"];
const EXPRESSION_WORDS = [
  "and",
  "or",
  "not",
  "in",
  "is given",
  "is not given",
  "of",
  "min",
  "max",
  "true",
  "false",
  "if",
  "then",
  "else",
  "days between",
  "months between",
  "years between",
];
const TYPES = [
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
  "optional",
];
const EXPECTS = [
  "total",
  "up to total",
  "article",
  "award",
  "pending",
  "no award",
  "in force",
  "not in force",
  "invalid",
];

const NAME = "[A-Za-z_][A-Za-z0-9_]*";
const PATH = `${NAME}(?:\\.${NAME})*`;

/**
 * Completion in context: a field after `p.`, an enum's values after `=` or in
 * `in [ … ]`, names in scope and expression words inside a clause, the entries a
 * block takes at the start of a line, clause names after `expect award`, fact
 * names inside a test's facts, type names after `name:`, and the top-level
 * declarations between blocks.
 */
export function completionsAt(a: Analysis, offset: number): CompletionItem[] {
  const line = a.text.slice(a.text.lastIndexOf("\n", offset - 1) + 1, offset);
  const { clause, article, test } = enclosing(a, offset);
  const inputs = a.result.ast.items.filter((i): i is InputDecl => i.kind === "Input").map((i) => i.field);

  const member = new RegExp(`(${PATH})\\.(${NAME})?$`).exec(line);
  if (member && !test) return fieldsOf(resolve(member[1]!, clause, inputs));
  const enumValue = new RegExp(`(${PATH})\\s*(?:!=|=|\\bin\\s*\\[[^\\]]*)\\s*"?([^"\\]]*)$`).exec(line);
  if (enumValue && (clause || test)) {
    const values = resolve(enumValue[1]!, clause, inputs)?.type.enumValues;
    if (values) return values.map((v) => ({ label: v.value, kind: CompletionItemKind.EnumMember }));
  }
  if (test) return inTest(a, offset, line, test, inputs);
  if (/^\s*(input|[A-Za-z_]\w*)?\s*[A-Za-z_]\w*\s*:\s*(optional\s+)?\w*$/.test(line) && !clause) {
    return words(TYPES, CompletionItemKind.TypeParameter);
  }
  const atLineStart = /^\s*\w*$/.test(line);
  if (clause) {
    const scope = namesInScope(a, clause);
    return [
      ...(atLineStart ? words(CLAUSE_ENTRIES, CompletionItemKind.Keyword) : []),
      ...scope,
      ...words(EXPRESSION_WORDS, CompletionItemKind.Keyword),
    ];
  }
  if (article) return atLineStart ? words(ARTICLE_ENTRIES, CompletionItemKind.Keyword) : namesInScope(a, undefined);
  const header = a.result.ast.header;
  if (header && inSpan(header.span, offset))
    return words(
      ["title", "issuer", "issued", "valid from", "stacking", "rounding", "source"],
      CompletionItemKind.Keyword,
    );
  const amendment = header?.library?.role === "amendment";
  return words(
    [...(header ? [] : HEADS), ...TOP_LEVEL, ...(amendment ? AMENDMENT_ITEMS : [])],
    CompletionItemKind.Keyword,
  );
}

const words = (list: readonly string[], kind: CompletionItemKind): CompletionItem[] =>
  list.map((label) => ({ label, kind }));

function enclosing(a: Analysis, offset: number): { clause?: ClauseDecl; article?: ArticleDecl; test?: TestDecl } {
  for (const item of a.result.ast.items) {
    if (!inSpan(item.span, offset) || offset === item.span.offset + item.span.length) continue;
    if (item.kind === "Test") return { test: item };
    if (item.kind !== "Article") return {};
    const clause = item.entries.find((e): e is ClauseDecl => e.kind === "Clause" && inSpan(e.span, offset));
    return clause ? { clause, article: item } : { article: item };
  }
  return {};
}

/** The field (or input) a path names: the clause's item variable, an input, then fields. */
function resolve(path: string, clause: ClauseDecl | undefined, inputs: readonly FieldDecl[]): FieldDecl | undefined {
  const [head, ...rest] = path.split(".");
  const list = clause?.forEach?.var.name === head ? clause?.forEach?.list.name : undefined;
  let field = inputs.find((f) => f.name.name === (list ?? head));
  if (!field) return undefined;
  for (const part of rest) {
    field = field.type.fields?.find((f) => f.name.name === part);
    if (!field) return undefined;
  }
  return field;
}

function fieldsOf(field: FieldDecl | undefined): CompletionItem[] {
  return (field?.type.fields ?? []).map((f) => ({
    label: f.name.name,
    kind: CompletionItemKind.Field,
    detail: `${f.type.optional ? "optional " : ""}${f.type.name.name}`,
    ...(f.doc ? { documentation: f.doc.value } : {}),
  }));
}

function namesInScope(a: Analysis, clause: ClauseDecl | undefined): CompletionItem[] {
  const out: CompletionItem[] = [];
  if (clause?.forEach) {
    out.push({
      label: clause.forEach.var.name,
      kind: CompletionItemKind.Variable,
      detail: `each item of ${clause.forEach.list.name}`,
    });
  }
  for (const item of a.result.ast.items) {
    if (item.kind === "Input") {
      out.push({
        label: item.field.name.name,
        kind: CompletionItemKind.Variable,
        detail: `input: ${item.field.type.name.name}`,
        ...(item.field.doc ? { documentation: item.field.doc.value } : {}),
      });
    }
    if (item.kind === "Param") {
      out.push({
        label: item.name.name,
        kind: CompletionItemKind.Constant,
        detail: `parameter: ${item.type.name}`,
        ...(item.doc ? { documentation: item.doc.value } : {}),
      });
    }
  }
  return out;
}

function inTest(
  a: Analysis,
  offset: number,
  line: string,
  test: TestDecl,
  inputs: readonly FieldDecl[],
): CompletionItem[] {
  if (/\bexpect\s+(award|pending|no award)\s+\w*$/.test(line)) {
    return a.result.ast.items.flatMap((i) =>
      i.kind === "Article"
        ? i.entries.flatMap((e) =>
            e.kind === "Clause"
              ? [{ label: e.name.name, kind: CompletionItemKind.Function, detail: e.title?.value ?? "" }]
              : [],
          )
        : [],
    );
  }
  if (/\bexpect\s+\w*$/.test(line)) return words(EXPECTS, CompletionItemKind.Keyword);
  if (inSpan(test.facts.span, offset)) {
    const fields = fieldsAt(test.facts, offset, inputs);
    return fields.map((f) => ({
      label: f.name.name,
      kind: CompletionItemKind.Field,
      insertText: `${f.name.name}: `,
      detail: f.type.name.name,
      ...(f.doc ? { documentation: f.doc.value } : {}),
    }));
  }
  return words(TEST_ENTRIES, CompletionItemKind.Keyword);
}

/** The fields that may be keys where `offset` stands in a test's facts: inputs at the top, then nested fields. */
function fieldsAt(o: ObjectValue, offset: number, fields: readonly FieldDecl[]): readonly FieldDecl[] {
  for (const e of o.entries) {
    const key = e.key.kind === "Ident" ? e.key.name : e.key.value;
    const field = fields.find((f) => f.name.name === key);
    const inner = field && innerObject(e.value, offset);
    if (field && inner) return fieldsAt(inner, offset, field.type.fields ?? []);
  }
  return fields;
}

function innerObject(v: Value, offset: number): ObjectValue | undefined {
  if (!inSpan(v.span, offset)) return undefined;
  if (v.kind === "Object") return v;
  if (v.kind === "Array")
    for (const item of v.items) if (item.kind === "Object" && inSpan(item.span, offset)) return item;
  return undefined;
}
