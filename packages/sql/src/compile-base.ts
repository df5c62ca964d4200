import { assertNever, type Expr } from "@subsidia/ir";
import { type BasePlan, Dec } from "@subsidia/plan";
import { and, bin, caseWhen, int, not, or, type Sql } from "./ast.js";
import { compileExpr, numOf, OVERFLOW, type Scope } from "./compile-expr.js";
import { matches } from "./compile-ops.js";
import { addSub, common, type Num, precision, times } from "./numeric.js";
import { ABSENT, codeOf, firstStop, type Val } from "./value.js";

/** The base amount of an item: the code that stops it (0: go on) and the amount. */
export interface Stage {
  code: Sql;
  x: Num;
}

type BaseOf<K extends BasePlan["kind"]> = Extract<BasePlan, { kind: K }>;

/** The code of an amount whose computation may overflow: an error where it does. */
export const overflowCode = (n: Num, s: Scope): Sql =>
  n.overflow ? caseWhen([[n.overflow, int(s.ctx.codes.error(OVERFLOW))]], int(0)) : int(0);

/**
 * The code of a base amount that reaches no tier (or no case) where that is not a stop: the low
 * end of a range (`extras`: 0). Never the code of an item: the clause turns it into a low end of 0.
 */
export const NO_TIER = 1_000_000;

/** Several amounts, one of which is chosen by `conds` (in order), else none: the code and amount. */
function choose(
  conds: readonly Sql[],
  amounts: readonly Val[],
  srcs: readonly { src: string }[],
  s: Scope,
  none: number,
): Stage {
  const nums = common(
    amounts.map((a, i) => numOf(a, srcs[i]!, s)),
    s.path,
  );
  const code = caseWhen(
    conds.map((c, i) => [c, codeOf(amounts[i]!)] as const),
    int(none),
  );
  const x = caseWhen(
    conds.map((c, i) => [c, nums[i]!.sql] as const),
    null,
  );
  const overflow = nums.map((n) => n.overflow).find((o) => o !== null) ?? null;
  const x1: Num = { sql: x, t: nums[0]!.t, overflow };
  return { code: firstStop([code, overflowCode(x1, s)]), x: x1 };
}

/** The highest threshold reached pays; equal thresholds: the later tier (`eval-award.ts` `tiers`). */
function tiers(plan: BaseOf<"tiers">, s: Scope, none: number): Stage {
  const base = compileExpr(plan.base, s);
  const thresholds = plan.tiers.map((t) => compileExpr(t.atLeast, s));
  const [b, ...ts] = common(
    [numOf(base, plan.base, s), ...thresholds.map((t, i) => numOf(t, plan.tiers[i]!.atLeast, s))],
    s.path,
  );
  const reached = ts.map((t) => bin(">=", b!.sql, t.sql));
  const amounts = plan.tiers.map((t) => compileExpr(t.amount, s));
  const constant = thresholds.every((t) => t.st.k === "known" && t.v.k === "num");
  let order: number[];
  let conds: Sql[];
  if (constant) {
    // thresholds known when compiling: the highest first, ties to the later tier
    const value = (i: number) => new Dec((thresholds[i]!.v as { text: string }).text);
    order = plan.tiers.map((_, i) => i).sort((i, j) => value(j).comparedTo(value(i)) || j - i);
    conds = order.map((i) => reached[i]!);
  } else {
    order = plan.tiers.map((_, i) => i);
    // tier i pays when reached and no other reached tier has a higher threshold (or an equal one, later)
    conds = order.map((i) =>
      and(
        reached[i]!,
        ...ts.flatMap((tj, j) => (j === i ? [] : [or(not(reached[j]!), bin(j < i ? "<=" : "<", tj.sql, ts[i]!.sql))])),
      ),
    );
  }
  const srcs = order.map((i) => plan.tiers[i]!.amount);
  const chosen = choose(
    conds,
    order.map((i) => amounts[i]!),
    srcs,
    s,
    none,
  );
  const over = b!.overflow ?? ts.find((t) => t.overflow)?.overflow ?? null;
  const compared = over ? caseWhen([[over, int(s.ctx.codes.error(OVERFLOW))]], int(0)) : int(0);
  return { code: firstStop([codeOf(base), ...thresholds.map(codeOf), compared, chosen.code]), x: chosen.x };
}

/** First-time crossings: every tier reached now and not by `since`, added; none reached: nothing (`newTiers`). */
function newTiers(plan: BaseOf<"tiers">, since: Expr, s: Scope, noTier: number): Stage {
  const base = compileExpr(plan.base, s);
  const prev = compileExpr(since, s);
  const thresholds = plan.tiers.map((t) => compileExpr(t.atLeast, s));
  const [b, p, ...ts] = common(
    [
      numOf(base, plan.base, s),
      numOf(prev, since, s),
      ...thresholds.map((t, i) => numOf(t, plan.tiers[i]!.atLeast, s)),
    ],
    s.path,
  );
  const reached = ts.map((t) => bin(">=", b!.sql, t.sql));
  const pays = ts.map((t, i) => and(reached[i]!, not(bin(">=", p!.sql, t.sql))));
  const amounts = plan.tiers.map((t) => compileExpr(t.amount, s));
  const nums = common(
    amounts.map((a, i) => numOf(a, plan.tiers[i]!.amount, s)),
    s.path,
  );
  const zero: Sql = { k: "num", text: "0", p: precision(nums[0]!.t), s: nums[0]!.t.scale };
  const parts = nums.map((n, i): Num => ({ ...n, sql: caseWhen([[pays[i]!, n.sql]], zero) }));
  const x = parts.slice(1).reduce((sum, n) => addSub("+", sum, n, s.path), parts[0]!);
  const over = [b, p, ...ts].find((n) => n!.overflow)?.overflow ?? null;
  const compared = over ? caseWhen([[over, int(s.ctx.codes.error(OVERFLOW))]], int(0)) : int(0);
  const amountCodes = amounts.map((a, i) => caseWhen([[pays[i]!, codeOf(a)]], int(0)));
  const none = caseWhen([[or(...reached), int(0)]], int(noTier));
  const codes = [codeOf(base), codeOf(prev), ...thresholds.map(codeOf), compared, none, ...amountCodes];
  return { code: firstStop([...codes, overflowCode(x, s)]), x };
}

/** The first case whose key matches pays, else `otherwise`, else nothing (`lookup`). */
function lookup(plan: BaseOf<"lookup">, s: Scope, none: number): Stage {
  const key = compileExpr(plan.key, s);
  const conds = plan.cases.map((c) => matches(key, [c.match]));
  const amounts = plan.cases.map((c) => compileExpr(c.amount, s));
  const srcs: { src: string }[] = plan.cases.map((c) => c.amount);
  if (plan.otherwise) {
    conds.push({ k: "bool", value: true });
    amounts.push(compileExpr(plan.otherwise, s));
    srcs.push(plan.otherwise);
  }
  const chosen = choose(conds, amounts, srcs, s, none);
  return { code: firstStop([codeOf(key), chosen.code]), x: chosen.x };
}

/**
 * The base amount of an item (`eval-award.ts` `baseAmount`): each value it needs read in order.
 * No tier or case reached: `none` (the item is not awarded; `NO_TIER` for the low end of a range).
 */
export function compileBase(base: BasePlan, s: Scope, none = ABSENT): Stage {
  switch (base.kind) {
    case "amount": {
      const v = compileExpr(base.amount, s);
      return { code: codeOf(v), x: numOf(v, base.amount, s) };
    }
    case "rate": {
      const r = compileExpr(base.rate, s);
      const b = compileExpr(base.base, s);
      const x = times(numOf(r, base.rate, s), numOf(b, base.base, s), s.path);
      return { code: firstStop([codeOf(r), codeOf(b), overflowCode(x, s)]), x };
    }
    case "tiers":
      return base.since ? newTiers(base, base.since, s, none) : tiers(base, s, none);
    case "lookup":
      return lookup(base, s, none);
    default:
      return assertNever(base, "base amount");
  }
}
