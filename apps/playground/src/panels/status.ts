import type { Snapshot } from "../engine/protocol.js";
import { fill, h } from "../dom.js";

/** The status line: problems at a glance and how long the last re-check took (compile, or only evaluate when the text was unchanged). */
export function renderStatus(el: HTMLElement, s: Snapshot): void {
  if (s.failure) {
    fill(el, h("span", { class: "sev-error", title: s.failure }, s.failure));
    return;
  }
  const errors = s.diagnostics.filter((d) => d.severity === "error").length;
  const timing =
    s.checkMs > 0 ? `checked in ${(s.checkMs + s.evalMs).toFixed(1)} ms` : `evaluated in ${s.evalMs.toFixed(1)} ms`;
  fill(
    el,
    h(
      "span",
      { class: errors > 0 ? "sev-error" : "ok" },
      errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "✓ compiles",
    ),
    h(
      "span",
      {
        class: "timing",
        title: "parse and compile when the text changed, then validate the facts and evaluate, in a worker",
      },
      timing,
    ),
  );
}
