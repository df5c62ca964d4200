import type { EditorView } from "@codemirror/view";
import type { Policy } from "@subsidia/ir";
import { format } from "@subsidia/syntax";
import { chooseCurve, renderCurvePanel } from "./curve/panel.js";
import { byId } from "./dom.js";
import { createEditor, setText } from "./editor/editor.js";
import { jumpTo, showDiagnostics } from "./editor/diagnostics.js";
import { EngineClient } from "./engine/client.js";
import type { CheckRequest, CurveChoice, Snapshot } from "./engine/protocol.js";
import { FactsState } from "./facts-state.js";
import { factsFor, renderFactsMenu, renderPolicyMenu } from "./panels/menus.js";
import { DiffView } from "./panels/diff-view.js";
import { LibraryPanel } from "./panels/library.js";
import { renderProblems } from "./panels/problems.js";
import { renderResults } from "./panels/results.js";
import { applyChanges } from "@subsidia/diff";
import { setupTabs } from "./panels/tabs.js";
import { renderTotals } from "./panels/totals.js";
import { renderStatus } from "./panels/status.js";
import { currentLang, t } from "./i18n.js";
import { policies } from "./sources.js";

/** Milliseconds to wait after a keystroke before re-checking: typing stays fluid, results follow a pause. */
export const DEBOUNCE_MS = 120;

export interface Start {
  path: string;
  text: string;
  facts: Record<string, unknown>;
  /** the facts menu's value for these facts (`example:…`), shown as loaded; none for a shared link */
  loaded?: string;
}

/** The page: wires the editor, the facts, the engine and the panels together. */
export class App {
  readonly editor: EditorView;
  readonly facts: FactsState;
  path: string;
  /** the text as loaded: the "saved" side of the diff view */
  saved: string;
  private library = new LibraryPanel(byId("library"), () => this.schedule(DEBOUNCE_MS));
  private engine = new EngineClient<CheckRequest, Snapshot>((s) => this.onSnapshot(s));
  private timer: ReturnType<typeof setTimeout> | undefined;
  private curve: CurveChoice | undefined;
  private lastGood: Snapshot | undefined;
  private tests: Policy["tests"] = [];
  /** the facts menu's value of the facts last loaded */
  private loaded: string;

  constructor(start: Start) {
    this.path = start.path;
    this.saved = start.text;
    this.loaded = start.loaded ?? "";
    this.editor = createEditor(byId("editor"), {
      doc: start.text,
      onChange: () => {
        byId("format-note").textContent = "";
        this.schedule(DEBOUNCE_MS);
      },
      lastPolicy: () => this.lastGood?.policy,
      format: () => this.format(),
    });
    this.facts = new FactsState(start.facts, byId("tab-facts"), byId("tab-json"), () => this.schedule(20));
    setupTabs(byId("tabs"));
    this.setupMenus();
    byId("format").addEventListener("click", () => this.format());
    this.setupDiff();
    this.schedule(0);
  }

  get text(): string {
    return this.editor.state.doc.toString();
  }

  /** Loads a policy text (menu, link): it becomes the saved version too. */
  load(path: string, text: string): void {
    this.path = path;
    this.saved = text;
    setText(this.editor, text);
    renderPolicyMenu(byId<HTMLSelectElement>("policy-menu"), path);
  }

  schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () =>
        this.engine.send({
          kind: "check",
          text: this.text,
          file: `policies/${this.path}`,
          facts: this.facts.facts,
          curve: this.curve,
          lang: currentLang(),
          library: this.library.library,
        }),
      ms,
    );
  }

  format(): void {
    const text = this.text;
    const out = format(text, this.path);
    if (out.text !== undefined && out.text !== text) setText(this.editor, out.text, true);
    byId("format-note").textContent =
      out.text === undefined ? t("pg.formatFirst") : out.text === text ? t("pg.alreadyFormatted") : t("pg.formatted");
  }

  /** "Compare with saved": the diff view replaces the editor until "Back to the editor". */
  private setupDiff(): void {
    const diffEl = byId("diff-view");
    const showDiff = (on: boolean): void => {
      diffEl.hidden = !on;
      byId("main").hidden = on;
    };
    const diff = new DiffView(diffEl, {
      saved: () => this.saved,
      edited: () => this.text,
      file: () => `policies/${this.path}`,
      facts: () => this.facts.facts,
      curve: () => this.curve,
      save: () => (this.saved = this.text),
      useFacts: (facts) => {
        this.facts.replace(facts);
        showDiff(false);
      },
      close: () => showDiff(false),
    });
    byId("diff-open").addEventListener("click", () => {
      showDiff(true);
      diff.open();
    });
  }

  private setupMenus(): void {
    const policyMenu = byId<HTMLSelectElement>("policy-menu");
    renderPolicyMenu(policyMenu, this.path);
    policyMenu.addEventListener("change", () => {
      const p = policies.find((x) => x.path === policyMenu.value);
      if (p) this.load(p.path, p.text);
    });
    const factsMenu = byId<HTMLSelectElement>("facts-menu");
    renderFactsMenu(factsMenu, [], this.loaded);
    factsMenu.addEventListener("change", () => {
      const facts = factsFor(factsMenu.value, this.tests);
      if (facts) this.facts.replace(facts);
      this.loaded = factsMenu.value;
      renderFactsMenu(factsMenu, this.tests, this.loaded);
    });
  }

  private onSnapshot(s: Snapshot): void {
    if (s.text !== this.text) return; // a newer check is on its way
    if (s.policy) this.lastGood = s;
    const good = s.policy ? s : this.lastGood;
    showDiagnostics(this.editor, s.diagnostics);
    renderProblems(byId("problems"), s.diagnostics, (d) => jumpTo(this.editor, d.span));
    renderStatus(byId("status"), s);
    renderTotals(byId("totals"), good?.policy, good?.outcome, !s.policy);
    renderResults(byId("tab-awards"), good?.policy, good?.outcome, {
      jump: (span) => jumpTo(this.editor, span),
      apply: (changes) => {
        const facts = applyChanges(this.facts.facts, changes);
        if (facts) this.facts.replace(facts);
      },
    });
    if (!s.policy) return;
    this.library.setPolicy(s.policy.id);
    this.library.render(s.libraryDiagnostics ?? [], s.applied);
    this.facts.setInputs(s.policy.inputs);
    this.facts.showErrors(s.outcome && !s.outcome.ok && s.outcome.kind === "facts" ? s.outcome.errors : []);
    if (JSON.stringify(s.policy.tests.map((t) => t.name)) !== JSON.stringify(this.tests.map((t) => t.name))) {
      renderFactsMenu(byId<HTMLSelectElement>("facts-menu"), s.policy.tests, this.loaded);
    }
    this.tests = s.policy.tests;
    const choice = chooseCurve(s.curveOptions, this.curve);
    const choose = (c: CurveChoice): void => {
      this.curve = c;
      this.schedule(0);
    };
    renderCurvePanel(byId("curve"), s.curveOptions, choice, s.curve, choose);
    if (choice && (choice.clause !== this.curve?.clause || choice.item !== this.curve.item)) choose(choice);
  }
}
