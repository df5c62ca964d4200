import type { Span } from "@subsidia/ir";
import { translateExpected } from "@subsidia/messages";
import type { Because, FactChange, NotAwarded } from "@subsidia/runtime";
import { h } from "../dom.js";
import { currentLang, t } from "../i18n.js";
import { wan } from "../money.js";

export interface WhyNotActions {
  jump: (span: Span) => void;
  /** applies a near miss's changes to the facts */
  apply: (changes: FactChange[]) => void;
}

const where = (n: NotAwarded) =>
  `${t("report.articleShort", { number: n.article })} ${n.clause}${n.item !== undefined ? ` ${n.item}` : ""}`;

/** One reason; of an award cut by a cap (`reduced`), the cap's limit in 万元 as the amounts are shown. */
function reason(b: Because, act: WhyNotActions, reduced = false): HTMLElement {
  const lang = currentLang();
  const text = t("report.because", {
    src: b.src,
    actual: translateExpected(b.actual, lang),
    expected: translateExpected(b.expected, lang, reduced ? wan : undefined),
  });
  const gap =
    b.gap === undefined ? "" : ` · ${t(b.expected.startsWith("<") ? "report.over" : "report.gap", { gap: b.gap })}`;
  const span = b.span;
  return h(
    "li",
    { class: "reason" },
    span
      ? h("button", { type: "button", class: "step-link", onclick: () => act.jump(span) }, `${text}${gap}`)
      : `${text}${gap}`,
  );
}

const changesText = (changes: readonly FactChange[]) =>
  changes
    .map((c) => `${c.path} ${c.from === null ? t("step.notGiven") : String(c.from)} → ${String(c.to)}`)
    .join(currentLang() === "zh" ? "、" : ", ");

function entry(n: NotAwarded, act: WhyNotActions): HTMLElement {
  const near = n.nearest;
  return h(
    "li",
    { class: `why-not kind-${n.kind}`, "data-clause": n.clause, "data-item": n.item ?? "" },
    h("span", { class: "clause", title: n.citation }, n.title),
    h("span", { class: "clause-id" }, where(n)),
    n.kind === "reduced" ? h("span", { class: "amount" }, `${wan(n.amount ?? "0")} / ${wan(n.full ?? "0")}`) : null,
    h(
      "ul",
      { class: "reasons" },
      n.because.map((b) => reason(b, act, n.kind === "reduced")),
    ),
    near
      ? h(
          "p",
          { class: "nearest" },
          t("pg.results.nearest", { award: wan(near.award), changes: changesText(near.changes) }),
          " ",
          h(
            "button",
            {
              type: "button",
              class: "apply",
              title: t("pg.results.applyTitle"),
              onclick: () => act.apply(near.changes),
            },
            t("pg.results.apply"),
          ),
        )
      : null,
  );
}

/**
 * Why each clause not paid was not, with its near miss and a button that applies it; the
 * lists with no items on one line; the awards paid less than computed.
 */
export function whyNotSections(list: readonly NotAwarded[] | undefined, act: WhyNotActions): HTMLElement[] {
  if (!list || list.length === 0) return [];
  const empty = list.filter(
    (n) => n.kind === "not-given" && n.item === undefined && n.because[0]?.actual === "no items",
  );
  const missed = list.filter((n) => n.kind !== "reduced" && !empty.includes(n));
  const reduced = list.filter((n) => n.kind === "reduced");
  const out: HTMLElement[] = [];
  if (missed.length > 0 || empty.length > 0) {
    const lists = [...new Set(empty.map((n) => n.because[0]!.src))].join(", ");
    out.push(
      h(
        "section",
        { class: "why-not-list" },
        h("h3", {}, t("pg.results.whyNot", { count: missed.length })),
        h(
          "ul",
          {},
          missed.map((n) => entry(n, act)),
        ),
        empty.length > 0 ? h("p", { class: "no-items" }, t("pg.results.noItems", { lists })) : null,
      ),
    );
  }
  if (reduced.length > 0)
    out.push(
      h(
        "section",
        { class: "reduced-list" },
        h("h3", {}, t("pg.results.reduced", { count: reduced.length })),
        h(
          "ul",
          {},
          reduced.map((n) => entry(n, act)),
        ),
      ),
    );
  return out;
}
