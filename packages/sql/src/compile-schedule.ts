import type { Instalment } from "@subsidia/ir";
import { Dec, type ClausePlan, type Plan } from "@subsidia/plan";
import {
  and,
  bin,
  caseWhen,
  cast,
  col,
  type From,
  int,
  isNull,
  NULL,
  type Query,
  type Sql,
  type SqlType,
  str,
  table,
} from "./ast.js";
import { compileExpr, numOf, type Scope } from "./compile-expr.js";
import { canFail, keyText } from "./compile-select.js";
import { APPLICANT, POSITION } from "./layout.js";
import { addSub, literal, type Num, type NumType, SqlCompileError, sqlType, times } from "./numeric.js";
import { roundTo, written } from "./round.js";
import { codeOf, codeTest } from "./value.js";

/**
 * A payment schedule (`pay 30% on r.completed "项目竣工后", 70% on …`) in SQL, as the runtime's
 * `extras` and `instalments` compute it: per awarded item, each share and milestone date in the
 * clause's scope (a share not given or pending stops the item, a failure fails the applicant; a
 * date not known is awaited), then, from the final amount, each instalment rounded to the
 * policy's unit and the last the remainder; `payable` when its date is on or before the
 * application date, `scheduled` when later, `awaiting` when not known.
 */
export interface ScheduleKeys {
  clause: ClausePlan;
  /** the CTE: `applicant`, `position`, and per instalment i `_pay_share_i`, `_pay_text_i`, `_pay_due_i`, `_pay_status_i` */
  name: string;
  /** the type of each `_pay_share_i` */
  shares: NumType[];
}

/** The instalments' columns of a clause and the code they give an awarded item, compiled in its scope. */
export interface ScheduleColumns {
  columns: { e: Sql; as: string }[];
  shares: NumType[];
  /** the item's code after the schedule's values are read (`k` of an item awarded `x` > 0) */
  code(k: Sql, x: Sql): Sql;
}

/** The part of the instalments a row's place in its award (after the funding parts). */
export const INSTALMENT_PART = 1000;

export function scheduleColumns(schedule: readonly Instalment[], s: Scope): ScheduleColumns {
  const columns: { e: Sql; as: string }[] = [];
  const stops: [Sql, Sql][] = [];
  const shares: NumType[] = [];
  schedule.forEach((x, i) => {
    const share = compileExpr(x.share, s);
    const n = numOf(share, x.share, s);
    const sc = codeOf(share);
    const on = compileExpr(x.on, s);
    if (on.t.k !== "date") throw new SqlCompileError(`expected a date in \`${x.on.src}\``, s.path);
    const dc = codeOf(on);
    // needDecimal: a share not known stops the item; known(on): only a failure stops it
    if (!(sc.k === "int" && sc.value === 0)) stops.push([codeTest(sc, "<>", 0), sc]);
    if (canFail(on)) stops.push([codeTest(dc, "<", 0), dc]);
    const known = (c: Sql, v: Sql) => (c.k === "int" && c.value === 0 ? v : caseWhen([[codeTest(c, "=", 0), v]], NULL));
    const due = known(dc, on.v);
    const text = share.v.k === "num" && share.st.k === "known" ? str(new Dec(share.v.text).toFixed()) : keyText(share);
    const date = s.date;
    const payable = date ? bin("<=", due, date) : null;
    const status = caseWhen(
      [[isNull(due), str("awaiting")], ...(payable ? [[payable, str("payable")] as const] : [])],
      str("scheduled"),
    );
    columns.push(
      { e: cast(known(sc, n.sql), sqlType(n.t)), as: `_pay_share_${i}` },
      { e: text, as: `_pay_text_${i}` },
      { e: cast(due, { k: "date" }), as: `_pay_due_${i}` },
      { e: status, as: `_pay_status_${i}` },
    );
    shares.push(n.t);
  });
  const code = (k: Sql, x: Sql): Sql => {
    if (stops.length === 0) return k;
    const awarded = and(bin("=", k, int(0)), bin(">", x, literal(new Dec(0)).sql));
    return caseWhen([[awarded, caseWhen(stops, k)]], k);
  };
  return { columns, shares, code };
}

/** The CTE of a clause's instalment values, read from its last stage. */
export function scheduleQuery(last: string, columns: { e: Sql; as: string }[]): Query {
  return {
    k: "select",
    columns: [{ e: col(APPLICANT, "t"), as: APPLICANT }, { e: col(POSITION, "t"), as: POSITION }, ...columns],
    from: table(last, "t"),
  };
}

/** The instalments' amounts of an award of `amount` (`instalments`): each share rounded, the last the rest. */
function instalmentAmounts(amount: Num, keys: ScheduleKeys, plan: Plan): Num[] {
  const path = keys.clause.path;
  const unit = new Dec(plan.rounding.unit);
  const parts: Num[] = [];
  keys.shares.forEach((t, i) => {
    if (i === keys.shares.length - 1) return;
    const share: Num = { sql: col(`_pay_share_${i}`, "p"), t, overflow: null };
    const product = times(amount, share, path);
    if (product.overflow) throw new SqlCompileError("an instalment cannot be computed exactly in SQL", path);
    parts.push(roundTo(product, unit, plan.rounding.mode, path));
  });
  const given = parts.reduce<Num>((sum, p) => addSub("+", sum, p, path), literal(new Dec(0)));
  parts.push(addSub("-", amount, given, path));
  return parts.map((p) => written(p, path));
}

/** The join of the final items (`t`) with a clause's instalment values (`p`). */
const withSchedule = (from: From, keys: ScheduleKeys): From => ({
  k: "join",
  type: "INNER",
  left: from,
  right: table(keys.name, "p"),
  on: and(bin("=", col(APPLICANT, "p"), col(APPLICANT, "t")), bin("=", col(POSITION, "p"), col(POSITION, "t"))),
});

/** The columns a policy with a payment schedule adds, set on its `instalment` rows (`share` holds the share). */
export const SCHEDULE_COLUMNS: readonly { name: string; type: SqlType }[] = [
  { name: "milestone", type: { k: "text" } },
  { name: "due", type: { k: "date" } },
  { name: "status", type: { k: "text" } },
];

/**
 * An `instalment` row per instalment of each awarded item of a clause with a schedule, after
 * its funding parts (`part` from `INSTALMENT_PART`), from the items' final amount (before a
 * selection decides what is paid, as `limitRecords` leaves the instalments).
 */
export function instalmentRows(
  schedules: readonly ScheduleKeys[],
  amount: NumType,
  plan: Plan,
  make: (values: Partial<Record<string, Sql>>, join: (from: From) => From, where: Sql) => Query,
  head: Partial<Record<string, Sql>>,
): Query[] {
  const a: Num = { sql: col("amount", "t"), t: amount, overflow: null };
  return schedules.flatMap((keys) => {
    const parts = instalmentAmounts(a, keys, plan);
    const where = and(bin("=", col("clause", "t"), int(keys.clause.index)), bin("=", col("code", "t"), int(0)));
    return keys.clause.award!.schedule!.map((x, i) =>
      make(
        {
          ...head,
          kind: str("instalment"),
          part: int(INSTALMENT_PART + i + 1),
          amount: parts[i]!.sql,
          share: col(`_pay_text_${i}`, "p"),
          milestone: str(x.label),
          due: col(`_pay_due_${i}`, "p"),
          status: col(`_pay_status_${i}`, "p"),
        },
        (from) => withSchedule(from, keys),
        where,
      ),
    );
  });
}
