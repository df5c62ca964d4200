import { format } from "@subsidia/syntax";
import type { TextEdit } from "vscode-languageserver";
import type { Analysis } from "../model/analysis.js";

/** The file in the canonical style (`format`, as `subsidia fmt` writes it); nothing while it has syntax errors. */
export function formatDocument(a: Analysis): TextEdit[] {
  const r = format(a.text, a.doc.uri);
  if (r.text === undefined || r.text === a.text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: a.doc.positionAt(a.text.length) }, newText: r.text }];
}
