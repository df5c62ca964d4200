import type { Award, Expr } from "@subsidia/ir";
import { awardKey, canonExpr, exprKey, tierKey, type CanonContext, type Canons } from "./canon.js";
import { behavioural, type Draft, type Where } from "./draft.js";
import { direction, keyedDiff, pairBy } from "./keyed.js";
import type { ClausePair, ClauseRef } from "./match.js";
import { showAward, showCase, showTier } from "./show.js";
import { type DiffMessage, type DiffMessageKey, msg, term } from "./wording.js";

type Tier = Extract<Award, { kind: "tiers" }>["tiers"][number];
type Case = Extract<Award, { kind: "lookup" }>["cases"][number];

interface Ctx {
  cx: Canons;
  pair: Required<ClausePair>;
  where: Where;
}

const same = (a: Expr | undefined, b: Expr | undefined, ctx: Ctx) =>
  exprKey(a, ctx.cx.before) === exprKey(b, ctx.cx.after);
const at = (ctx: Ctx, exprs: (Expr | undefined)[]) => ({
  kind: "clause" as const,
  pair: ctx.pair,
  exprs: exprs.filter((e): e is Expr => e !== undefined),
});

function tierRows(before: Tier[], after: Tier[], ctx: Ctx): Draft[] {
  const { removed, added } = keyedDiff(
    before,
    after,
    (t) => tierKey(t, ctx.cx.before),
    (t) => tierKey(t, ctx.cx.after),
  );
  const byBound = pairBy(
    removed,
    added,
    (t) => exprKey(t.atLeast, ctx.cx.before),
    (t) => exprKey(t.atLeast, ctx.cx.after),
  );
  const byAmount = pairBy(
    byBound.removed,
    byBound.added,
    (t) => exprKey(t.amount, ctx.cx.before),
    (t) => exprKey(t.amount, ctx.cx.after),
  );
  const n = Math.min(byAmount.removed.length, byAmount.added.length);
  const pairs: [Tier, Tier][] = [...byBound.pairs, ...byAmount.pairs];
  for (let i = 0; i < n; i++) pairs.push([byAmount.removed[i]!, byAmount.added[i]!]);
  const out = pairs.map(([a, b]) => {
    const sides = { before: showTier(a), after: showTier(b) };
    const [what, message]: [string, DiffMessage] = same(a.atLeast, b.atLeast, ctx)
      ? [
          `amount ${direction(a.amount, b.amount)}`,
          msg("tier-amount", { direction: term(direction(a.amount, b.amount)), ...sides }),
        ]
      : same(a.amount, b.amount, ctx)
        ? [
            `bound ${direction(a.atLeast, b.atLeast)}`,
            msg("tier-bound", { direction: term(direction(a.atLeast, b.atLeast)), ...sides }),
          ]
        : ["changed", msg("tier-changed", sides)];
    return behavioural(
      "tier",
      ctx.where,
      { summary: `tier ${what}: ${showTier(a)} → ${showTier(b)}`, message, ...sides },
      at(ctx, [a.atLeast, b.atLeast]),
    );
  });
  for (const t of byAmount.removed.slice(n))
    out.push(
      behavioural(
        "tier",
        ctx.where,
        {
          summary: `tier removed: ${showTier(t)}`,
          message: msg("tier-removed", { tier: showTier(t) }),
          before: showTier(t),
        },
        at(ctx, [t.atLeast]),
      ),
    );
  for (const t of byAmount.added.slice(n))
    out.push(
      behavioural(
        "tier",
        ctx.where,
        {
          summary: `tier added: ${showTier(t)}`,
          message: msg("tier-added", { tier: showTier(t) }),
          after: showTier(t),
        },
        at(ctx, [t.atLeast]),
      ),
    );
  return out;
}

function lookupCases(a: Extract<Award, { kind: "lookup" }>, b: Extract<Award, { kind: "lookup" }>, ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  const caseKey = (c: Case, canon?: CanonContext) => JSON.stringify([c.match, canonExpr(c.amount, canon)]);
  const { removed, added } = keyedDiff(
    a.cases,
    b.cases,
    (c) => caseKey(c, ctx.cx.before),
    (c) => caseKey(c, ctx.cx.after),
  );
  const byMatch = pairBy(
    removed,
    added,
    (c) => c.match,
    (c) => c.match,
  );
  const keyed = at(ctx, [a.key, b.key]);
  for (const [x, y] of byMatch.pairs)
    out.push(
      behavioural(
        "lookup-case",
        ctx.where,
        {
          summary: `case ${x.match} ${direction(x.amount, y.amount)}: ${x.amount.src} → ${y.amount.src}`,
          message: msg("case", {
            match: x.match,
            direction: term(direction(x.amount, y.amount)),
            before: x.amount.src,
            after: y.amount.src,
          }),
          before: showCase(x),
          after: showCase(y),
        },
        keyed,
      ),
    );
  for (const x of byMatch.removed)
    out.push(
      behavioural(
        "lookup-case",
        ctx.where,
        {
          summary: `case removed: ${showCase(x)}`,
          message: msg("case-removed", { case: showCase(x) }),
          before: showCase(x),
        },
        keyed,
      ),
    );
  for (const y of byMatch.added)
    out.push(
      behavioural(
        "lookup-case",
        ctx.where,
        {
          summary: `case added: ${showCase(y)}`,
          message: msg("case-added", { case: showCase(y) }),
          after: showCase(y),
        },
        keyed,
      ),
    );
  if (!same(a.otherwise, b.otherwise, ctx)) {
    const show = (e?: Expr) => (e ? `otherwise: ${e.src}` : undefined);
    out.push(
      behavioural(
        "lookup-otherwise",
        ctx.where,
        {
          summary: `otherwise ${a.otherwise ? (b.otherwise ? `${a.otherwise.src} → ${b.otherwise.src}` : "removed") : `added: ${b.otherwise!.src}`}`,
          message: a.otherwise
            ? b.otherwise
              ? msg("otherwise-changed", { before: a.otherwise.src, after: b.otherwise.src })
              : msg("otherwise-removed", { amount: a.otherwise.src })
            : msg("otherwise-added", { amount: b.otherwise!.src }),
          before: show(a.otherwise),
          after: show(b.otherwise),
        },
        keyed,
      ),
    );
  }
  return out;
}

function baseChange(a: Expr, b: Expr, [what, key]: [string, DiffMessageKey], ctx: Ctx): Draft[] {
  if (same(a, b, ctx)) return [];
  return [
    behavioural(
      "base",
      ctx.where,
      {
        summary: `${what} changed: ${a.src} → ${b.src}`,
        message: msg(key, { before: a.src, after: b.src }),
        before: a.src,
        after: b.src,
      },
      at(ctx, [a, b]),
    ),
  ];
}

/** The award of a clause in both versions: its form, then part by part (rows of tiers, cases of lookups). */
export function diffAward(pair: Required<ClausePair>, where: Where, cx: Canons): Draft[] {
  const ctx: Ctx = { cx, pair, where };
  const a = pair.before.clause.award;
  const b = pair.after.clause.award;
  if (awardKey(a, cx.before) === awardKey(b, cx.after)) return [];
  if (!a || !b || a.kind !== b.kind) {
    const show = (r: ClauseRef) => (r.clause.award ? showAward(r.clause.award, r.clause.basis) : undefined);
    return [
      behavioural(
        "award",
        where,
        {
          summary: `award ${!a ? "added" : !b ? "removed" : "changed"}`,
          message: msg(!a ? "award-added" : !b ? "award-removed" : "award-changed"),
          before: show(pair.before),
          after: show(pair.after),
        },
        at(ctx, []),
      ),
    ];
  }
  if (a.kind === "amount" && b.kind === "amount") {
    return [
      behavioural(
        "amount",
        where,
        {
          summary: `amount ${direction(a.amount, b.amount)}: ${a.amount.src} → ${b.amount.src}`,
          message: msg("amount", {
            direction: term(direction(a.amount, b.amount)),
            before: a.amount.src,
            after: b.amount.src,
          }),
          before: `award ${a.amount.src}`,
          after: `award ${b.amount.src}`,
        },
        at(ctx, [a.amount, b.amount]),
      ),
    ];
  }
  if (a.kind === "rate" && b.kind === "rate") {
    const out: Draft[] = [];
    if (!same(a.rate, b.rate, ctx))
      out.push(
        behavioural(
          "rate",
          where,
          {
            summary: `rate ${direction(a.rate, b.rate)}: ${a.rate.src} → ${b.rate.src}`,
            message: msg("rate", { direction: term(direction(a.rate, b.rate)), before: a.rate.src, after: b.rate.src }),
            before: `${a.rate.src} of ${a.base.src}`,
            after: `${b.rate.src} of ${b.base.src}`,
          },
          at(ctx, [a.base, b.base]),
        ),
      );
    return [...out, ...baseChange(a.base, b.base, ["base", "base-changed"], ctx)];
  }
  if (a.kind === "tiers" && b.kind === "tiers")
    return [...baseChange(a.base, b.base, ["tier base", "tier-base-changed"], ctx), ...tierRows(a.tiers, b.tiers, ctx)];
  if (a.kind === "lookup" && b.kind === "lookup")
    return [...baseChange(a.key, b.key, ["lookup key", "lookup-key-changed"], ctx), ...lookupCases(a, b, ctx)];
  return [];
}
