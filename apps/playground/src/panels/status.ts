import type { Snapshot } from "../engine/protocol.js";
import { fill, h } from "../dom.js";
import { t } from "../i18n.js";

/** The status line: problems at a glance and how long the last re-check took (compile, or only evaluate when the text was unchanged). */
export function renderStatus(el: HTMLElement, s: Snapshot): void {
  if (s.failure) {
    fill(el, h("span", { class: "sev-error", title: s.failure }, s.failure));
    return;
  }
  const errors = s.diagnostics.filter((d) => d.severity === "error").length;
  const timing =
    s.checkMs > 0
      ? t("pg.status.checked", { ms: (s.checkMs + s.evalMs).toFixed(1) })
      : t("pg.status.evaluated", { ms: s.evalMs.toFixed(1) });
  fill(
    el,
    h(
      "span",
      { class: errors > 0 ? "sev-error" : "ok" },
      errors > 0 ? t("pg.problems.errors", { count: errors }) : t("pg.status.compiles"),
    ),
    h(
      "span",
      {
        class: "timing",
        title: t("pg.status.title"),
      },
      timing,
    ),
  );
}
