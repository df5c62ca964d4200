import { assertSupported } from "./supported.js";
import type { Policy } from "@subsidia/ir";
import { type Plan, planOf } from "@subsidia/plan";
import {
  and,
  bin,
  caseWhen,
  cast,
  col,
  FALSE,
  int,
  NULL,
  type Query,
  select,
  type Sql,
  type Statement,
  TEXT,
  table,
  TRUE,
} from "./ast.js";
import { aggregateStage } from "./compile-aggregates.js";
import { exclusionStage } from "./compile-exclusions.js";
import { compileClause, FACTS, IN_FORCE } from "./compile-clause.js";
import type { Ctx } from "./compile-expr.js";
import { outputRows } from "./compile-output.js";
import type { SelectionKeys } from "./compile-select.js";
import type { ScheduleKeys } from "./compile-schedule.js";
import { APPLICANT, APPLICANTS_TABLE, layoutOf, POSITION } from "./layout.js";
import { type NumType, sqlType } from "./numeric.js";
import { Codes } from "./value.js";

/** A policy compiled to one SQL statement over its layout, with the codes its result rows use. */
export interface CompiledPolicy {
  plan: Plan;
  statement: Statement;
  codes: Codes;
}

/** `facts`: the applicants with whether the policy is in force on each one's date. */
function factsQuery(plan: Plan): Query {
  const v = plan.validity;
  let inForce = TRUE;
  if (v) {
    const date = col(v.dateInput, "a");
    const within = and(bin(">=", date, { k: "date", value: v.from }), bin("<=", date, { k: "date", value: v.to }));
    inForce = caseWhen([[within, TRUE]], FALSE);
  }
  return select([{ e: inForce, as: IN_FORCE }], table(APPLICANTS_TABLE, "a"), { star: "a" });
}

/**
 * Compiles a policy to SQL: the applicants in force; per clause, its stages (`compileClause`);
 * the items of all clauses; each aggregate cap in the plan's order; the result rows
 * (`outputRows`). The order of evaluation is the plan's, never re-derived from the IR.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const plan = planOf(policy);
  assertSupported(plan);
  const ctx: Ctx = { plan, layout: layoutOf(policy), codes: new Codes() };
  const ctes: { name: string; query: Query }[] = [{ name: FACTS, query: factsQuery(plan) }];
  const outs: { name: string; scale: number; int: number }[] = [];
  const keys: SelectionKeys[] = [];
  const schedules: ScheduleKeys[] = [];
  const ranged = plan.clauses.some((c) => c.award?.low);
  const lows: NumType[] = [];
  // in the plan's order: a clause reading `award of X` after X, whose stages it joins
  for (const c of plan.order.map((i) => plan.clauses[i]!)) {
    if (!c.award) continue;
    const q = compileClause(c, c.award, ctx, ranged);
    if (q.low) lows.push(q.low);
    ctes.push(...q.ctes);
    outs.push({ name: q.out, ...q.amount });
    if (q.keys) keys.push(q.keys);
    if (q.schedule) schedules.push(q.schedule);
  }
  // rounded amounts have the unit's places, and at most the digits their stages allow before the point
  const scale = Math.max(0, ...outs.map((o) => o.scale));
  let amount: NumType = { int: Math.max(1, ...outs.map((o) => o.int)), scale };
  // the low ends of range awards: at most their high ends, in one type for all clauses
  const low: NumType = {
    int: Math.max(1, ...lows.map((o) => o.int)),
    scale: Math.max(0, ...lows.map((o) => o.scale)),
  };
  const lowColumn = (e: Sql) => (ranged ? [{ e: cast(e, sqlType(low)), as: "low" }] : []);
  const itemColumns = () => [
    { e: col(APPLICANT, "t"), as: APPLICANT },
    { e: col("clause", "t"), as: "clause" },
    { e: col(POSITION, "t"), as: POSITION },
    { e: col("item", "t"), as: "item" },
    { e: int(0), as: "phase" },
    { e: col("code", "t"), as: "code" },
    { e: cast(col("amount", "t"), sqlType(amount)), as: "amount" },
    ...lowColumn(col("low", "t")),
  ];
  const items: Query =
    outs.length === 0
      ? select(
          [
            { e: col(APPLICANT, "t"), as: APPLICANT },
            { e: int(0), as: "clause" },
            { e: int(0), as: POSITION },
            { e: cast(NULL, TEXT), as: "item" },
            { e: int(0), as: "phase" },
            { e: int(0), as: "code" },
            { e: cast(NULL, sqlType(amount)), as: "amount" },
            ...lowColumn(NULL),
          ],
          table(FACTS, "t"),
          { where: FALSE },
        )
      : { k: "union", queries: outs.map((o) => select(itemColumns(), table(o.name, "t"))) };
  ctes.push({ name: "items_0", query: items });
  let last = "items_0";
  // the exclusions, in the plan's order, before the aggregate caps (`evaluatePlan`)
  plan.exclusions.forEach((x, k) => {
    const name = `excluded_${k + 1}`;
    ctes.push({ name, query: exclusionStage(x, last, amount, plan, ranged) });
    last = name;
  });
  plan.aggregates.forEach((agg, k) => {
    const stage = aggregateStage(agg, k, last, amount, ctx, ranged ? low : null);
    last = `items_${k + 1}`;
    ctes.push({ name: last, query: stage.query });
    amount = stage.amount;
  });
  const out = outputRows(last, amount, ctx, keys, ranged ? low : null, schedules);
  return { plan, statement: { with: [...ctes, ...out.ctes], body: out.body }, codes: ctx.codes };
}
