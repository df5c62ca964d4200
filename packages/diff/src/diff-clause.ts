import type { Clause, Expr, Uplift } from "@subsidia/ir";
import {
  type CanonContext,
  type Canons,
  canonExpr,
  conditionList,
  exprKey,
  fundingKey,
  shapeKey,
  upliftKey,
} from "./canon.js";
import { diffAward } from "./diff-award.js";
import { behavioural, cosmetic, type Draft, type Where } from "./draft.js";
import type { ChangeKind } from "./types.js";
import { direction, keyedDiff, pairBy } from "./keyed.js";
import type { ClausePair } from "./match.js";
import { showCap, showForEach, showFunding, showUplift } from "./show.js";
import { type DiffMessageKey, msg, term } from "./wording.js";

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
    const message =
      kind === "threshold"
        ? msg("threshold", { direction: term(direction(x, y)), before: x.src, after: y.src })
        : msg("condition-changed", { before: x.src, after: y.src });
    return behavioural(
      kind,
      where,
      { summary: `${what}: ${x.src} → ${y.src}`, message, before: when(x), after: when(y) },
      target([x, y]),
    );
  });
  for (const x of shaped.removed)
    out.push(
      behavioural(
        "condition",
        where,
        {
          summary: `condition removed: ${x.src}`,
          message: msg("condition-removed", { condition: x.src }),
          before: when(x),
        },
        target([x]),
      ),
    );
  for (const y of shaped.added)
    out.push(
      behavioural(
        "condition",
        where,
        { summary: `condition added: ${y.src}`, message: msg("condition-added", { condition: y.src }), after: when(y) },
        target([y]),
      ),
    );
  if (
    out.length === 0 &&
    a.map((e) => exprKey(e, cx.before)).join("\n") !== b.map((e) => exprKey(e, cx.after)).join("\n")
  ) {
    out.push(
      cosmetic("condition-order", where, {
        summary: "conditions reordered or regrouped",
        message: msg("conditions-reordered"),
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
          message: msg("cap", {
            direction: term(direction(x.amount, y.amount)),
            before: x.amount.src,
            after: y.amount.src,
          }),
          before: showCap(x),
          after: showCap(y),
        },
        target,
      ),
    );
  }
  for (const x of removed.slice(n))
    out.push(
      behavioural(
        "cap",
        where,
        {
          summary: `cap removed: ${x.amount.src}`,
          message: msg("cap-removed", { amount: x.amount.src }),
          before: showCap(x),
        },
        target,
      ),
    );
  for (const y of added.slice(n))
    out.push(
      behavioural(
        "cap",
        where,
        {
          summary: `cap added: ${y.amount.src}`,
          message: msg("cap-added", { amount: y.amount.src }),
          after: showCap(y),
        },
        target,
      ),
    );
  const [tb, ta] = [pair.before.clause.totalCap, pair.after.clause.totalCap];
  if (exprKey(tb?.amount, cx.before) !== exprKey(ta?.amount, cx.after)) {
    const { summary, message } = totalCapWords(tb?.amount, ta?.amount);
    out.push(
      behavioural(
        "total-cap",
        where,
        { summary, message, before: tb ? showCap(tb, true) : undefined, after: ta ? showCap(ta, true) : undefined },
        { ...target, totals: true },
      ),
    );
  }
  return out;
}

/** `total cap lowered: 500万元 → 400万元`, of a clause or an article: one side at least is given. */
export function totalCapWords(a: Expr | undefined, b: Expr | undefined) {
  if (a && b)
    return {
      summary: `total cap ${direction(a, b)}: ${a.src} → ${b.src}`,
      message: msg("total-cap", { direction: term(direction(a, b)), before: a.src, after: b.src }),
    };
  if (a) return { summary: `total cap removed: ${a.src}`, message: msg("total-cap-removed", { amount: a.src }) };
  return { summary: `total cap added: ${b!.src}`, message: msg("total-cap-added", { amount: b!.src }) };
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
        message: msg("uplift-order", { rate: x.rate.src, order: term(y.order), was: term(x.order) }),
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
          summary: `uplift ${direction(x.rate, y.rate)}: ${showUplift(x)} → ${showUplift(y)}`,
          message: msg("uplift", {
            direction: term(direction(x.rate, y.rate)),
            before: showUplift(x),
            after: showUplift(y),
          }),
          before: showUplift(x),
          after: showUplift(y),
        },
        target([x, y]),
      ),
    );
  }
  for (const x of reordered.removed.slice(n))
    out.push(
      behavioural(
        "uplift",
        where,
        {
          summary: `uplift removed: ${showUplift(x)}`,
          message: msg("uplift-removed", { uplift: showUplift(x) }),
          before: showUplift(x),
        },
        target([x]),
      ),
    );
  for (const y of reordered.added.slice(n))
    out.push(
      behavioural(
        "uplift",
        where,
        {
          summary: `uplift added: ${showUplift(y)}`,
          message: msg("uplift-added", { uplift: showUplift(y) }),
          after: showUplift(y),
        },
        target([y]),
      ),
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
        message: msg("clause-renamed", { before: a.clause.id, after: b.clause.id }),
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
          message: msg("clause-moved", { from: a.article.number, to: b.article.number }),
          before: `article ${a.article.number}`,
          after: `article ${b.article.number}`,
          sides: {
            before: msg("article-side", { number: a.article.number }),
            after: msg("article-side", { number: b.article.number }),
          },
          note: "its awards now count towards the other article",
          noteMessage: msg("note.moved"),
        },
        { kind: "clause", pair, exprs: [] },
      ),
    );
  }
  if (a.clause.title !== b.clause.title)
    out.push(
      cosmetic("clause-title", where, {
        summary: "title changed",
        message: msg("title-changed"),
        before: a.clause.title,
        after: b.clause.title,
      }),
    );
  if (a.clause.text !== b.clause.text)
    out.push(
      cosmetic("clause-text", where, {
        summary: "cited text changed",
        message: msg("text-changed"),
        before: a.clause.text,
        after: b.clause.text,
      }),
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
          message: b.forEach ? msg("for-each-list", { list: b.forEach.list }) : msg("for-each-once"),
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
        message: msg("item-variable-renamed", { before: a.forEach.var, after: b.forEach.var }),
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
        {
          summary: `basis ${a.basis} → ${b.basis}`,
          message: msg("basis", { before: term(a.basis), after: term(b.basis) }),
          before: a.basis,
          after: b.basis,
        },
        clause,
      ),
    );
  if (fundingKey(a) !== fundingKey(b))
    out.push(
      behavioural(
        "funding",
        where,
        {
          summary: "funding split changed",
          message: msg("funding-changed"),
          before: showFunding(a),
          after: showFunding(b),
        },
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
          message: msg(b.nonMonetary !== undefined ? "now-non-monetary" : "no-longer-non-monetary"),
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
        message: msg("non-monetary-reworded"),
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
        {
          summary: "stack key changed",
          message: msg("stack-key-changed"),
          before: a.stackKey,
          after: b.stackKey,
          note,
          noteMessage: msg("note.stackKey"),
        },
        { kind: "none", note },
      ),
    );
  }
  return out;
}

/** The wave-2 parts of a clause, each compared as canonical data: range, history, schedule, selection, exclusion, rules. */
function more(pair: Pair, where: Where, cx: Canons): Draft[] {
  const [a, b] = [pair.before.clause, pair.after.clause];
  const target = { kind: "clause" as const, pair, exprs: [] };
  const key = (x: unknown, c: CanonContext) =>
    JSON.stringify(x, (k, v) => (k === "span" || k === "src" ? undefined : isExpr(v) ? canonExpr(v, c) : v));
  const out: Draft[] = [];
  const part = (
    kind: ChangeKind,
    [name, words]: [string, DiffMessageKey],
    x: unknown,
    y: unknown,
    how: { behavioural: boolean; note?: [string, DiffMessageKey]; noWitness?: boolean },
  ) => {
    if (key(x, cx.before) === key(y, cx.after)) return;
    const spec = {
      summary: `${name} changed`,
      message: msg(words),
      before: key(x, {}),
      after: key(y, {}),
      ...(how.note ? { note: how.note[0], noteMessage: msg(how.note[1]) } : {}),
    };
    if (!how.behavioural) out.push(cosmetic(kind, where, spec));
    else out.push(behavioural(kind, where, spec, how.noWitness ? { kind: "none", note: how.note?.[0] ?? "" } : target));
  };
  part("range", ["range (low end)", "range-changed"], a.rangeLow, b.rangeLow, { behavioural: true });
  part("history", ["caps across years", "history-caps-changed"], a.historyCaps, b.historyCaps, { behavioural: true });
  part("history", ["once", "once-changed"], a.once, b.once, { behavioural: true });
  part("history", ["less received", "less-received-changed"], a.lessReceived, b.lessReceived, { behavioural: true });
  const when: [string, DiffMessageKey] = [
    "instalments change when an award is paid, not its amount: no witness",
    "note.schedule",
  ];
  const schedule: [string, DiffMessageKey] = ["payment schedule", "schedule-changed"];
  part("schedule", schedule, a.schedule, b.schedule, { behavioural: true, note: when, noWitness: true });
  const population: [string, DiffMessageKey] = [
    "a selection among applicants shows only in a population run: no single-applicant witness",
    "note.selection",
  ];
  const selection: [string, DiffMessageKey] = ["selection", "selection-changed"];
  part("selection", selection, a.selection, b.selection, { behavioural: true, note: population, noWitness: true });
  part("exclusion", ["one per … keep highest", "one-per-changed"], a.onePer, b.onePer, { behavioural: true });
  part("rule", ["cited rules", "rules-changed"], a.rules, b.rules, { behavioural: false });
  return out;
}

const isExpr = (v: unknown): v is Expr =>
  typeof v === "object" && v !== null && "k" in v && "src" in v && "span" in v && typeof (v as Expr).k === "string";

type Part = (pair: Pair, where: Where, cx: Canons, moved: boolean) => Draft[];

const byWords: Part = (p, w, _c, moved) => words(p, w, moved);
const byForEach: Part = (p, w) => forEach(p, w);
const byConditions: Part = (p, w, c) => conditions(p, w, c);
const byAward: Part = (p, w, c) => diffAward(p, w, c);
const byCaps: Part = (p, w, c) => caps(p, w, c);
const byUplifts: Part = (p, w, c) => uplifts(p, w, c);
const byRest: Part = (p, w) => rest(p, w);
const byMore: Part = (p, w, c) => more(p, w, c);

/** The comparisons, in the order their changes are listed. */
const PARTS: readonly Part[] = [byWords, byForEach, byConditions, byAward, byCaps, byUplifts, byRest, byMore];

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
  rangeLow: byMore,
  historyCaps: byMore,
  once: byMore,
  lessReceived: byMore,
  schedule: byMore,
  selection: byMore,
  onePer: byMore,
  rules: byMore,
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
        {
          summary: `${k} changed`,
          message: msg("part-changed", { part: k }),
          before: JSON.stringify(a[k]),
          after: JSON.stringify(b[k]),
          note,
          noteMessage: msg("note.unknownPart"),
        },
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
