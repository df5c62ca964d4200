import { createIncrementalChecker, type CheckResult, type IncrementalChecker } from "@subsidia/compiler";
import type { Diagnostic } from "@subsidia/syntax";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { compileLibraryOf, diagnosticsIn, type LibraryHost, NEEDS_LIBRARY } from "./library.js";
import { SymbolIndex } from "./symbols.js";

/** One version of an open document, checked: what every feature reads. */
export interface Analysis {
  /** the document, which changes in place: `version` and `text` are this analysis's */
  doc: TextDocument;
  version: number;
  text: string;
  result: CheckResult;
  /** what `subsidia check` says of the file: the checker's, or, for a file that needs its library, the library's */
  diagnostics: Diagnostic[];
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

  /** `openText` gives the text of an open document, which the library reads in place of the file */
  constructor(
    private readonly host?: LibraryHost,
    private readonly openText: (uri: string) => string | undefined = () => undefined,
  ) {}

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
      diagnostics: this.diagnostics(doc.uri, result),
      symbols: () => (symbols ??= new SymbolIndex(result.ast, result.draft)),
    };
    this.latest.set(doc.uri, analysis);
    return analysis;
  }

  /** A rule, amendment, vocabulary or policy that `uses` one is checked with its library, as `subsidia check` does. */
  private diagnostics(uri: string, result: CheckResult): Diagnostic[] {
    if (!this.host || !result.diagnostics.some((d) => NEEDS_LIBRARY.has(d.code))) return result.diagnostics;
    const compiled = compileLibraryOf(this.host, uri, this.openText);
    return compiled ? diagnosticsIn(compiled.library, compiled.file) : result.diagnostics;
  }

  close(uri: string): void {
    this.checkers.delete(uri);
    this.latest.delete(uri);
  }
}
