import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, lineNumbers, type DecorationSet } from "@codemirror/view";
import type { SpanLike } from "./diagnostics.js";
import { subsidiaHighlight } from "./highlight.js";

const setChanged = StateEffect.define<{ spans: SpanLike[]; exact: SpanLike[] }>();
const changedMark = Decoration.mark({ class: "cm-changed" });
const exactMark = Decoration.mark({ class: "cm-changed-exact" });
const changedLine = Decoration.line({ class: "cm-changed-line" });

/** The spans of the changes, marked in a version of the policy. */
const changedField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setChanged)) continue;
      const doc = tr.state.doc;
      const clamp = (s: SpanLike) => ({
        from: Math.min(s.offset, doc.length),
        to: Math.min(s.offset + s.length, doc.length),
      });
      const exact = e.value.exact.map(clamp).filter((r) => r.to > r.from);
      const ranges = e.value.spans
        .map((s) => ({ from: Math.min(s.offset, doc.length), to: Math.min(s.offset + s.length, doc.length) }))
        .filter((r) => r.to > r.from)
        .sort((a, b) => a.from - b.from);
      const lines = ranges.flatMap((r) => {
        const out = [];
        for (let n = doc.lineAt(r.from).number; n <= doc.lineAt(r.to).number; n++)
          out.push(changedLine.range(doc.line(n).from));
        return out;
      });
      return Decoration.set(
        [
          ...ranges.map((r) => changedMark.range(r.from, r.to)),
          ...exact.map((r) => exactMark.range(r.from, r.to)),
          ...lines,
        ],
        true,
      );
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** A read-only view of one version of a policy, coloured like the editor. */
export function createViewer(parent: HTMLElement, text: string): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        EditorView.lineWrapping,
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        subsidiaHighlight,
        changedField,
      ],
    }),
  });
}

/** Marks the changed spans (and, stronger, the changed text in them) and scrolls to `focus`. */
export function markChanges(view: EditorView, spans: SpanLike[], exact: SpanLike[], focus?: SpanLike | null): void {
  const pos = focus ? Math.min(focus.offset, view.state.doc.length) : undefined;
  view.dispatch({
    effects: [
      setChanged.of({ spans, exact }),
      ...(pos !== undefined ? [EditorView.scrollIntoView(pos, { y: "start", yMargin: 40 })] : []),
    ],
  });
}
