import type { Span } from "@subsidia/syntax";
import type { Position, Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/**
 * Spans count UTF-16 code units from the start of the text, as JavaScript strings
 * do; so does the LSP (its default position encoding), by line and character. A
 * Chinese character is one unit, a character outside the Basic Multilingual Plane
 * two: `TextDocument` converts offsets both ways.
 */
export function rangeOf(doc: TextDocument, span: { offset: number; length: number }): Range {
  return { start: doc.positionAt(span.offset), end: doc.positionAt(span.offset + span.length) };
}

export function offsetOf(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

/** Whether `offset` falls inside `span` or just at its end (where a cursor after a name stands). */
export function inSpan(span: Pick<Span, "offset" | "length">, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}
