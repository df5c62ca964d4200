import type { Applied } from "@subsidia/runtime";
import { type Diagnostic, localize } from "@subsidia/syntax";
import { fill, h } from "../dom.js";
import type { LibraryDoc } from "../engine/protocol.js";
import { currentLang, t } from "../i18n.js";
import { libraryOf } from "../sources.js";

interface Doc {
  file: string;
  text: string;
  on: boolean;
  problems: HTMLElement;
}

/** A new rule's text: the header of an implementing rule of the policy, to complete. */
const ruleTemplate = (policyId: string, n: number) =>
  `rule "my-rule-${n}" implements "${policyId}" {\n  title "my rule"\n  valid from 2026-01-01 to 2026-12-31\n}\n\n`;

/**
 * The rules and amendments evaluated with the policy (docs/playground.md): the bundled ones
 * written for it, each switched on or off and editable, and the rules the user adds. Rows are
 * built when the policy changes or a rule is added; a re-check only updates their problems
 * and the line of what was applied, so typing in a rule keeps its focus.
 */
export class LibraryPanel {
  private docs: Doc[] = [];
  private policyId: string | undefined;
  private list = h("div", { class: "library-docs" });
  private applied = h("p", { class: "library-applied", "data-testid": "library-applied" });

  constructor(
    private el: HTMLElement,
    private changed: () => void,
  ) {}

  /** The documents switched on, as the engine takes them. */
  get library(): LibraryDoc[] {
    return this.docs.filter((d) => d.on).map((d) => ({ file: d.file, text: d.text }));
  }

  /** Offers the bundled rules and amendments of a policy (none switched on) when the policy's id changes. */
  setPolicy(id: string): void {
    if (id === this.policyId) return;
    this.policyId = id;
    this.docs = libraryOf(id).map((p) => this.doc(`policies/${p.path}`, p.text, false));
    this.build();
  }

  /** What the last re-check said: each document's problems, and the rules and amendments applied. */
  render(diagnostics: readonly Diagnostic[], applied: Applied | undefined): void {
    for (const d of this.docs) {
      const own = diagnostics.filter((x) => x.span.file === d.file);
      fill(
        d.problems,
        own.map((x) =>
          h(
            "li",
            { class: `problem sev-${x.severity}` },
            h("span", { class: "where" }, t("pg.problems.line", x.span)),
            h("span", { class: "code" }, x.code),
            h("span", { class: "message" }, localize(x, currentLang()).message),
          ),
        ),
      );
    }
    const what = [
      ...(applied?.rules ?? []).map((r) => t("pg.library.fill", { param: r.param, value: r.value, rule: r.rule.id })),
      ...(applied?.amendments ?? []).map((a) =>
        t("pg.library.amended", { clause: a.clause, amendment: a.amendment.id }),
      ),
    ];
    this.applied.textContent =
      this.library.length === 0
        ? t("pg.library.none")
        : what.length > 0
          ? t("pg.library.applied", { what: what.join("; ") })
          : "";
  }

  private doc(file: string, text: string, on: boolean): Doc {
    return { file, text, on, problems: h("ul", { class: "library-problems" }) };
  }

  private build(): void {
    const rows = this.docs.map((d) =>
      h(
        "details",
        { class: "library-doc", "data-file": d.file },
        h(
          "summary",
          {},
          h("input", {
            type: "checkbox",
            checked: d.on,
            "aria-label": d.file,
            onchange: (e: Event) => {
              d.on = (e.target as HTMLInputElement).checked;
              this.changed();
            },
            onclick: (e: Event) => e.stopPropagation(),
          }),
          h("span", { class: "library-file" }, d.file.replace(/^policies\//, "")),
        ),
        h(
          "textarea",
          {
            class: "library-text",
            spellcheck: "false",
            rows: 10,
            "aria-label": d.file,
            oninput: (e: Event) => {
              d.text = (e.target as HTMLTextAreaElement).value;
              if (d.on) this.changed();
            },
          },
          d.text,
        ),
        d.problems,
      ),
    );
    const add = h(
      "button",
      {
        type: "button",
        class: "library-add",
        onclick: () => {
          const n = this.docs.length + 1;
          this.docs.push(this.doc(`policies/my-rule-${n}.subsidia`, ruleTemplate(this.policyId ?? "", n), true));
          this.build();
          this.el.querySelector<HTMLDetailsElement>(".library-doc:last-of-type")?.setAttribute("open", "");
          this.changed();
        },
      },
      t("pg.library.add"),
    );
    fill(this.list, rows);
    fill(
      this.el,
      h("h2", {}, t("pg.library")),
      h("p", { class: "hint" }, t("pg.library.hint")),
      this.list,
      add,
      this.applied,
    );
  }
}
