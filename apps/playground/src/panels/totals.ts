import type { Policy } from "@subsidia/ir";
import type { EvalOutcome } from "@subsidia/runtime";
import { fill, h } from "../dom.js";
import { t } from "../i18n.js";
import { wan, yuan } from "../money.js";

/** The headline: total due, total with the case-by-case ceilings, and whether the policy is in force. */
export function renderTotals(
  el: HTMLElement,
  policy: Policy | undefined,
  outcome: EvalOutcome | undefined,
  stale: boolean,
): void {
  el.classList.toggle("stale", stale);
  if (!outcome || !policy) {
    fill(el, h("div", { class: "total-note" }, t("pg.total.fixErrors")));
    return;
  }
  if (!outcome.ok) {
    const what =
      outcome.kind === "facts"
        ? t("pg.total.factProblems", { count: outcome.errors.length })
        : t("pg.total.cannot", { reason: outcome.errors[0]?.message ?? "" });
    fill(el, h("div", { class: "total-note error" }, what));
    return;
  }
  const r = outcome.result;
  const v = policy.validity;
  // a policy without a validity window is never "in force on" a date: no badge
  const force = r.inForce
    ? v && h("span", { class: "badge ok" }, t("pg.total.inForce", { date: r.applicationDate ?? t("pg.total.theDate") }))
    : h(
        "span",
        { class: "badge off" },
        `${t("pg.total.notInForce", { date: r.applicationDate ?? t("pg.total.theDate") })}${v ? t("pg.total.valid", v) : ""}`,
      );
  fill(
    el,
    h(
      "div",
      { class: "total-main" },
      h("span", { class: "total-label" }, t("pg.total.due")),
      h("span", { class: "total-amount", "data-testid": "total", "data-yuan": r.total }, wan(r.total)),
      h("span", { class: "total-yuan" }, yuan(r.total)),
    ),
    h(
      "div",
      { class: "total-side" },
      r.upToTotal !== r.total
        ? h(
            "span",
            {
              class: "upto",
              "data-testid": "up-to-total",
              title: t("pg.total.upToTitle"),
            },
            t("pg.total.upTo", { amount: wan(r.upToTotal) }),
          )
        : null,
      force,
      stale ? h("span", { class: "badge warn" }, t("pg.total.stale")) : null,
    ),
  );
}
