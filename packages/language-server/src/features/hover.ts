import type { Expr, InputField, Param, Policy } from "@subsidia/ir";
import type { ArticleDecl, ClauseDecl, FieldDecl, ParamDecl } from "@subsidia/syntax";
import { type Lang, type Translate, translator } from "@subsidia/messages";
import { MarkupKind, type Hover } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { inSpan, rangeOf } from "../model/positions.js";
import type { Occurrence, Sym } from "../model/symbols.js";
import { moneyAt } from "./money-literals.js";
import { unitText, yuanText } from "./units.js";

/**
 * What the name, literal or expression under the cursor means: a fact's type,
 * unit and description; a parameter's value today (or why it is pending) and the
 * text it is cited in; an article's or clause's cited text and 责任单位; an
 * expression's type and unit; a money literal in yuan. In `lang`: the policy's own words stay as written.
 */
export function hoverAt(a: Analysis, offset: number, today: string, lang: Lang = "en"): Hover | null {
  const tr = translator(lang);
  const o = a.symbols().at(offset);
  if (o) return { contents: markdown(symbolText(a, o.sym, today, tr)), range: rangeOf(a.doc, o) };
  const article = articleHeadAt(a, offset);
  if (article) return { contents: markdown(articleText(article, tr)), range: rangeOf(a.doc, article.title.span) };
  const money = moneyAt(a, offset);
  if (money)
    return { contents: markdown(`\`${money.text}\` = ${yuanText(money.yuan)}`), range: rangeOf(a.doc, money.span) };
  const e = a.result.draft && innermostExpr(a.result.draft, offset);
  if (e)
    return {
      contents: markdown(`\`${oneLine(e.src)}\`${tr("editor.colon")}${unitText(e.type, tr)}`),
      range: rangeOf(a.doc, e.span),
    };
  return null;
}

const markdown = (value: string) => ({ kind: MarkupKind.Markdown, value });
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");
const quote = (s: string) => s.replace(/^/gm, "> ");

function symbolText(a: Analysis, sym: Sym, today: string, tr: Translate): string {
  switch (sym.kind) {
    case "input":
    case "field":
      return fieldText(a, sym, tr);
    case "param":
      return paramText(a, sym, today, tr);
    case "article":
      return articleText(sym.decl as ArticleDecl, tr);
    case "clause":
      return clauseText(sym.decl as ClauseDecl, sym.article, tr);
    case "item": {
      const clause = sym.decl as ClauseDecl;
      const list = a.symbols().symbols.get(`input:${clause.forEach?.list.name}`);
      const doc = (list?.decl as FieldDecl | undefined)?.doc?.value;
      const item = tr("editor.item", {
        name: sym.name,
        list: clause.forEach?.list.name ?? "",
        clause: clause.name.name,
      });
      return `${item}${doc ? `\n\n${doc}` : ""}`;
    }
  }
}

function fieldText(a: Analysis, sym: Sym, tr: Translate): string {
  const decl = sym.decl as FieldDecl;
  const path = sym.id.slice(sym.id.indexOf(":") + 1);
  const field = a.result.draft && findInput(a.result.draft.inputs, path.split("."));
  const what =
    sym.kind === "input" ? tr("editor.input") : tr("editor.fieldOf", { path: path.split(".").slice(0, -1).join(".") });
  const type = field
    ? typeText(field, tr)
    : a.text.slice(decl.type.span.offset, decl.type.span.offset + decl.type.span.length);
  return [`**${what}** \`${sym.name}\`${tr("editor.colon")}${type}`, decl.doc?.value].filter(Boolean).join("\n\n");
}

function findInput(fields: readonly InputField[], path: readonly string[]): InputField | undefined {
  const [head, ...rest] = path;
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  return field.type.kind === "record" || field.type.kind === "list" ? findInput(field.type.fields, rest) : undefined;
}

function typeText(f: InputField, tr: Translate): string {
  const type = ownTypeText(f, tr);
  return f.optional ? tr("editor.optional", { type }) : type;
}

function ownTypeText(f: InputField, tr: Translate): string {
  const t = f.type;
  const list = (items: string[]) => items.join(tr("editor.comma"));
  switch (t.kind) {
    case "enum":
      return tr("editor.enum", { values: list(t.values.map((v) => `\`"${v}"\``)) });
    case "record":
    case "list":
      return tr(t.kind === "list" ? "editor.listWith" : "editor.recordWith", {
        fields: list(t.fields.map((s) => `\`${s.name}\``)),
      });
    case "integer":
    case "number": {
      const type = unitText(t.kind, tr);
      return t.min !== undefined ? tr("editor.range", { type, min: String(t.min), max: String(t.max) }) : type;
    }
    default:
      return unitText(t.kind, tr);
  }
}

function paramText(a: Analysis, sym: Sym, today: string, tr: Translate): string {
  const decl = sym.decl as ParamDecl;
  const param = a.result.draft?.params.find((p) => p.name === sym.name);
  const lines = [
    `**${tr("editor.parameter")}** \`${sym.name}\`${tr("editor.colon")}${unitText(param?.type ?? "number", tr)}`,
  ];
  if (param) lines.push(valueToday(param, today, tr));
  if (decl.doc) lines.push(decl.doc.value);
  const cited = citedIn(a, sym, tr);
  if (cited.length > 0)
    lines.push(
      tr("editor.readBy", { clauses: cited.map((c) => c.label).join(tr("editor.comma")) }),
      ...cited.flatMap((c) => c.text),
    );
  return lines.join("\n\n");
}

/** The value that applies on `today`: the last whose `from` is on or before it. */
function valueToday(p: Param, today: string, tr: Translate): string {
  if (p.pending !== undefined) return tr("editor.pending", { date: today, reason: p.pending });
  const entry = p.values.filter((v) => v.from === undefined || v.from <= today).at(-1);
  if (!entry) return tr("editor.noValue", { date: today, from: p.values[0]?.from ?? "—" });
  const v = entry.value;
  const amount = v.k === "lit" && v.type === "money" && typeof v.value === "string" ? ` = ${yuanText(v.value)}` : "";
  const value = `\`${oneLine(v.src)}\`${amount}`;
  return tr("editor.valueOn", {
    date: today,
    value: entry.from ? tr("editor.since", { value, date: entry.from }) : value,
  });
}

/** The clauses that read a parameter, with the text of the document they encode. */
function citedIn(a: Analysis, sym: Sym, tr: Translate): { label: string; text: string[] }[] {
  const out = new Map<string, { label: string; text: string[] }>();
  for (const o of a.symbols().of(sym)) {
    const clause = clauseAround(a, o);
    if (!clause || out.has(clause.sym.id)) continue;
    const decl = clause.sym.decl as ClauseDecl;
    const text = clauseCitation(decl, clause.sym.article);
    out.set(clause.sym.id, {
      label: tr("editor.articleClause", { number: clause.sym.article?.number.text ?? "", clause: decl.name.name }),
      text: text ? [quote(text)] : [],
    });
  }
  return [...out.values()];
}

function clauseAround(a: Analysis, o: Occurrence): { sym: Sym } | undefined {
  for (const sym of a.symbols().symbols.values()) {
    if (sym.kind === "clause" && sym.decl && inSpan(sym.decl.span, o.offset)) return { sym };
  }
  return undefined;
}

function articleText(article: ArticleDecl, tr: Translate): string {
  const lines = [`**${tr("editor.article", { number: article.number.text })}** ${article.title.value}`];
  const text = textOf(article);
  if (text) lines.push(quote(text));
  const units = article.entries.flatMap((e) => (e.kind === "Units" ? e.values.map((v) => v.value) : []));
  if (units.length > 0) lines.push(tr("editor.units", { units: units.join("、") }));
  return lines.join("\n\n");
}

function clauseText(clause: ClauseDecl, article: ArticleDecl | undefined, tr: Translate): string {
  const head = `**${tr("editor.clause")}** \`${clause.name.name}\`${clause.title ? ` ${clause.title.value}` : ""}`;
  const lines = [
    article ? tr("editor.inArticle", { clause: head, number: article.number.text, title: article.title.value }) : head,
  ];
  if (clause.forEach) lines.push(tr("editor.forEach", { list: clause.forEach.list.name }));
  const text = clauseCitation(clause, article);
  if (text) lines.push(quote(text));
  const units = article?.entries.flatMap((e) => (e.kind === "Units" ? e.values.map((v) => v.value) : [])) ?? [];
  if (units.length > 0) lines.push(tr("editor.units", { units: units.join("、") }));
  return lines.join("\n\n");
}

/** The clause's own cited text, else its article's. */
function clauseCitation(clause: ClauseDecl, article: ArticleDecl | undefined): string | undefined {
  return textOf(clause) ?? (article ? textOf(article) : undefined);
}

function textOf(decl: ArticleDecl | ClauseDecl): string | undefined {
  const parts = (decl.entries as { kind: string; parts?: { value: string }[] }[]).flatMap((e) =>
    e.kind === "Text" && e.parts ? [e.parts.map((p) => p.value).join("")] : [],
  );
  return parts.length > 0 ? parts.join("") : undefined;
}

/** `article 4 "…"`: the article keyword, number and title. */
function articleHeadAt(a: Analysis, offset: number): ArticleDecl | undefined {
  for (const item of a.result.ast.items) {
    if (item.kind !== "Article") continue;
    if (offset >= item.span.offset && offset <= item.title.span.offset + item.title.span.length) return item;
  }
  return undefined;
}

/** The smallest expression of the compiled policy that holds `offset`. */
function innermostExpr(policy: Policy, offset: number): Expr | undefined {
  let found: Expr | undefined;
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const e = node as Expr;
    if (typeof e.k === "string" && e.span && inSpan(e.span, offset)) {
      if (!found || e.span.length <= found.span.length) found = e;
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(policy.params);
  visit(policy.articles);
  return found;
}
