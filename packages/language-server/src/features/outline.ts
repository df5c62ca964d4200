import type { FieldDecl, Span } from "@subsidia/syntax";
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";
import { rangeOf } from "../model/positions.js";

/** The outline: the header, inputs (with their fields), parameters, articles with their clauses, tests. */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const symbol = (
    name: string,
    detail: string,
    kind: SymbolKind,
    span: Span,
    at: Span,
    children?: DocumentSymbol[],
  ) => ({
    name,
    detail,
    kind,
    range: rangeOf(a.doc, span),
    selectionRange: rangeOf(a.doc, at),
    ...(children ? { children } : {}),
  });
  const field = (f: FieldDecl): DocumentSymbol =>
    symbol(
      f.name.name,
      f.doc?.value ?? f.type.name.name,
      f.type.fields ? SymbolKind.Struct : SymbolKind.Field,
      f.span,
      f.name.span,
      f.type.fields?.map(field),
    );
  const out: DocumentSymbol[] = [];
  const h = a.result.ast.header;
  if (h) out.push(symbol(h.id.value || "policy", "policy", SymbolKind.Module, h.span, h.id.span));
  for (const item of a.result.ast.items) {
    switch (item.kind) {
      case "Input":
        out.push({ ...field(item.field), range: rangeOf(a.doc, item.span) });
        break;
      case "Param":
        out.push(
          symbol(item.name.name, item.doc?.value ?? item.type.name, SymbolKind.Constant, item.span, item.name.span),
        );
        break;
      case "Article": {
        const clauses = item.entries.flatMap((e) =>
          e.kind === "Clause"
            ? [symbol(e.name.name, e.title?.value ?? "", SymbolKind.Function, e.span, e.name.span)]
            : [],
        );
        const name = `article ${item.number.text}`;
        out.push(symbol(name, item.title.value, SymbolKind.Namespace, item.span, item.number.span, clauses));
        break;
      }
      case "Test":
        out.push(symbol(item.name.value || "test", "test", SymbolKind.Event, item.span, item.name.span));
        break;
    }
  }
  return out;
}

/**
 * Folds: every block over several lines (header, records, articles, clauses, tests, facts), and block
 * comments; one per line (an input and its record start on one line: the widest fold is kept).
 */
export function foldingRanges(a: Analysis): FoldingRange[] {
  const byLine = new Map<number, FoldingRange>();
  const fold = (span: Span, kind?: FoldingRangeKind) => {
    const start = a.doc.positionAt(span.offset).line;
    const end = a.doc.positionAt(span.offset + span.length).line;
    // the closing line stays visible
    if (end - 1 <= start || (byLine.get(start)?.endLine ?? -1) >= end - 1) return;
    byLine.set(start, { startLine: start, endLine: end - 1, ...(kind ? { kind } : {}) });
  };
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { kind?: string; span?: Span };
    if (n.span && FOLDED.has(n.kind ?? "")) fold(n.span);
    for (const v of Object.values(node)) if (typeof v === "object") visit(v);
  };
  if (a.result.ast.header) fold(a.result.ast.header.span);
  visit(a.result.ast.items);
  for (const c of a.result.ast.comments) if (c.text.startsWith("/*")) fold(c.span, FoldingRangeKind.Comment);
  return [...byLine.values()].sort((x, y) => x.startLine - y.startLine);
}

const FOLDED = new Set(["Input", "Field", "Article", "Clause", "Test", "Object", "Array", "AwardTiers", "AwardLookup"]);
