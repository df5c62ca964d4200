import type { Clause, Expr, Uplift } from "@subsidia/ir";
import { conditionList, exprKey, fundingKey, shapeKey, upliftKey, type CanonContext, type Canons } from "./canon.js";
import { diffAward } from "./diff-award.js";
import { behavioural, cosmetic, type Draft, type Where } from "./draft.js";
import { direction, keyedDiff, pairBy } from "./keyed.js";
import type { ClausePair } from "./match.js";
import { showCap, showForEach, showFunding, showUplift } from "./show.js";

type Pair = Required<ClausePair>;

const when = (e: Expr) => `when ${e.src}`;

function conditions(pair: Pair, where: Where, cx: Canons): Draft[] {
  const a = conditionList(pair.before.clause);
  const b = conditionList(pair.after.clause);
  const { removed, added } = keyedDiff(
    a,
    b,
    (e) => exprKey(e, cx.before),
    (e) => exprKey(e, cx.after),
  );
  const target = (exprs: Expr[]) => ({ kind: "clause" as const, pair, exprs });
  const shaped = pairBy(
    removed,
    added,
    (e) => shapeKey(e, cx.before),
    (e) => shapeKey(e, cx.after),
  );
  const out: Draft[] = shaped.pairs.map(([x, y]) => {
    const kind = x.k === "cmp" ? "threshold" : "condition";
    const what = kind === "threshold" ? `threshold ${direction(x, y)}` : "condition changed";
    return behavioural(
      kind,
      where,
      { summary: `${what}: ${x.src} → ${y.src}`, before: when(x), after: when(y) },
      target([x, y]),
    );
  });
  for (const x of shaped.removed)
    out.push(behavioural("condition", where, { summary: `condition removed: ${x.src}`, before: when(x) }, target([x])));
  for (const y of shaped.added)
    out.push(behavioural("condition", where, { summary: `condition added: ${y.src}`, after: when(y) }, target([y])));
  if (
    out.length === 0 &&
    a.map((e) => exprKey(e, cx.before)).join("\n") !== b.map((e) => exprKey(e, cx.after)).join("\n")
  ) {
    out.push(
      cosmetic("condition-order", where, {
        summary: "conditions reordered or regrouped",
        before: pair.before.clause.conditions.map(when).join("\n"),
        after: pair.after.clause.conditions.map(when).join("\n"),
      }),
    );
  }
  return out;
}

function caps(pair: Pair, where: Where, cx: Canons): Draft[] {
  const { removed, added } = keyedDiff(
    pair.before.clause.caps,
    pair.after.clause.caps,
    (c) => exprKey(c.amount, cx.before),
    (c) => exprKey(c.amount, cx.after),
  );
  const target = { kind: "clause" as const, pair, exprs: [] };
  const n = Math.min(removed.length, added.length);
  const out: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = [removed[i]!, added[i]!];
    out.push(
      behavioural(
        "cap",
        where,
        {
          summary: `cap ${direction(x.amount, y.amount)}: ${x.amount.src} → ${y.amount.src}`,
          before: showCap(x),
          after: showCap(y),
        },
        target,
      ),
    );
  }
  for (const x of removed.slice(n))
    out.push(behavioural("cap", where, { summary: `cap removed: ${x.amount.src}`, before: showCap(x) }, target));
  for (const y of added.slice(n))
    out.push(behavioural("cap", where, { summary: `cap added: ${y.amount.src}`, after: showCap(y) }, target));
  const [tb, ta] = [pair.before.clause.totalCap, pair.after.clause.totalCap];
  if (exprKey(tb?.amount, cx.before) !== exprKey(ta?.amount, cx.after)) {
    const summary =
      tb && ta
        ? `total cap ${direction(tb.amount, ta.amount)}: ${tb.amount.src} → ${ta.amount.src}`
        : tb
          ? `total cap removed: ${tb.amount.src}`
          : `total cap added: ${ta!.amount.src}`;
    out.push(
      behavioural(
        "total-cap",
        where,
        { summary, before: tb ? showCap(tb, true) : undefined, after: ta ? showCap(ta, true) : undefined },
        { ...target, totals: true },
      ),
    );
  }
  return out;
}

function uplifts(pair: Pair, where: Where, cx: Canons): Draft[] {
  const { removed, added } = keyedDiff(
    pair.before.clause.uplifts,
    pair.after.clause.uplifts,
    (u) => upliftKey(u, cx.before),
    (u) => upliftKey(u, cx.after),
  );
  const target = (us: Uplift[]) => ({
    kind: "clause" as const,
    pair,
    exprs: us.flatMap((u) => (u.when ? [u.when] : [])),
  });
  const sameButOrder = (u: Uplift, c?: CanonContext) => JSON.stringify([exprKey(u.rate, c), exprKey(u.when, c)]);
  const reordered = pairBy(
    removed,
    added,
    (u) => sameButOrder(u, cx.before),
    (u) => sameButOrder(u, cx.after),
  );
  const out: Draft[] = reordered.pairs.map(([x, y]) =>
    behavioural(
      "uplift-order",
      where,
      {
        summary: `uplift ${x.rate.src} now applies ${y.order.replace("-", " ")} instead of ${x.order.replace("-", " ")}`,
        before: showUplift(x),
        after: showUplift(y),
      },
      target([x, y]),
    ),
  );
  const n = Math.min(reordered.removed.length, reordered.added.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = [reordered.removed[i]!, reordered.added[i]!];
    out.push(
      behavioural(
        "uplift",
        where,
        {
          summary: `uplift ${direction(x.rate, y.rate) === "changed" ? "changed" : direction(x.rate, y.rate)}: ${showUplift(x)} → ${showUplift(y)}`,
          before: showUplift(x),
          after: showUplift(y),
        },
        target([x, y]),
      ),
    );
  }
  for (const x of reordered.removed.slice(n))
    out.push(
      behavioural("uplift", where, { summary: `uplift removed: ${showUplift(x)}`, before: showUplift(x) }, target([x])),
    );
  for (const y of reordered.added.slice(n))
    out.push(
      behavioural("uplift", where, { summary: `uplift added: ${showUplift(y)}`, after: showUplift(y) }, target([y])),
    );
  return out;
}

function words(pair: Pair, where: Where, moved: boolean): Draft[] {
  const [a, b] = [pair.before, pair.after];
  const out: Draft[] = [];
  if (a.clause.id !== b.clause.id)
    out.push(
      cosmetic("clause-renamed", where, {
        summary: `clause renamed: ${a.clause.id} → ${b.clause.id}`,
        before: a.clause.id,
        after: b.clause.id,
      }),
    );
  if (moved) {
    const summary = `clause moved from article ${a.article.number} to article ${b.article.number}`;
    out.push(
      behavioural(
        "clause-moved",
        where,
        {
          summary,
          before: `article ${a.article.number}`,
          after: `article ${b.article.number}`,
          note: "its awards now count towards the other article",
        },
        { kind: "clause", pair, exprs: [] },
      ),
    );
  }
  if (a.clause.title !== b.clause.title)
    out.push(
      cosmetic("clause-title", where, { summary: "title changed", before: a.clause.title, after: b.clause.title }),
    );
  if (a.clause.text !== b.clause.text)
    out.push(
      cosmetic("clause-text", where, { summary: "cited text changed", before: a.clause.text, after: b.clause.text }),
    );
  return out;
}

function forEach(pair: Pair, where: Where): Draft[] {
  const [a, b] = [pair.before.clause, pair.after.clause];
  if (a.forEach?.list !== b.forEach?.list) {
    return [
      behavioural(
        "for-each",
        where,
        {
          summary: `now ${b.forEach ? `paid for each item of ${b.forEach.list}` : "paid once per applicant"}`,
          before: showForEach(a),
          after: showForEach(b),
        },
        { kind: "clause", pair, exprs: [] },
      ),
    ];
  }
  if (a.forEach && b.forEach && a.forEach.var !== b.forEach.var)
    return [
      cosmetic("for-each", where, {
        summary: `item variable renamed: ${a.forEach.var} → ${b.forEach.var}`,
        before: showForEach(a),
        after: showForEach(b),
      }),
    ];
  return [];
}

function rest(pair: Pair, where: Where): Draft[] {
  const [a, b] = [pair.before.clause, pair.after.clause];
  const out: Draft[] = [];
  const clause = { kind: "clause" as const, pair, exprs: [] };
  if (a.award && b.award && a.basis !== b.basis)
    out.push(
      behavioural(
        "basis",
        where,
        { summary: `basis ${a.basis} → ${b.basis}`, before: a.basis, after: b.basis },
        clause,
      ),
    );
  if (fundingKey(a) !== fundingKey(b))
    out.push(
      behavioural(
        "funding",
        where,
        { summary: "funding split changed", before: showFunding(a), after: showFunding(b) },
        clause,
      ),
    );
  if ((a.nonMonetary === undefined) !== (b.nonMonetary === undefined)) {
    out.push(
      behavioural(
        "non-monetary",
        where,
        {
          summary: b.nonMonetary !== undefined ? "now a non-monetary measure" : "no longer a non-monetary measure",
          before: a.nonMonetary,
          after: b.nonMonetary,
        },
        clause,
      ),
    );
  } else if (a.nonMonetary !== b.nonMonetary)
    out.push(
      cosmetic("non-monetary", where, {
        summary: "non-monetary reason reworded",
        before: a.nonMonetary,
        after: b.nonMonetary,
      }),
    );
  if (a.stackKey !== b.stackKey) {
    const note = "the stack key only matters when several policies are evaluated together: no single-policy witness";
    out.push(
      behavioural(
        "stack-key",
        where,
        { summary: "stack key changed", before: a.stackKey, after: b.stackKey, note },
        { kind: "none", note },
      ),
    );
  }
  return out;
}

type Part = (pair: Pair, where: Where, cx: Canons, moved: boolean) => Draft[];

const byWords: Part = (p, w, _c, moved) => words(p, w, moved);
const byForEach: Part = (p, w) => forEach(p, w);
const byConditions: Part = (p, w, c) => conditions(p, w, c);
const byAward: Part = (p, w, c) => diffAward(p, w, c);
const byCaps: Part = (p, w, c) => caps(p, w, c);
const byUplifts: Part = (p, w, c) => uplifts(p, w, c);
const byRest: Part = (p, w) => rest(p, w);

/** The comparisons, in the order their changes are listed. */
const PARTS: readonly Part[] = [byWords, byForEach, byConditions, byAward, byCaps, byUplifts, byRest];

/**
 * Which comparison covers each key of a clause. The mapped type lists every key of the IR's
 * `Clause`: adding a key to the IR fails the type check here until the diff compares it.
 */
export const COMPARED_BY: { readonly [K in keyof Clause]-?: Part | "not compared: a position in the source" } = {
  id: byWords,
  title: byWords,
  text: byWords,
  forEach: byForEach,
  conditions: byConditions,
  award: byAward,
  basis: byRest,
  caps: byCaps,
  totalCap: byCaps,
  uplifts: byUplifts,
  funding: byRest,
  nonMonetary: byRest,
  stackKey: byRest,
  span: "not compared: a position in the source",
};

/** Keys of a clause object that the IR's `Clause` does not declare, compared as data. */
function unknownParts(pair: Pair, where: Where): Draft[] {
  const [a, b] = [pair.before.clause as Record<string, unknown>, pair.after.clause as Record<string, unknown>];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !(k in COMPARED_BY)).sort();
  const note = "a part of the clause this version of Subsidia does not know: compared as data, no witness";
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) =>
      behavioural(
        "clause-part",
        where,
        { summary: `${k} changed`, before: JSON.stringify(a[k]), after: JSON.stringify(b[k]), note },
        { kind: "none", note },
      ),
    );
}

/** Every change between two versions of one clause, part by part. */
export function diffClause(pair: Pair, cx: Canons): Draft[] {
  const where: Where = { article: pair.after.article.number, clause: pair.after.clause.id };
  const moved = pair.before.article.number !== pair.after.article.number;
  return [...PARTS.flatMap((part) => part(pair, where, cx, moved)), ...unknownParts(pair, where)];
}
