import { assertNever } from "@subsidia/ir";
import { Dec, type AwardPlan, type ClausePlan, type StepPlan } from "@subsidia/plan";
import {
  and,
  bin,
  caseWhen,
  cast,
  col,
  int,
  isNull,
  type Column,
  type From,
  NULL,
  type Query,
  select,
  type Sql,
  str,
  TEXT,
  table,
} from "./ast.js";
import { compileBase, NO_TIER, overflowCode, type Stage } from "./compile-base.js";
import { type ColumnRef, compileExpr, type Ctx, numOf, type Scope } from "./compile-expr.js";
import { enumOf } from "./scope.js";
import { type AwardRef, awardRef, awardValue, joinRef, refColumns } from "./compile-award-of.js";
import { keyText, type SelectionKeys, selectionColumns, selectionKeysQuery } from "./compile-select.js";
import { logic } from "./compile-ops.js";
import { type ScheduleKeys, scheduleColumns, scheduleQuery } from "./compile-schedule.js";
import { APPLICANT, type LayoutColumn, type LayoutTable, POSITION } from "./layout.js";
import { addSub, common, literal, type Num, type NumType, sqlType, times } from "./numeric.js";
import { roundTo } from "./round.js";
import { truncatedDivision } from "./compile-quotient.js";
import {
  historyCap,
  historyColumns,
  itemWindows,
  joinHistory,
  lessReceived,
  onceHit,
  onceStage,
} from "./compile-history.js";
import { ABSENT, codeOf, codeTest, firstStop } from "./value.js";

export const FACTS = "facts";
export const IN_FORCE = "_in_force";

/** The CTEs of one clause and the one whose rows are its items that are awarded, pending or failed. */
export interface ClauseQuery {
  ctes: { name: string; query: Query }[];
  /** columns `applicant`, `clause`, `position`, `item`, `code`, `amount` */
  out: string;
  /** the type of the rounded amounts */
  amount: NumType;
  /** the CTE of the keys of its `select`, when it has one */
  keys: SelectionKeys | null;
  /** the type of the `low` column (the low end of a range award), when it has one */
  low: NumType | null;
  /** the CTE of the values of its payment schedule, when it has one */
  schedule?: ScheduleKeys | null;
}

/** The value type of a layout column. */
export function columnType(c: LayoutColumn): ColumnRef["t"] {
  if (c.num) return { k: "num", t: c.num };
  return c.type.k === "boolean" ? { k: "bool" } : c.type.k === "date" ? { k: "date" } : { k: "text" };
}

const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A scope that reads from the clause's input CTE (aliased `t`): facts as `f.<column>`, item
 * fields as `i.<column>`; the columns read are collected, for the input CTE to select.
 */
type Used = { facts: Set<LayoutColumn>; items: Set<LayoutColumn>; refs: Map<string, AwardRef> };

function stageScope(c: ClausePlan, ctx: Ctx, used: Used): Scope {
  const list = c.forEach ? ctx.layout.lists.find((l) => l.input === c.forEach!.list) : undefined;
  const ref = (prefix: string, cols: LayoutTable["columns"], set: Set<LayoutColumn>) => (path: readonly string[]) => {
    const found = cols.find((x) => samePath(x.path, path));
    if (!found) return null;
    set.add(found);
    return {
      sql: col(`${prefix}.${found.name}`, "t"),
      t: columnType(found),
      optional: found.optional,
      ...enumOf(found),
    };
  };
  const fact = ref("f", ctx.layout.applicants.columns, used.facts);
  const v = ctx.plan.validity;
  return {
    ctx,
    path: c.path,
    fact,
    item: list ? { var: c.forEach!.var, column: ref("i", list.columns, used.items) } : null,
    date: v ? (fact([v.dateInput])?.sql ?? null) : null,
    awardOf: (e) => {
      let ref = used.refs.get(e.clause);
      if (!ref) used.refs.set(e.clause, (ref = awardRef(e, c, ctx.stages ?? new Map(), c.path)));
      return awardValue(ref);
    },
  };
}

/** `id` when the item has a non-empty one, else `#position` (`itemId`). */
function itemId(list: LayoutTable): Sql {
  const byPosition = bin("||", str("#"), cast(col(POSITION, "i"), TEXT));
  const id = list.columns.find((x) => x.path.length === 1 && x.name === "id");
  if (!id || !(id.kind === "string" || id.kind === "enum" || id.kind === "date")) return byPosition;
  const text = id.kind === "date" ? cast(col(id.name, "i"), TEXT) : col(id.name, "i");
  return caseWhen([[and(isNull(text, true), bin("<>", text, str(""))), text]], byPosition);
}

/** The clause's input: one row per applicant in force (and per item), with the columns its expressions read. */
function inputQuery(c: ClausePlan, ctx: Ctx, used: Used, windows: (number | null)[] | null): Query {
  const list = c.forEach ? ctx.layout.lists.find((l) => l.input === c.forEach!.list)! : null;
  const columns: Column[] = [
    { e: col(APPLICANT, "f"), as: APPLICANT },
    { e: list ? col(POSITION, "i") : int(0), as: POSITION },
    { e: list ? itemId(list) : cast(NULL, TEXT), as: "item" },
    ...[...used.facts].map((x) => ({ e: col(x.name, "f"), as: `f.${x.name}` })),
    ...[...used.items].map((x) => ({ e: col(x.name, "i"), as: `i.${x.name}` })),
    ...[...used.refs.values()].flatMap(refColumns),
    ...(windows ? historyColumns(windows) : []),
  ];
  let from: From = table(FACTS, "f");
  if (list)
    from = {
      k: "join",
      type: "INNER",
      left: from,
      right: table(list.name, "i"),
      on: bin("=", col(APPLICANT, "i"), col(APPLICANT, "f")),
    };
  for (const ref of used.refs.values()) from = joinRef(from, ref, list ? itemId(list) : null);
  if (windows) from = joinHistory(from, c, ctx, windows, list ? itemId(list) : null);
  return select(columns, from, { where: col(IN_FORCE, "f") });
}

/** `when` lines, all of them (`conditionsHold`): 0 when they hold, 1 when not (or absent), else pending or failed. */
function conditionsCode(c: ClausePlan, s: Scope): Sql {
  if (c.conditions.length === 0) return int(0);
  const all = logic(
    false,
    c.conditions.map((x) => compileExpr(x, s)),
  );
  const holds = caseWhen([[all.v, int(0)]], int(ABSENT));
  const code = codeOf(all);
  return code.k === "int" && code.value === 0 ? holds : caseWhen([[codeTest(code, "=", 0), holds]], code);
}

type UpliftStep = Extract<StepPlan, { kind: "uplift" }>;

function uplift(u: UpliftStep, prev: Stage, s: Scope): Stage {
  const rate = compileExpr(u.rate, s);
  const factor = addSub("+", literal(new Dec(1)), numOf(rate, u.rate, s), s.path);
  const raised = times(prev.x, factor, s.path);
  const [kept, up] = common([prev.x, raised], s.path);
  if (!u.when) return { code: firstStop([prev.code, codeOf(rate), overflowCode(up!, s)]), x: up! };
  const when = compileExpr(u.when, s);
  const cw = codeOf(when);
  const applied = cw.k === "int" ? when.v : and(codeTest(cw, "=", 0), when.v);
  // a pending or failed `when` stops the item; an absent one (or false) leaves the amount as it is
  const stop = cw.k === "int" ? cw : caseWhen([[bin("OR", codeTest(cw, "<", 0), codeTest(cw, ">=", 2)), cw]], int(0));
  const rateCode = caseWhen([[applied, firstStop([codeOf(rate), overflowCode(up!, s)])]], int(0));
  const x: Num = { sql: caseWhen([[applied, up!.sql]], kept!.sql), t: up!.t, overflow: null };
  return { code: firstStop([prev.code, stop, rateCode]), x };
}

function cap(step: Extract<StepPlan, { kind: "cap" }>, prev: Stage, s: Scope): Stage {
  const limit = compileExpr(step.limit, s);
  const [x, l] = common([prev.x, numOf(limit, step.limit, s)], s.path);
  const capped: Num = { sql: caseWhen([[bin(">", x!.sql, l!.sql), l!.sql]], x!.sql), t: x!.t, overflow: null };
  return { code: firstStop([prev.code, codeOf(limit), overflowCode(x!, s), overflowCode(l!, s)]), x: capped };
}

/** One step of the plan after the base amount (`applyStep`). */
function step(st: StepPlan, prev: Stage, s: Scope): Stage {
  switch (st.kind) {
    case "uplift":
      return uplift(st, prev, s);
    case "cap":
      return cap(st, prev, s);
    case "round": {
      const r = s.ctx.plan.rounding;
      const x = roundTo(prev.x, new Dec(r.unit), r.mode, s.path);
      return { code: firstStop([prev.code, overflowCode(x, s)]), x };
    }
    case "less-received":
      return lessReceived(prev, s);
    case "history-cap":
      return historyCap(st, prev, s);
    default:
      return assertNever(st, "step");
  }
}

/** The low end of a range award (`pipeline` of `award.low`): its base, then the same steps, stage by stage. */
function lowStages(low: NonNullable<AwardPlan["low"]>, steps: readonly StepPlan[], s: Scope): Stage[] {
  // no tier or case reached: a low end of 0, not a stop (`extras`)
  const out: Stage[] = [compileBase(low, s, NO_TIER)];
  for (const st of steps) {
    const k = out.length;
    const prev: Stage = {
      code: col(`_lk${k}`, "t"),
      x: { sql: col(`_lx${k}`, "t"), t: out[k - 1]!.x.t, overflow: null },
    };
    out.push(step(st, prev, s));
  }
  return out;
}

/** The code of an awarded item (`k` 0, `x` > 0) after values read in order whose failure fails the applicant. */
function failsAwarded(codes: readonly Sql[], k: Sql, x: Sql): Sql {
  let out = k;
  for (const c of codes) {
    if (c.k === "int" && c.value >= 0) continue;
    const awarded = and(bin("=", out, int(0)), bin(">", x, literal(new Dec(0)).sql));
    out = caseWhen([[and(awarded, codeTest(c, "<", 0)), c]], out);
  }
  return out;
}

/**
 * A clause as CTEs, one per stage of the plan (`evalItem`): its input; conditions, pending
 * parameters and the base amount; then each step (uplifts, caps, rounding) in the plan's
 * order, each reading the code and amount of the stage before. The first stage that stops
 * an item (not given, pending, failed) decides its code; an amount of 0 after rounding pays nothing.
 */
export function compileClause(c: ClausePlan, award: AwardPlan, ctx: Ctx, ranged = false): ClauseQuery {
  const used: Used = { facts: new Set<LayoutColumn>(), items: new Set<LayoutColumn>(), refs: new Map() };
  const s = stageScope(c, ctx, used);
  const name = (k: number | string) => `c${c.index}_${k}`;
  const stages: { code: Sql; x: Num }[] = [];
  const base = compileBase(award.base, { ...s, quotient: truncatedDivision(award, ctx.plan) });
  const pending = award.pending !== null ? int(ctx.codes.pending(award.pending)) : int(0);
  const conditions = conditionsCode(c, s);
  stages.push({ code: firstStop([conditions, pending, base.code]), x: base.x });
  const prevOf = (k: number, t: NumType, low = ""): Stage => ({
    code: col(`_${low}k${k}`, "t"),
    x: { sql: col(`_${low}x${k}`, "t"), t, overflow: null },
  });
  for (const st of award.steps) stages.push(step(st, prevOf(stages.length, stages.at(-1)!.x.t), s));
  const lows = award.low ? lowStages(award.low, award.steps, s) : null;
  const windows = itemWindows(award);
  if (award.once) {
    // `once` is decided after the conditions, before all else: a zero item whatever the stages computed
    stages.push(onceStage(prevOf(stages.length, stages.at(-1)!.x.t), stages.at(-1)!.x.t));
    if (lows) lows.push(onceStage(prevOf(lows.length, lows.at(-1)!.x.t, "l"), lows.at(-1)!.x.t));
  }
  const payColumns = award.schedule ? scheduleColumns(award.schedule, s) : null;
  const keyColumns = award.selection ? selectionColumns(award.selection, s) : null;
  const one = ctx.plan.exclusions.find((x) => x.kind === "one-per" && x.clause === c.index);
  const oneKey = one?.kind === "one-per" ? compileExpr(one.key, s) : null;
  const ctes: { name: string; query: Query }[] = [
    ...[...used.refs.values()].map((r) => ({ name: r.name, query: r.query })),
    { name: name("in"), query: inputQuery(c, ctx, used, windows) },
  ];
  stages.forEach((st, i) => {
    const columns = [
      { e: st.code, as: `_k${i + 1}` },
      { e: cast(st.x.sql, sqlType(st.x.t)), as: `_x${i + 1}` },
      ...(lows
        ? [
            { e: lows[i]!.code, as: `_lk${i + 1}` },
            { e: cast(lows[i]!.x.sql, sqlType(lows[i]!.x.t)), as: `_lx${i + 1}` },
          ]
        : []),
      ...(i === 0 && award.once ? [{ e: onceHit(conditions), as: "_once" }] : []),
    ];
    ctes.push({ name: name(i + 1), query: select(columns, table(i === 0 ? name("in") : name(i), "t"), { star: "t" }) });
  });
  const n = stages.length;
  const last = stages[n - 1]!.x.t;
  const x = col(`_x${n}`, "t");
  let k = col(`_k${n}`, "t");
  let low: Num | null = null;
  if (lows) {
    // the low end (`extras`): through the same steps, at most the high end
    const lk = col(`_lk${n}`, "t");
    const [l, h] = common(
      [
        { sql: col(`_lx${n}`, "t"), t: lows[n - 1]!.x.t, overflow: null },
        { sql: x, t: last, overflow: null },
      ],
      c.path,
    );
    const least = caseWhen([[bin("<", l!.sql, h!.sql), l!.sql]], h!.sql);
    low = { sql: caseWhen([[bin("=", lk, int(0)), least]], literal(new Dec(0)).sql), t: l!.t, overflow: null };
    // an awarded item's low end that stops (not given, pending, failed) stops it (`evalItem`)
    const awarded = and(bin("=", k, int(0)), bin(">", x, literal(new Dec(0)).sql));
    const chosen = award.low!.kind === "tiers" || award.low!.kind === "lookup";
    const stops = and(bin("<>", lk, int(0)), ...(chosen ? [bin("<>", lk, int(NO_TIER))] : []));
    k = caseWhen([[and(awarded, stops), lk]], k);
  }
  if (payColumns) k = payColumns.code(k, x);
  if (keyColumns) k = failsAwarded(keyColumns.codes, k, x);
  // the key of `one per` is evaluated for an awarded item (`extras`): its failure fails the applicant
  if (oneKey) k = failsAwarded([codeOf(oneKey)], k, x);
  const out = select(
    [
      { e: col(APPLICANT, "t"), as: APPLICANT },
      { e: int(c.index), as: "clause" },
      { e: col(POSITION, "t"), as: POSITION },
      { e: col("item", "t"), as: "item" },
      { e: k, as: "code" },
      { e: x, as: "amount" },
      ...(ranged ? [{ e: low ? cast(low.sql, sqlType(low.t)) : NULL, as: "low" }] : []),
    ],
    table(name(n), "t"),
    {
      where: and(bin("<>", k, int(ABSENT)), {
        k: "not",
        e: and(bin("=", k, int(0)), bin("<=", x, literal(new Dec(0)).sql)),
      }),
    },
  );
  ctes.push({ name: `c${c.index}`, query: out });
  (ctx.stages ??= new Map()).set(c.clause.id, { clause: c, last: name(n), n, amount: last });
  let keys: SelectionKeys | null = null;
  if (keyColumns) {
    keys = { clause: c, name: name("sel"), num: keyColumns.num };
    ctes.push({ name: keys.name, query: selectionKeysQuery(c, name(n), keyColumns.columns) });
  }
  const schedule = payColumns ? { clause: c, name: name("pay"), shares: payColumns.shares } : null;
  if (schedule) ctes.push({ name: schedule.name, query: scheduleQuery(name(n), payColumns!.columns) });
  if (oneKey)
    ctes.push({ name: name("one"), query: selectionKeysQuery(c, name(n), [{ e: keyText(oneKey), as: "_one" }]) });
  return { ctes, out: `c${c.index}`, amount: last, keys, low: low?.t ?? null, schedule };
}
