import type { AwardPlan, ClausePlan, StepPlan } from "@subsidia/plan";
import { Dec } from "@subsidia/plan";
import { and, bin, caseWhen, cast, col, type From, fn, int, type Query, select, type Sql, str, table } from "./ast.js";
import { overflowCode, type Stage } from "./compile-base.js";
import { compileExpr, type Ctx, numOf, type Scope } from "./compile-expr.js";
import { APPLICANT, listTable } from "./layout.js";
import { addSub, common, literal, type Num, type NumType, sqlType } from "./numeric.js";
import { ABSENT, codeOf, firstStop } from "./value.js";

/**
 * The awards history (`history.ts` of the runtime): the rows of the awards input's table
 * (`applicants_<input>`: clause, item, date, amount) that one clause paid, on or before the
 * applicant's date (every row without a validity window), summed per applicant (and per item
 * for the item's own steps), one sum per window of years (`h.all`: ever, `h.3`: on or after
 * the date 3 years back, `shiftDate`), with their count (`h.n`, for `once`).
 */

/** Digits a sum of one applicant's history may add to an amount's (up to a million rows). */
const SUM_DIGITS = 6;
const ALIAS = "h";

/** The column of the sum in a window: `h.all` (ever) or `h.3` (the last 3 years). */
const windowColumn = (years: number | null): string => `${ALIAS}.${years ?? "all"}`;
const COUNT = `${ALIAS}.n`;

/** The type of a history amount's column, and of a sum of them. */
function sumType(ctx: Ctx): NumType {
  const list = ctx.layout.lists.find((l) => l.input === ctx.plan.awardsInput);
  const amount = list?.columns.find((c) => c.name === "amount")?.num ?? { int: 20, scale: 4 };
  return { int: amount.int + SUM_DIGITS, scale: amount.scale };
}

/** The policy's date column in the `facts` CTE, null without a validity window (no date: every row counts). */
function dateColumn(ctx: Ctx, alias: string): Sql | null {
  const v = ctx.plan.validity;
  if (!v) return null;
  const c = ctx.layout.applicants.columns.find((x) => x.path.length === 1 && x.path[0] === v.dateInput);
  return c ? col(c.name, alias) : null;
}

/** The sums of one clause's history per applicant (and item): one column per window, and the count. */
function historySums(ctx: Ctx, clause: string, windows: readonly (number | null)[], byItem: boolean): Query {
  const t = sumType(ctx);
  const date = dateColumn(ctx, "f");
  const zero = literal(new Dec(0)).sql;
  const amount = col("amount", ALIAS);
  const sum = (years: number | null) => {
    const within =
      years === null || date === null
        ? amount
        : caseWhen(
            [[bin(">=", col("date", ALIAS), { k: "dateAdd", e: date, n: -12 * years, unit: "months" }), amount]],
            zero,
          );
    return { e: cast(fn("SUM", within), sqlType(t)), as: windowColumn(years) };
  };
  const from: From = {
    k: "join",
    type: "INNER",
    left: table(listTable(ctx.plan.awardsInput!), ALIAS),
    right: table("facts", "f"),
    on: bin("=", col(APPLICANT, "f"), col(APPLICANT, ALIAS)),
  };
  const keys = [col(APPLICANT, ALIAS), ...(byItem ? [col("item", ALIAS)] : [])];
  return select(
    [
      { e: col(APPLICANT, ALIAS), as: APPLICANT },
      ...(byItem ? [{ e: col("item", ALIAS), as: "item" }] : []),
      ...[...new Set(windows)].map(sum),
      { e: fn("COUNT", int(1)), as: COUNT },
    ],
    from,
    {
      where: and(bin("=", col("clause", ALIAS), str(clause)), ...(date ? [bin("<=", col("date", ALIAS), date)] : [])),
      groupBy: keys,
    },
  );
}

/** The windows of years a clause's own steps read (and `once`'s, ever), or null when none does. */
export function itemWindows(award: AwardPlan): (number | null)[] | null {
  const windows = award.steps.flatMap((st) =>
    st.kind === "less-received" ? [null] : st.kind === "history-cap" ? [st.years] : [],
  );
  if (award.once) windows.push(null);
  return windows.length > 0 ? windows : null;
}

/**
 * The history of a clause's items joined to its input (a LEFT JOIN on the applicant, and on the
 * item's id for a clause with `for each`: a row without an item, or with an empty one, matches none).
 */
export function joinHistory(
  from: From,
  c: ClausePlan,
  ctx: Ctx,
  windows: readonly (number | null)[],
  item: Sql | null,
): From {
  const query = historySums(ctx, c.clause.id, windows, item !== null);
  const on = and(
    bin("=", col(APPLICANT, ALIAS), col(APPLICANT, "f")),
    ...(item !== null ? [bin("=", col("item", ALIAS), item)] : []),
  );
  return { k: "join", type: "LEFT", left: from, right: { k: "sub", query, as: ALIAS }, on };
}

/** The columns the input of a clause carries from its history, for its stages (`t."h.all"`, …). */
export function historyColumns(windows: readonly (number | null)[]): { e: Sql; as: string }[] {
  return [...[...new Set(windows)].map(windowColumn), COUNT].map((name) => ({ e: col(name, ALIAS), as: name }));
}

/** What the history says in a window, 0 when it has no row (read in a stage, from `t`). */
function receivedIn(ctx: Ctx, years: number | null): Num {
  const t = sumType(ctx);
  return { sql: fn("COALESCE", col(windowColumn(years), "t"), literal(new Dec(0)).sql), t, overflow: null };
}

/** A window of years without a date to count back from (no validity window): unknown, as not given. */
const noDate = (ctx: Ctx, years: number | null): boolean => years !== null && !dateColumn(ctx, "f");

/** `less received`: the amount less what the clause paid the item ever, at least 0 (`lessReceivedBy`). */
export function lessReceived(prev: Stage, s: Scope): Stage {
  const diff = addSub("-", prev.x, receivedIn(s.ctx, null), s.path);
  const [x, zero] = common([diff, literal(new Dec(0))], s.path);
  const next: Num = { sql: caseWhen([[bin("<", x!.sql, zero!.sql), zero!.sql]], x!.sql), t: x!.t, overflow: null };
  return { code: firstStop([prev.code, overflowCode(x!, s)]), x: next };
}

/** A cap across years: the amount within the limit less what the window received, at least 0 (`historyCapBy`). */
export function historyCap(st: Extract<StepPlan, { kind: "history-cap" }>, prev: Stage, s: Scope): Stage {
  const limit = compileExpr(st.limit, s);
  const left = addSub("-", numOf(limit, st.limit, s), receivedIn(s.ctx, st.years), s.path);
  const [x, l, zero] = common([prev.x, left, literal(new Dec(0))], s.path);
  const kept = caseWhen([[bin("<", l!.sql, zero!.sql), zero!.sql]], l!.sql);
  const next: Num = { sql: caseWhen([[bin(">", x!.sql, kept), kept]], x!.sql), t: x!.t, overflow: null };
  const code = firstStop([
    prev.code,
    codeOf(limit),
    int(noDate(s.ctx, st.years) ? ABSENT : 0),
    overflowCode(x!, s),
    overflowCode(l!, s),
  ]);
  return { code, x: next };
}

/** `once` (`onceReason`): the conditions hold and the history has a row of the clause (the item): a zero item. */
export function onceHit(conditions: Sql): Sql {
  return and(bin("=", conditions, int(0)), bin(">", fn("COALESCE", col(COUNT, "t"), int(0)), int(0)));
}

/** After every stage: an item paid before is a zero item (code 0, amount 0), whatever its stages computed. */
export function onceStage(prev: Stage, t: NumType): Stage {
  const hit = col("_once", "t");
  const zero = literal(new Dec(0));
  return {
    code: caseWhen([[hit, int(0)]], prev.code),
    x: { sql: caseWhen([[hit, cast(zero.sql, sqlType(t))]], prev.x.sql), t, overflow: null },
  };
}

/** An aggregate cap across years: its limit less what the clause paid the applicant in the window. */
export function historyTaken(ctx: Ctx, agg: { history: { clause: string; years: number | null } | null }) {
  if (!agg.history) return null;
  const { clause, years } = agg.history;
  const query = historySums(ctx, clause, [years], false);
  const join = (from: From): From => ({
    k: "join",
    type: "LEFT",
    left: from,
    right: { k: "sub", query, as: ALIAS },
    on: bin("=", col(APPLICANT, ALIAS), col(APPLICANT, "f")),
  });
  const taken: Num = {
    sql: fn("COALESCE", col(windowColumn(years), ALIAS), literal(new Dec(0)).sql),
    t: sumType(ctx),
    overflow: null,
  };
  return { join, taken, absent: noDate(ctx, years) };
}
