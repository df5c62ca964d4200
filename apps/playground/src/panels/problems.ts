import type { Diagnostic } from "@subsidia/syntax";
import { fill, h } from "../dom.js";

/** The list of diagnostics under the editor; a click jumps to the span. */
export function renderProblems(el: HTMLElement, diagnostics: Diagnostic[], jump: (d: Diagnostic) => void): void {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const head = h(
    "div",
    { class: "problems-head" },
    diagnostics.length === 0
      ? h("span", { class: "ok" }, "✓ no problems")
      : [
          errors > 0 && h("span", { class: "sev-error" }, `${errors} error${errors === 1 ? "" : "s"}`),
          warnings > 0 && h("span", { class: "sev-warning" }, `${warnings} warning${warnings === 1 ? "" : "s"}`),
        ],
  );
  const items = diagnostics.map((d) =>
    h(
      "li",
      { class: `problem sev-${d.severity}`, "data-line": d.span.line, title: "show in the editor" },
      h(
        "button",
        { type: "button", onclick: () => jump(d) },
        h("span", { class: "where" }, `line ${d.span.line}:${d.span.column}`),
        h("span", { class: "code" }, d.code),
        h("span", { class: "message" }, d.message),
      ),
    ),
  );
  fill(el, head, items.length > 0 ? h("ul", {}, items) : null);
}
