import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentUnit } from "@codemirror/language";
import { lintGutter } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { Policy } from "@subsidia/ir";
import { subsidiaCompletion } from "./completion.js";
import { flashField } from "./diagnostics.js";
import { subsidiaHighlight } from "./highlight.js";

export interface EditorOptions {
  doc: string;
  /** called after every change of the text */
  onChange: (text: string) => void;
  /** the last policy that compiled, for completion */
  lastPolicy: () => Policy | undefined;
  /** Shift-Alt-F, when a formatter is available */
  format?: (() => void) | undefined;
  readOnly?: boolean;
}

/** The policy editor: CodeMirror 6 with the language's colouring, completion and diagnostics. */
export function createEditor(parent: HTMLElement, opts: EditorOptions): EditorView {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    bracketMatching(),
    closeBrackets(),
    indentUnit.of("  "),
    EditorView.lineWrapping,
    subsidiaHighlight,
    flashField,
    lintGutter(),
    autocompletion({ override: [subsidiaCompletion(opts.lastPolicy)] }),
    keymap.of([
      ...(opts.format ? [{ key: "Shift-Alt-f", run: () => (opts.format?.(), true) }] : []),
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...completionKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) opts.onChange(u.state.doc.toString());
    }),
    EditorState.readOnly.of(opts.readOnly ?? false),
  ];
  return new EditorView({ parent, state: EditorState.create({ doc: opts.doc, extensions }) });
}

/** Replaces the whole text (a menu choice, a shared link); the formatter keeps the cursor on its line. */
export function setText(view: EditorView, text: string, keepLine = false): void {
  const line = view.state.doc.lineAt(view.state.selection.main.head).number;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
  if (!keepLine) return;
  const doc = view.state.doc;
  view.dispatch({ selection: { anchor: doc.line(Math.min(line, doc.lines)).from }, scrollIntoView: true });
}
