import type { EditorView } from "@codemirror/view";
import type { Change } from "@subsidia/diff";
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

function outcome(o: NonNullable<Change["witness"]>["before"]): string {
  if (o.status === "award") return `${o.basis === "up-to" ? "up to " : ""}${wan(o.amount ?? "0")}`;
  return o.status === "pending" ? "pending" : o.status === "not-in-force" ? "not in force" : "nothing";
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
        h("h2", {}, "Saved version ⟷ edited version"),
        h("span", { id: "diff-summary", class: "note" }),
        h(
          "button",
          { type: "button", id: "diff-save", onclick: () => (host.save(), this.refresh()) },
          "Save the edited version",
        ),
        h("button", { type: "button", id: "diff-close", onclick: () => host.close() }, "Back to the editor"),
      ),
      this.body,
    );
  }

  open(): void {
    this.focus = undefined;
    this.refresh();
  }

  refresh(): void {
    fill(this.body, h("p", { class: "empty" }, "comparing…"));
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
    });
  }

  private show(s: DiffSnapshot): void {
    const summary = document.getElementById("diff-summary");
    if (s.problem || !s.diff) {
      if (summary) summary.textContent = "";
      fill(this.body, h("p", { class: "empty error" }, s.problem ?? "nothing to compare"));
      return;
    }
    const d = s.diff;
    if (summary)
      summary.textContent =
        d.changes.length === 0
          ? "no changes: edit the policy, then compare"
          : `${d.behavioural} change${d.behavioural === 1 ? "" : "s"} of awards, ${d.changes.length - d.behavioural} other`;
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
      h("h3", {}, "Award curves of both versions"),
      s.curve
        ? [
            h(
              "p",
              { class: "note" },
              `art. ${s.curve.article} ${s.curve.clause} against ${s.curve.base}, for ${s.curveFacts === "witness" ? "the witness applicant" : "the facts"} (${s.curve.item || "no item"})`,
            ),
            renderCurve(s.curve),
          ]
        : h("p", { class: "empty" }, "no clause with a money base to plot for this change"),
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
        h("div", { class: "pane-box" }, h("h3", {}, "saved"), before),
        h("div", { class: "pane-box" }, h("h3", {}, "edited"), after),
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
        h("span", { class: "kind" }, c.kind),
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
            h("span", {}, `an applicant paid differently: saved ${outcome(w.before)} → edited ${outcome(w.after)}`),
            h(
              "button",
              { type: "button", class: "use-witness", onclick: () => this.host.useFacts(structuredClone(w.facts)) },
              "use as facts",
            ),
            h("details", {}, h("summary", {}, "the applicant"), h("pre", {}, JSON.stringify(w.facts, null, 2))),
          )
        : null,
      words.note ? h("p", { class: "note" }, words.note) : null,
    );
  }
}
