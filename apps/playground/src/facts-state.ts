import type { InputField } from "@subsidia/ir";
import { translateFactsError } from "@subsidia/messages";
import { buildFactsForm, markFactErrors } from "./panels/facts-form.js";
import { FactsJsonView } from "./panels/facts-json.js";
import { fill } from "./dom.js";
import { currentLang } from "./i18n.js";

/**
 * The applicant's facts (plain JSON) and their two views, the form and the
 * JSON text, kept in step: an edit in one shows in the other.
 */
export class FactsState {
  facts: Record<string, unknown>;
  readonly json: FactsJsonView;
  private inputsKey = "";
  private inputs: InputField[] = [];
  private form: HTMLElement | null = null;

  constructor(
    initial: Record<string, unknown>,
    private formSlot: HTMLElement,
    jsonSlot: HTMLElement,
    private changed: () => void,
  ) {
    this.facts = initial;
    this.json = new FactsJsonView({ replaced: (f) => this.replace(f, "json") });
    fill(jsonSlot, this.json.el);
    this.json.show(this.facts);
  }

  /** New facts from a menu, a link or the JSON text: both views are drawn again. */
  replace(facts: Record<string, unknown>, from: "menu" | "json" = "menu"): void {
    this.facts = facts;
    this.drawForm();
    if (from !== "json") this.json.show(this.facts);
    this.changed();
  }

  /** The policy's inputs, after each compile: the form is rebuilt only when they changed. */
  setInputs(inputs: InputField[]): void {
    const key = JSON.stringify(inputs, (k, v: unknown) => (k === "span" ? undefined : v));
    if (key === this.inputsKey) return;
    this.inputsKey = key;
    this.inputs = inputs;
    this.drawForm();
  }

  /** The facts' problems, as the runtime writes them in English, shown in the page's language. */
  showErrors(errors: { path: string; message: string }[]): void {
    const shown = errors.map((e) => ({ path: e.path, message: translateFactsError(e.message, currentLang()) }));
    if (this.form) markFactErrors(this.form, shown);
    this.json.showProblems(shown);
  }

  private drawForm(): void {
    const focused = document.activeElement?.id;
    this.form = buildFactsForm(this.inputs, {
      facts: this.facts,
      changed: () => {
        this.json.show(this.facts);
        this.changed();
      },
      restructured: () => this.replace(this.facts),
    });
    fill(this.formSlot, this.form);
    if (focused) document.getElementById(focused)?.focus();
  }
}
