import { setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { EditorSelection, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { Diagnostic } from "@subsidia/syntax";

/** A source span of the compiler (0-based offset, UTF-16 code units, as CodeMirror counts). */
export interface SpanLike {
  offset: number;
  length: number;
}

function range(view: EditorView, span: SpanLike): { from: number; to: number } {
  const len = view.state.doc.length;
  const from = Math.min(Math.max(span.offset, 0), len);
  return { from, to: Math.min(from + span.length, len) };
}

/** Shows the compiler's diagnostics as underlines (and in the gutter). */
export function showDiagnostics(view: EditorView, diagnostics: Diagnostic[]): void {
  const cm: CmDiagnostic[] = diagnostics.map((d) => ({
    ...range(view, d.span),
    severity: d.severity,
    source: d.code,
    message: d.message,
  }));
  view.dispatch(setDiagnostics(view.state, cm));
}

const flash = StateEffect.define<{ from: number; to: number } | null>();
const flashMark = Decoration.mark({ class: "cm-flash" });

/** The span last jumped to, highlighted until the next edit or jump. */
export const flashField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (e.is(flash))
        return e.value && e.value.to > e.value.from
          ? Decoration.set([flashMark.range(e.value.from, e.value.to)])
          : Decoration.none;
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Selects a span, scrolls it to the middle of the editor and highlights it. */
export function jumpTo(view: EditorView, span: SpanLike): void {
  const r = range(view, span);
  view.dispatch({
    selection: EditorSelection.single(r.from, r.to),
    effects: [flash.of(r), EditorView.scrollIntoView(r.from, { y: "center" })],
  });
  view.focus();
}
