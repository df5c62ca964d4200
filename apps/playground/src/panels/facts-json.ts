import { fill, h } from "../dom.js";
import { t } from "../i18n.js";

export interface JsonViewHost {
  /** called with the parsed facts when the text is a JSON object */
  replaced: (facts: Record<string, unknown>) => void;
}

/** The facts as JSON, editable; the text is kept as typed while it is not valid JSON. */
export class FactsJsonView {
  readonly el: HTMLElement;
  private area: HTMLTextAreaElement;
  private status: HTMLElement;
  private problems: HTMLElement;

  constructor(host: JsonViewHost) {
    this.area = h("textarea", { class: "facts-json", spellcheck: "false", "aria-label": "facts as JSON" });
    this.status = h("div", { class: "json-status" });
    this.problems = h("ul", { class: "fact-problems" });
    this.area.addEventListener("input", () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(this.area.value);
      } catch (e) {
        this.status.textContent = t("pg.json.invalid", { reason: (e as Error).message });
        this.status.className = "json-status error";
        return;
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        this.status.textContent = t("pg.json.notObject");
        this.status.className = "json-status error";
        return;
      }
      this.status.textContent = "";
      host.replaced(parsed as Record<string, unknown>);
    });
    this.el = h("div", { class: "json-view" }, this.area, this.status, this.problems);
  }

  /** Shows these facts, unless the user is typing in the text area. */
  show(facts: Record<string, unknown>): void {
    if (document.activeElement === this.area) return;
    this.area.value = JSON.stringify(facts, null, 2);
    this.status.textContent = "";
  }

  /** The facts' problems with their paths, as the runtime reports them. */
  showProblems(errors: { path: string; message: string }[]): void {
    fill(
      this.problems,
      errors.map((e) => h("li", {}, h("code", {}, e.path), ` ${e.message}`)),
    );
  }
}
