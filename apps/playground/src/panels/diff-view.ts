import type { EditorView } from "@codemirror/view";
import type { Change } from "@subsidia/diff";
import { changeKind, type DiffPanelKey, diffPanel } from "@subsidia/messages";
import { renderCurve } from "../curve/chart.js";
import { fill, h } from "../dom.js";
import { createViewer, markChanges } from "../editor/viewer.js";
import { EngineClient } from "../engine/client.js";
import { currentLang } from "../i18n.js";
import type { CurveChoice, DiffRequest, DiffSnapshot } from "../engine/protocol.js";
import { wan } from "../money.js";
import { changeCardWords } from "./diff-words.js";

export interface DiffHost {
  saved: () => string;
  edited: () => string;
  file: () => string;
  facts: () => Record<string, unknown>;
  curve: () => CurveChoice | undefined;
  /** makes the edited version the saved one */
  save: () => void;
  /** loads an applicant (a witness) as the facts */
  useFacts: (facts: Record<string, unknown>) => void;
  close: () => void;
}

/** A label of the panel in the page's language. */
const p = (key: Exclude<DiffPanelKey, "counts" | "curveNote" | "witness" | "upTo">) => diffPanel(currentLang(), key);

function outcome(o: NonNullable<Change["witness"]>["before"]): string {
  const amount = wan(o.amount ?? "0");
  if (o.status === "award") return o.basis === "up-to" ? diffPanel(currentLang(), "upTo", { amount }) : amount;
  return p(o.status === "pending" ? "pending" : o.status === "not-in-force" ? "notInForce" : "none");
}

/**
 * Two versions side by side (the saved one and the edited one), the semantic
 * changes of @subsidia/diff with a witness applicant for each behavioural
 * change, and the award curves of both versions for the chosen change.
 */
export class DiffView {
  private engine = new EngineClient<DiffRequest, DiffSnapshot>((s) => this.show(s));
  private panes: { before: EditorView; after: EditorView } | null = null;
  private focus: number | undefined;
  private body: HTMLElement;

  constructor(
    el: HTMLElement,
    private host: DiffHost,
  ) {
    this.body = h("div", { class: "diff-body" });
    fill(
      el,
      h(
        "div",
        { class: "diff-bar" },
        h("h2", {}, p("title")),
        h("span", { id: "diff-summary", class: "note" }),
        h("button", { type: "button", id: "diff-save", onclick: () => (host.save(), this.refresh()) }, p("save")),
        h("button", { type: "button", id: "diff-close", onclick: () => host.close() }, p("back")),
      ),
      this.body,
    );
  }

  open(): void {
    this.focus = undefined;
    this.refresh();
  }

  refresh(): void {
    fill(this.body, h("p", { class: "empty" }, p("comparing")));
    this.panes = null;
    this.request();
  }

  private request(): void {
    const h0 = this.host;
    this.engine.send({
      kind: "diff",
      before: h0.saved(),
      after: h0.edited(),
      file: h0.file(),
      facts: h0.facts(),
      focus: this.focus,
      curve: h0.curve(),
      lang: currentLang(),
    });
  }

  private show(s: DiffSnapshot): void {
    const summary = document.getElementById("diff-summary");
    if (s.problem || !s.diff) {
      if (summary) summary.textContent = "";
      fill(this.body, h("p", { class: "empty error" }, s.problem ?? p("nothing")));
      return;
    }
    const d = s.diff;
    if (summary)
      summary.textContent =
        d.changes.length === 0
          ? p("noChanges")
          : diffPanel(currentLang(), "counts", { behavioural: d.behavioural, other: d.changes.length - d.behavioural });
    if (!this.panes) this.layout();
    const panes = this.panes as unknown as { before: EditorView; after: EditorView };
    const focused = this.focus ?? d.changes.findIndex((c) => c.behavioural && c.clause !== null);
    const all = <T>(pick: (x: DiffSnapshot["spans"][number]) => T | null): T[] =>
      s.spans.flatMap((x) => {
        const v = pick(x);
        return v ? [v] : [];
      });
    markChanges(
      panes.before,
      all((x) => x.before),
      all((x) => x.exactBefore),
      s.spans[focused]?.before,
    );
    markChanges(
      panes.after,
      all((x) => x.after),
      all((x) => x.exactAfter),
      s.spans[focused]?.after,
    );
    fill(
      this.body.querySelector<HTMLElement>(".diff-changes")!,
      d.changes.map((c, i) => this.changeCard(c, i, i === focused)),
    );
    const curveSlot = this.body.querySelector<HTMLElement>(".diff-curve")!;
    fill(
      curveSlot,
      h("h3", {}, p("curves")),
      s.curve
        ? [
            h(
              "p",
              { class: "note" },
              diffPanel(currentLang(), "curveNote", {
                article: s.curve.article,
                clause: s.curve.clause,
                base: s.curve.base,
                whom: p(s.curveFacts === "witness" ? "forWitness" : "forFacts"),
                item: s.curve.item || p("noItem"),
              }),
            ),
            renderCurve(s.curve),
          ]
        : h("p", { class: "empty" }, p("noCurve")),
    );
  }

  private layout(): void {
    const before = h("div", { class: "pane" });
    const after = h("div", { class: "pane" });
    fill(
      this.body,
      h(
        "div",
        { class: "diff-panes" },
        h("div", { class: "pane-box" }, h("h3", {}, p("saved")), before),
        h("div", { class: "pane-box" }, h("h3", {}, p("edited")), after),
      ),
      h("div", { class: "diff-bottom" }, h("ul", { class: "diff-changes" }), h("div", { class: "diff-curve card" })),
    );
    this.panes = { before: createViewer(before, this.host.saved()), after: createViewer(after, this.host.edited()) };
  }

  private changeCard(c: Change, i: number, focused: boolean): HTMLElement {
    const w = c.witness;
    const words = changeCardWords(c, currentLang());
    const side = (which: "before" | "after") => {
      const s = words[which];
      return s === undefined
        ? h("code", { class: which }, "—")
        : s.source
          ? h("code", { class: which }, s.text)
          : h("span", { class: which }, s.text);
    };
    return h(
      "li",
      {
        class: `change${c.behavioural ? " behavioural" : ""}${focused ? " focused" : ""}`,
        "data-clause": c.clause ?? "",
        "data-kind": c.kind,
      },
      h(
        "button",
        { type: "button", class: "change-head", onclick: () => ((this.focus = i), this.request()) },
        h("span", { class: "kind" }, changeKind(c.kind, currentLang())),
        h("span", { class: "where" }, words.where),
        h("span", { class: "summary" }, words.summary),
      ),
      words.before !== undefined || words.after !== undefined
        ? h("div", { class: "before-after" }, side("before"), " → ", side("after"))
        : null,
      w
        ? h(
            "div",
            { class: "witness" },
            h("span", {}, diffPanel(currentLang(), "witness", { before: outcome(w.before), after: outcome(w.after) })),
            h(
              "button",
              { type: "button", class: "use-witness", onclick: () => this.host.useFacts(structuredClone(w.facts)) },
              p("useFacts"),
            ),
            h("details", {}, h("summary", {}, p("applicant")), h("pre", {}, JSON.stringify(w.facts, null, 2))),
          )
        : null,
      words.note ? h("p", { class: "note" }, words.note) : null,
    );
  }
}
