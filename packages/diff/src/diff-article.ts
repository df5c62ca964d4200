import type { Article, Policy } from "@subsidia/ir";
import { exprKey, type Canons } from "./canon.js";
import { behavioural, cosmetic, type Draft } from "./draft.js";
import type { ClausePair } from "./match.js";
import { totalCapWords } from "./diff-clause.js";
import { showArticleHead, showCap } from "./show.js";
import { msg } from "./wording.js";

const units = (a: Article) => a.units.join(", ");

/** What changed in an article itself: title, cited text, responsible units, its total cap, the order of its clauses. */
function diffArticle(a: Article, b: Article, pairs: readonly ClausePair[], cx: Canons): Draft[] {
  const where = { article: b.number, clause: null };
  const out: Draft[] = [];
  if (a.title !== b.title)
    out.push(
      cosmetic("article-title", where, {
        summary: "title changed",
        message: msg("title-changed"),
        before: a.title,
        after: b.title,
      }),
    );
  if (a.text !== b.text)
    out.push(
      cosmetic("article-text", where, {
        summary: "cited text changed",
        message: msg("text-changed"),
        before: a.text,
        after: b.text,
      }),
    );
  if (units(a) !== units(b))
    out.push(
      cosmetic("article-units", where, {
        summary: "responsible units changed",
        message: msg("units-changed"),
        before: units(a),
        after: units(b),
      }),
    );
  const [ta, tb] = [a.totalCap, b.totalCap];
  if (exprKey(ta?.amount, cx.before) !== exprKey(tb?.amount, cx.after)) {
    const { summary, message } = totalCapWords(ta?.amount, tb?.amount);
    out.push(
      behavioural(
        "article-total-cap",
        where,
        { summary, message, before: ta ? showCap(ta, true) : undefined, after: tb ? showCap(tb, true) : undefined },
        { kind: "article", before: a, after: b },
      ),
    );
  }
  const data = (x: unknown) => JSON.stringify(x, (k, v) => (k === "span" ? undefined : v));
  if (data(a.exclusive) !== data(b.exclusive)) {
    const spec = {
      summary: "exclusive groups changed",
      message: msg("exclusive-changed"),
      before: data(a.exclusive),
      after: data(b.exclusive),
    };
    out.push(behavioural("exclusion", where, spec, { kind: "article", before: a, after: b }));
  }
  if (data(a.budget?.amount.src) !== data(b.budget?.amount.src) || a.budget?.reason !== b.budget?.reason) {
    const note = "a budget over all applicants shows only in a population run: no single-applicant witness";
    const spec = {
      summary: "budget changed",
      message: msg("budget-changed"),
      before: a.budget?.amount.src,
      after: b.budget?.amount.src,
      note,
      noteMessage: msg("note.budget"),
    };
    out.push(behavioural("selection", where, spec, { kind: "none", note }));
  }
  if (data(a.rules) !== data(b.rules))
    out.push(
      cosmetic("rule", where, {
        summary: "cited rules changed",
        message: msg("rules-changed"),
        before: data(a.rules),
        after: data(b.rules),
      }),
    );
  const kept = pairs.filter((p) => p.before?.article === a && p.after?.article === b);
  const order = (side: "before" | "after", art: Article) =>
    [...kept]
      .sort((x, y) => art.clauses.indexOf(x[side]!.clause) - art.clauses.indexOf(y[side]!.clause))
      .map((p) => p.after!.clause.id)
      .join(", ");
  const [oldOrder, newOrder] = [order("before", a), order("after", b)];
  if (oldOrder !== newOrder) {
    const spec = { summary: "clauses reordered", message: msg("clauses-reordered"), before: oldOrder, after: newOrder };
    if (ta && tb)
      out.push(
        behavioural(
          "clause-order",
          where,
          {
            ...spec,
            note: "the article's total cap reduces the later clauses first",
            noteMessage: msg("note.clauseOrder"),
          },
          { kind: "article", before: a, after: b },
        ),
      );
    else out.push(cosmetic("clause-order", where, spec));
  }
  return out;
}

/** Articles matched by number: added, removed, and what changed in those kept. */
export function diffArticles(before: Policy, after: Policy, pairs: readonly ClausePair[], cx: Canons): Draft[] {
  const out: Draft[] = [];
  const olds = new Map(before.articles.map((a) => [a.number, a]));
  const news = new Map(after.articles.map((a) => [a.number, a]));
  for (const a of before.articles) {
    if (!news.has(a.number))
      out.push(
        cosmetic(
          "article-removed",
          { article: a.number, clause: null },
          {
            summary: `article ${a.number} removed`,
            message: msg("article-removed", { number: a.number }),
            before: showArticleHead(a),
          },
        ),
      );
  }
  for (const b of after.articles) {
    const a = olds.get(b.number);
    if (!a)
      out.push(
        cosmetic(
          "article-added",
          { article: b.number, clause: null },
          {
            summary: `article ${b.number} added`,
            message: msg("article-added", { number: b.number }),
            after: showArticleHead(b),
          },
        ),
      );
    else out.push(...diffArticle(a, b, pairs, cx));
  }
  const common = (p: Policy, other: Map<number, Article>) =>
    p.articles
      .filter((a) => other.has(a.number))
      .map((a) => a.number)
      .join(", ");
  if (common(before, news) !== common(after, olds)) {
    out.push(
      cosmetic(
        "article-order",
        { article: null, clause: null },
        {
          summary: "articles reordered",
          message: msg("articles-reordered"),
          before: common(before, news),
          after: common(after, olds),
        },
      ),
    );
  }
  return out;
}
