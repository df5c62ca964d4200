import type { Policy, Span } from "@subsidia/ir";
import { Dec, type Award, type EvalOutcome, type FactChange, type Step } from "@subsidia/runtime";
import { fill, h } from "../dom.js";
import { stepKind, translateStep } from "@subsidia/messages";
import { currentLang, t } from "../i18n.js";
import { wan, yuan } from "../money.js";
import { whyNotSections } from "./why-not.js";

export interface ResultActions {
  /** shows a source span in the editor */
  jump: (span: Span) => void;
  /** applies a near miss's changes to the facts */
  apply: (changes: FactChange[]) => void;
}

function stepItem(step: Step, act: ResultActions): HTMLElement {
  const span = step.span;
  return h(
    "li",
    { class: `step kind-${step.kind}` },
    span
      ? h(
          "button",
          {
            type: "button",
            class: "step-link",
            title: t("pg.results.showLine", { line: span.line }),
            onclick: () => act.jump(span),
          },
          h("span", { class: "kind" }, stepKind(step.kind, currentLang())),
          translateStep(step.text, currentLang()),
        )
      : h(
          "span",
          {},
          h("span", { class: "kind" }, stepKind(step.kind, currentLang())),
          translateStep(step.text, currentLang()),
        ),
  );
}

/** An award's amount: `1000万元`, `up to 1000万元` (a ceiling), or a range's two ends (`2亿元 to 5亿元`). */
function amountLabel(a: Award): string {
  if (a.basis === "range" && a.range) return t("pg.results.range", { min: wan(a.range.min), max: wan(a.range.max) });
  return a.basis === "up-to" ? t("pg.results.upTo", { amount: wan(a.amount) }) : wan(a.amount);
}

function awardItem(policy: Policy, a: Award, act: ResultActions): HTMLElement {
  const clause = policy.articles.find((x) => x.number === a.article)?.clauses.find((c) => c.id === a.clause);
  return h(
    "details",
    { class: "award", "data-clause": a.clause, "data-item": a.item ?? "" },
    h(
      "summary",
      {},
      h("span", { class: "clause" }, clause?.title ?? a.clause),
      h("span", { class: "clause-id" }, a.clause),
      a.item !== undefined ? h("span", { class: "item" }, a.item) : null,
      h("span", { class: "amount", title: yuan(a.amount) }, amountLabel(a)),
    ),
    h(
      "ol",
      { class: "steps" },
      a.explanation.map((s) => stepItem(s, act)),
    ),
    a.funding
      ? h("p", { class: "funding" }, a.funding.map((f) => `${f.payer} ${f.share}: ${wan(f.amount)}`).join(" · "))
      : null,
  );
}

/** Awards by article, each with its explanation steps; pending and non-monetary measures below. */
export function renderResults(
  el: HTMLElement,
  policy: Policy | undefined,
  outcome: EvalOutcome | undefined,
  act: ResultActions,
): void {
  if (!policy || !outcome?.ok) {
    fill(el, h("p", { class: "empty" }, !outcome ? t("pg.results.noResult") : t("pg.results.fixFacts")));
    return;
  }
  const r = outcome.result;
  const sections = policy.articles.flatMap((article) => {
    const awards = r.awards.filter((a) => a.article === article.number);
    if (awards.length === 0) return [];
    const exact = awards.filter((a) => a.basis === "exact").reduce((s, a) => s.plus(a.amount), new Dec(0));
    return [
      h(
        "section",
        { class: "article", "data-article": article.number },
        h(
          "h3",
          {},
          h(
            "button",
            { type: "button", class: "article-link", onclick: () => act.jump(article.span) },
            t("pg.results.article", { number: article.number, title: article.title }),
          ),
          h("span", { class: "amount" }, wan(exact.toFixed(2))),
        ),
        awards.map((a) => awardItem(policy, a, act)),
      ),
    ];
  });
  const pending =
    r.pending.length === 0
      ? null
      : h(
          "section",
          { class: "pending" },
          h("h3", {}, t("pg.results.pending", { count: r.pending.length })),
          h(
            "ul",
            {},
            r.pending.map((p) =>
              h(
                "li",
                {},
                h(
                  "span",
                  { class: "clause-id" },
                  `${t("report.articleShort", { number: p.article })} ${p.clause}${p.item ? ` ${p.item}` : ""}`,
                ),
                ` ${p.reason}`,
              ),
            ),
          ),
        );
  const nonMonetary =
    r.nonMonetary.length === 0
      ? null
      : h(
          "details",
          { class: "nonmonetary" },
          h("summary", {}, t("pg.results.nonMonetary", { count: r.nonMonetary.length })),
          h(
            "ul",
            {},
            r.nonMonetary.map((n) =>
              h(
                "li",
                {},
                h("span", { class: "clause-id" }, `${t("report.articleShort", { number: n.article })} ${n.clause}`),
                ` ${n.reason}`,
              ),
            ),
          ),
        );
  const open = new Set(
    [...el.querySelectorAll<HTMLDetailsElement>("details.award[open]")].map(
      (d) => `${d.dataset["clause"]}/${d.dataset["item"]}`,
    ),
  );
  const first = el.querySelector("details.award") === null;
  fill(
    el,
    sections.length === 0
      ? h("p", { class: "empty" }, r.inForce ? t("pg.results.none") : t("pg.results.notInForce"))
      : sections,
    pending,
    nonMonetary,
    whyNotSections(r.notAwarded, act),
  );
  // keep the explanations the reader opened; on the first result, open the first one
  for (const [i, d] of [...el.querySelectorAll<HTMLDetailsElement>("details.award")].entries()) {
    d.open = open.has(`${d.dataset["clause"]}/${d.dataset["item"]}`) || (first && i === 0);
  }
}
