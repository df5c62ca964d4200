import {
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
  type TextEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { codeLenses, RUN_TEST, testOutcomes } from "./features/code-lens.js";
import { completionsAt } from "./features/completion.js";
import { type DiagnosticLang, diagnosticsOf, langOfLocale } from "./features/diagnostics.js";
import { formatDocument } from "./features/formatting.js";
import { hoverAt } from "./features/hover.js";
import { inlayHints } from "./features/inlay-hints.js";
import { nameInLibrary } from "./features/library-names.js";
import { checkNewName, definitionAt, prepareRenameAt, referencesAt, renameAt } from "./features/navigation.js";
import { documentSymbols, foldingRanges } from "./features/outline.js";
import { ruleFillsAt, ruleFillsText } from "./features/rule-fills.js";
import { legend, semanticTokens } from "./features/semantic-tokens.js";
import { Analyses } from "./model/analysis.js";
import type { LibraryHost } from "./model/library.js";

export const capabilities: ServerCapabilities = {
  positionEncoding: "utf-16",
  textDocumentSync: TextDocumentSyncKind.Incremental,
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  completionProvider: { triggerCharacters: [".", '"', " "] },
  documentFormattingProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  semanticTokensProvider: { legend, full: true },
  codeLensProvider: { resolveProvider: false },
  inlayHintProvider: true,
  executeCommandProvider: { commands: [RUN_TEST] },
};

export interface ServerOptions {
  /** the date parameters are valued on in hovers (default: today) */
  today?: () => string;
  /** finds and reads the library of a document (default: none, each document is checked alone) */
  library?: LibraryHost;
}

/**
 * The language of the diagnostics: `initializationOptions.lang` ("zh" or "en") if the editor sets it,
 * else the editor's `locale` (VS Code sends its display language, `zh-cn`); English otherwise.
 */
function langOf(params: { locale?: string | undefined; initializationOptions?: unknown }): DiagnosticLang {
  const asked = (params.initializationOptions as { lang?: unknown } | null | undefined)?.lang;
  return langOfLocale(asked ?? params.locale);
}

/**
 * The Subsidia language server on a connection (stdio for editors, see main.ts).
 * Documents are synchronised incrementally and re-checked on every change; the
 * diagnostics are published at once, everything else is computed when asked.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses(options.library, (uri) => documents.get(uri)?.getText());
  const analysis = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? analyses.update(doc) : undefined;
  };
  const at = <T>(
    params: { textDocument: { uri: string }; position: { line: number; character: number } },
    f: (a: NonNullable<ReturnType<typeof analysis>>, offset: number) => T,
    none: T,
  ): T => {
    const a = analysis(params.textDocument.uri);
    return a ? f(a, a.doc.offsetAt(params.position)) : none;
  };

  // a notification: nothing to answer (`window.show…Message` asks the editor for a choice)
  const show = (type: MessageType, message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type, message });

  let lang: DiagnosticLang = "en";
  connection.onInitialize((params): InitializeResult => {
    lang = langOf(params);
    return { capabilities, serverInfo: { name: "subsidia-language-server", version: "0.1.0" } };
  });
  documents.onDidChangeContent((e) => {
    const a = analyses.update(e.document);
    void connection.sendDiagnostics({
      uri: e.document.uri,
      version: e.document.version,
      diagnostics: diagnosticsOf(a, lang),
    });
  });
  documents.onDidClose((e) => {
    analyses.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  const openText = (uri: string) => documents.get(uri)?.getText();
  const fills = (a: NonNullable<ReturnType<typeof analysis>>, o: number) =>
    ruleFillsAt(a, o, options.library, openText);
  connection.onHover((p) =>
    at(
      p,
      (a, o) => {
        const hover = hoverAt(a, o, today(), lang);
        const filled = hover && ruleFillsText(fills(a, o), lang);
        if (!hover || !filled) return hover;
        const value = (hover.contents as { value: string }).value;
        return { ...hover, contents: { kind: "markdown" as const, value: `${value}\n\n---\n\n${filled}` } };
      },
      null,
    ),
  );
  // an input, field, parameter or clause is one name across the library (features/library-names.ts)
  const inLibrary = (a: NonNullable<ReturnType<typeof analysis>>, o: number) =>
    nameInLibrary(a, o, options.library, openText);
  // the declaration (the policy's, the vocabulary's, or the amendment's that adds it), then the rules' fills
  // and the amendments' new versions; the document's own answer without a library
  connection.onDefinition((p) =>
    at(
      p,
      (a, o) => {
        const lib = inLibrary(a, o);
        const places = lib?.places ?? [];
        const found = [...places.filter((x) => x.def), ...places.filter((x) => x.version)];
        return found.length > 0 ? found.map((x) => x.location) : definitionAt(a, o);
      },
      null,
    ),
  );
  connection.onReferences((p) =>
    at(
      p,
      (a, o) => {
        const lib = inLibrary(a, o);
        if (!lib) return referencesAt(a, o, p.context.includeDeclaration);
        const shown = lib.places.filter((x) => !x.implicit && (p.context.includeDeclaration || !x.def));
        return shown.map((x) => x.location);
      },
      [],
    ),
  );
  connection.onPrepareRename((p) =>
    at(
      p,
      (a, o) => {
        const lib = prepareRenameAt(a, o) ?? inLibrary(a, o);
        return lib && "sym" in lib ? { range: lib.at.range, placeholder: lib.sym.name } : lib;
      },
      null,
    ),
  );
  // renamed in every file of the library that names it, wherever the rename starts; a name taken in any is refused
  connection.onRenameRequest((p) =>
    at(
      p,
      (a, o) => {
        const lib = inLibrary(a, o);
        if (!lib) return renameAt(a, o, p.newName);
        checkNewName(lib.sym, p.newName);
        const clash = lib.clash(p.newName);
        if (clash) throw new ResponseError(0, `\`${p.newName}\` is already ${clash}; expected a name not yet used`);
        const changes: Record<string, TextEdit[]> = {};
        for (const { location, implicit } of lib.places) {
          (changes[location.uri] ??= []).push({
            range: location.range,
            newText: implicit ? ` on ${p.newName}` : p.newName,
          });
        }
        return { changes };
      },
      null,
    ),
  );
  connection.onCompletion((p) => at(p, completionsAt, []));
  connection.onDocumentFormatting((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? formatDocument(a) : [];
  });
  connection.onDocumentSymbol((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? documentSymbols(a) : [];
  });
  connection.onFoldingRanges((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? foldingRanges(a) : [];
  });
  connection.languages.semanticTokens.on((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? semanticTokens(a) : { data: [] };
  });
  connection.onCodeLens((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? codeLenses(a, lang) : [];
  });
  connection.languages.inlayHint.on((p) => {
    const a = analysis(p.textDocument.uri);
    return a ? inlayHints(a, p.range) : [];
  });
  connection.onExecuteCommand((p) => {
    if (p.command !== RUN_TEST) return null;
    const [uri, index] = (p.arguments ?? []) as [string, number];
    const a = analysis(uri);
    const outcome = a && testOutcomes(a)?.[index];
    if (!outcome) {
      show(MessageType.Warning, "the test was not run: the policy has errors");
      return null;
    }
    const message = outcome.passed
      ? `✓ test "${outcome.name}" passes`
      : `✗ test "${outcome.name}" fails: ${outcome.failures.join("; ")}`;
    show(outcome.passed ? MessageType.Info : MessageType.Error, message);
    return { name: outcome.name, passed: outcome.passed, failures: outcome.failures };
  });
  documents.listen(connection);
  connection.listen();
}
