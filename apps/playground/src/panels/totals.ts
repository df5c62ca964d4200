import type { Policy } from "@subsidia/ir";
import type { EvalOutcome } from "@subsidia/runtime";
import { fill, h } from "../dom.js";
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
    fill(el, h("div", { class: "total-note" }, "fix the errors in the policy to see the result"));
    return;
  }
  if (!outcome.ok) {
    const what =
      outcome.kind === "facts"
        ? `the facts have ${outcome.errors.length} problem${outcome.errors.length === 1 ? "" : "s"}: see Facts`
        : `cannot evaluate: ${outcome.errors[0]?.message ?? ""}`;
    fill(el, h("div", { class: "total-note error" }, what));
    return;
  }
  const r = outcome.result;
  const v = policy.validity;
  const force = r.inForce
    ? h("span", { class: "badge ok" }, `in force on ${r.applicationDate ?? "the date given"}`)
    : h(
        "span",
        { class: "badge off" },
        `not in force on ${r.applicationDate ?? "that date"}${v ? ` (valid ${v.from} to ${v.to})` : ""}`,
      );
  fill(
    el,
    h(
      "div",
      { class: "total-main" },
      h("span", { class: "total-label" }, "Total due"),
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
              title: "the total plus the ceilings (最高…) set case by case",
            },
            `up to ${wan(r.upToTotal)} with ceilings`,
          )
        : null,
      force,
      stale ? h("span", { class: "badge warn" }, "last result that compiled") : null,
    ),
  );
}
