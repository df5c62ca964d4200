import { clauseExprs, type Policy, type Removal, walkExpr } from "@subsidia/ir";
import type { ArticleDecl, RemoveDecl } from "@subsidia/syntax";
import type { Context } from "../context.js";
import { closest, didYouMean, ticks } from "../suggest.js";

/** The clauses an amendment removes, by article: `null` for the whole article. */
export type Removed = ReadonlyMap<number, ReadonlySet<string> | null>;

/**
 * What an amendment's `remove` items take out of the policy: an article or clause it has (R096),
 * that the amendment does not change too (R095.amended), and that no clause left in force reads
 * with `award of` (R095.clause; an amended or added clause that does is reported where it is
 * compiled). Membership of an `exclusive` group is not a use: the group keeps its other members.
 */
export function amendedRemovals(
  ctx: Context,
  items: readonly RemoveDecl[],
  policy: Policy,
  amended: readonly ArticleDecl[],
): { removed: Removed; removals: Removal[] } {
  const removed = new Map<number, Set<string> | null>();
  const removals: Removal[] = [];
  const kept: RemoveDecl[] = [];
  for (const item of items) {
    const number = Number(item.article.value);
    const article = policy.articles.find((a) => a.number === number);
    if (article === undefined) {
      const expected = policy.articles.map((a) => a.number).join(", ");
      ctx.report("R096.article", item.article.span, { policy: policy.id, number: item.article.text, expected });
      continue;
    }
    const name = item.clause?.name;
    const ids = article.clauses.map((c) => c.id);
    if (item.clause !== undefined && name !== undefined && !ids.includes(name)) {
      const s = closest(name, ids);
      const params = { policy: policy.id, number: item.article.text, name, expected: ticks(ids), hint: didYouMean(s) };
      ctx.report("R096.clause", item.clause.span, params, { expected: ids, suggestion: s });
      continue;
    }
    const changes = amended.find((a) => Number(a.number.value) === number);
    const clash = changes?.entries.some((e) => e.kind === "Clause" && (name === undefined || e.name.name === name));
    if (clash) {
      const what = name === undefined ? `article ${item.article.text}` : `clause \`${name}\` of article ${number}`;
      ctx.report("R095.amended", item.span, { what });
      continue;
    }
    const before = removed.get(number);
    if (name === undefined) removed.set(number, null);
    else if (before !== null) removed.set(number, new Set([...(before ?? []), name]));
    kept.push(item);
    removals.push({
      article: number,
      ...(name !== undefined ? { clause: name } : {}),
      ...(item.text !== undefined ? { text: item.text.value } : {}),
      span: ctx.span(item.span),
    });
  }
  for (const item of kept) stillRead(ctx, item, policy, removed, amended);
  return { removed, removals };
}

/** Whether a clause of an article is among the removed ones. */
export function isRemoved(removed: Removed, article: number, clause: string): boolean {
  if (!removed.has(article)) return false;
  const clauses = removed.get(article);
  return clauses === null || clauses === undefined || clauses.has(clause);
}

/** R095.clause for each clause left in force (neither removed nor amended) that reads a clause `item` removes. */
function stillRead(
  ctx: Context,
  item: RemoveDecl,
  policy: Policy,
  removed: Removed,
  amended: readonly ArticleDecl[],
): void {
  const number = Number(item.article.value);
  const article = policy.articles.find((a) => a.number === number);
  const gone = new Set(
    (article?.clauses ?? []).map((c) => c.id).filter((id) => item.clause === undefined || id === item.clause.name),
  );
  const changed = new Set(
    amended.flatMap((a) => a.entries.flatMap((e) => (e.kind === "Clause" ? [`${a.number.value}/${e.name.name}`] : []))),
  );
  for (const a of policy.articles)
    for (const c of a.clauses) {
      if (isRemoved(removed, a.number, c.id) || changed.has(`${a.number}/${c.id}`)) continue;
      const read = new Set<string>();
      for (const { expr } of clauseExprs(c))
        for (const node of walkExpr(expr)) if (node.k === "awardOf" && gone.has(node.clause)) read.add(node.clause);
      for (const name of read)
        ctx.report("R095.clause", item.clause?.span ?? item.article.span, {
          name,
          number: item.article.text,
          by: c.id,
          at: String(a.number),
        });
    }
}
