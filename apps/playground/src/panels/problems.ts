import { type Diagnostic, localize } from "@subsidia/syntax";
import { fill, h } from "../dom.js";
import { currentLang, t } from "../i18n.js";

/** The list of diagnostics under the editor; a click jumps to the span. */
export function renderProblems(el: HTMLElement, diagnostics: Diagnostic[], jump: (d: Diagnostic) => void): void {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const head = h(
    "div",
    { class: "problems-head" },
    diagnostics.length === 0
      ? h("span", { class: "ok" }, t("pg.problems.none"))
      : [
          errors > 0 && h("span", { class: "sev-error" }, t("pg.problems.errors", { count: errors })),
          warnings > 0 && h("span", { class: "sev-warning" }, t("pg.problems.warnings", { count: warnings })),
        ],
  );
  const items = diagnostics.map((d) =>
    h(
      "li",
      { class: `problem sev-${d.severity}`, "data-line": d.span.line, title: t("pg.problems.show") },
      h(
        "button",
        { type: "button", onclick: () => jump(d) },
        h("span", { class: "where" }, t("pg.problems.line", d.span)),
        h("span", { class: "code" }, d.code),
        h("span", { class: "message" }, localize(d, currentLang()).message),
      ),
    ),
  );
  fill(el, head, items.length > 0 ? h("ul", {}, items) : null);
}
