import type { Curve, CurveOption } from "../engine/curve-types.js";
import type { CurveChoice } from "../engine/protocol.js";
import { fill, h } from "../dom.js";
import { t } from "../i18n.js";
import { renderCurve } from "./chart.js";

/** Picks a clause to plot: the one asked for while the facts have an item for it, else the first that has one. */
export function chooseCurve(options: CurveOption[], wanted: CurveChoice | undefined): CurveChoice | undefined {
  const same = wanted && options.find((o) => o.clause === wanted.clause);
  if (same && same.items.length > 0) return { clause: same.clause, item: Math.min(wanted.item, same.items.length - 1) };
  const first = options.find((o) => o.items.length > 0) ?? same ?? options[0];
  return first ? { clause: first.clause, item: 0 } : undefined;
}

function optionLabel(o: CurveOption): string {
  return t("pg.curve.option", { number: o.article, title: o.title ?? o.clause, clause: o.clause, base: o.base });
}

/** The chooser of clause and item above the chart. */
export function renderCurvePanel(
  el: HTMLElement,
  options: CurveOption[],
  choice: CurveChoice | undefined,
  curve: Curve | undefined,
  choose: (c: CurveChoice) => void,
): void {
  if (options.length === 0) {
    fill(el, h("p", { class: "empty" }, t("pg.curve.none")));
    return;
  }
  const current = options.find((o) => o.clause === choice?.clause);
  const clauseSelect = h(
    "select",
    {
      id: "curve-clause",
      "aria-label": t("pg.curve.clause"),
      onchange: () => choose({ clause: clauseSelect.value, item: 0 }),
    },
    options.map((o) => h("option", { value: o.clause, selected: o.clause === choice?.clause }, optionLabel(o))),
  );
  const itemSelect = current?.list
    ? h(
        "select",
        {
          id: "curve-item",
          "aria-label": t("pg.curve.item"),
          disabled: current.items.length <= 1,
          onchange: () => choose({ clause: current.clause, item: Number(itemSelect?.value ?? 0) }),
        },
        current.items.map((id, i) =>
          h("option", { value: i, selected: i === choice?.item }, `${current.list}[${i}] ${id}`),
        ),
      )
    : null;
  const body =
    curve && curve.clause === choice?.clause
      ? renderCurve(curve)
      : current?.list && current.items.length === 0
        ? h("p", { class: "empty" }, `add an item to \`${current.list}\` in the facts to plot this clause`)
        : h("p", { class: "empty" }, "computing…");
  fill(el, h("div", { class: "curve-choice" }, clauseSelect, itemSelect), body);
}
