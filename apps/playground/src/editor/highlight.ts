import { RangeSetBuilder } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { lex, tokenClass, type TokenClass } from "@subsidia/syntax";

/**
 * Syntax colouring from the language's own lexer (@subsidia/syntax `lex`) and its
 * table of token classes (`tokenClass`, which the VS Code grammar is generated
 * from): the editor colours exactly the tokens the compiler reads. The whole text
 * is lexed after each change (about a millisecond for the flagship); marks are
 * made for the visible lines only.
 */

const CLASS: Partial<Record<TokenClass, string>> = {
  keyword: "tok-keyword",
  type: "tok-keyword",
  operator: "tok-keyword",
  constant: "tok-number",
  string: "tok-string",
  money: "tok-money",
  number: "tok-number",
  date: "tok-date",
};

interface Token {
  from: number;
  to: number;
  cls: string;
}

function tokensOf(text: string): Token[] {
  const { tokens, comments } = lex(text, "editor");
  const out: Token[] = [];
  for (const t of tokens) {
    const cls = CLASS[tokenClass(t.tokenType.name) ?? "name"];
    if (cls) out.push({ from: t.startOffset, to: t.startOffset + t.image.length, cls });
  }
  for (const c of comments) out.push({ from: c.span.offset, to: c.span.offset + c.span.length, cls: "tok-comment" });
  return out.sort((a, b) => a.from - b.from);
}

const marks = new Map<string, Decoration>();
function mark(cls: string): Decoration {
  let m = marks.get(cls);
  if (!m) marks.set(cls, (m = Decoration.mark({ class: cls })));
  return m;
}

function decorate(view: EditorView, tokens: Token[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (const t of tokens) {
      if (t.to <= from) continue;
      if (t.from >= to) break;
      if (t.to > t.from) builder.add(t.from, t.to, mark(t.cls));
    }
  }
  return builder.finish();
}

export const subsidiaHighlight = ViewPlugin.fromClass(
  class {
    tokens: Token[];
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.tokens = tokensOf(view.state.doc.toString());
      this.decorations = decorate(view, this.tokens);
    }
    update(u: ViewUpdate): void {
      if (u.docChanged) this.tokens = tokensOf(u.state.doc.toString());
      if (u.docChanged || u.viewportChanged) this.decorations = decorate(u.view, this.tokens);
    }
  },
  { decorations: (p) => p.decorations },
);
