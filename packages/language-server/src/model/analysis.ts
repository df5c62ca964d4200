import { createIncrementalChecker, type CheckResult, type IncrementalChecker } from "@subsidia/compiler";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { SymbolIndex } from "./symbols.js";

/** One version of an open document, checked: what every feature reads. */
export interface Analysis {
  /** the document, which changes in place: `version` and `text` are this analysis's */
  doc: TextDocument;
  version: number;
  text: string;
  result: CheckResult;
  /** built on first use */
  symbols(): SymbolIndex;
}

/**
 * The open documents' checkers: each re-checks its document incrementally as it
 * changes (`createIncrementalChecker`, with a draft of the policy kept through
 * errors for navigation and hover). Requests read the analysis of the latest
 * version, which the next change replaces.
 */
export class Analyses {
  private checkers = new Map<string, IncrementalChecker>();
  private latest = new Map<string, Analysis>();

  update(doc: TextDocument): Analysis {
    const current = this.latest.get(doc.uri);
    if (current && current.version === doc.version) return current;
    let checker = this.checkers.get(doc.uri);
    if (!checker) this.checkers.set(doc.uri, (checker = createIncrementalChecker(doc.uri, { draft: true })));
    const text = doc.getText();
    const result = checker.check(text);
    let symbols: SymbolIndex | undefined;
    const analysis: Analysis = {
      doc,
      version: doc.version,
      text,
      result,
      symbols: () => (symbols ??= new SymbolIndex(result.ast, result.draft)),
    };
    this.latest.set(doc.uri, analysis);
    return analysis;
  }

  close(uri: string): void {
    this.checkers.delete(uri);
    this.latest.delete(uri);
  }
}
