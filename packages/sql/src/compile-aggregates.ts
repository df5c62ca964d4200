import { type AggregatePlan, Dec } from "@subsidia/plan";
import { and, bin, caseWhen, cast, col, fn, int, type Query, select, TRUE, table } from "./ast.js";
import { columnType, FACTS } from "./compile-clause.js";
import { compileExpr, type Ctx, numOf, OVERFLOW, type Scope } from "./compile-expr.js";
import { enumOf } from "./scope.js";
import { historyTaken } from "./compile-history.js";
import { APPLICANT, POSITION } from "./layout.js";
import { addSub, common, literal, type NumType, sqlType } from "./numeric.js";
import { ABSENT, codeOf, codeTest } from "./value.js";

/** The columns of the items relation: one row per item awarded (code 0), pending or failed. */
export const ITEM_COLUMNS = [APPLICANT, "clause", POSITION, "item", "phase", "code", "amount"] as const;

/** Digits a sum of one applicant's items may add to an item's (up to a million items). */
const SUM_DIGITS = 6;

/** A scope reading the facts table aliased `f`, with no item: an aggregate cap's limit. */
export function factsScope(ctx: Ctx, path: string): Scope {
  const fact = (path: readonly string[]) => {
    const c = ctx.layout.applicants.columns.find(
      (x) => x.path.length === path.length && x.path.every((p, i) => p === path[i]),
    );
    return c ? { sql: col(c.name, "f"), t: columnType(c), optional: c.optional, ...enumOf(c) } : null;
  };
  const v = ctx.plan.validity;
  return { ctx, path, fact, item: null, date: v ? (fact([v.dateInput])?.sql ?? null) : null };
}

/**
 * One aggregate cap (`applyAggregateCaps`, `capGroup`) over the items of the stage before: the
 * awarded items of its members, in order, get what remains of the limit after the items before
 * them (a window sum), and those left with nothing are dropped. An absent limit drops the
 * group; a pending one makes its items pending after all others (phase `1 + index`); a
 * failed one fails the applicant.
 */
export function aggregateStage(
  agg: AggregatePlan,
  index: number,
  from: string,
  amount: NumType,
  ctx: Ctx,
  low: NumType | null = null,
): { query: Query; amount: NumType } {
  const s = factsScope(ctx, "");
  const limit = compileExpr(agg.limit, s);
  const inGroup = and(
    bin("=", col("code", "t"), int(0)),
    agg.members.length === 1
      ? bin("=", col("clause", "t"), int(agg.members[0]!))
      : { k: "in", e: col("clause", "t"), values: agg.members.map(int) },
  );
  const sumType = { int: Math.min(amount.int + SUM_DIGITS, 38 - amount.scale), scale: amount.scale };
  const before = fn(
    "COALESCE",
    {
      k: "window",
      fn: "SUM",
      args: [caseWhen([[inGroup, col("amount", "t")]], literal(new Dec(0)).sql)],
      partition: [col(APPLICANT, "t")],
      order: [{ e: col("clause", "t") }, { e: col(POSITION, "t") }],
      frame: "before",
    },
    literal(new Dec(0)).sql,
  );
  const windowed = select([{ e: cast(before, sqlType(sumType)), as: "_before" }], table(from, "t"), { star: "t" });
  const d = { sql: col("amount", "t"), t: amount, overflow: null };
  // a cap across years: the limit less what the history says the clause paid in the window
  const history = historyTaken(ctx, agg);
  const left = history ? addSub("-", numOf(limit, agg.limit, s), history.taken, "") : numOf(limit, agg.limit, s);
  const rem = addSub("-", left, { sql: col("_before", "t"), t: sumType, overflow: null }, "");
  const [dc, rc] = common([d, rem], "");
  const zero = literal(new Dec(0)).sql;
  const out = { int: amount.int, scale: Math.max(amount.scale, rc!.t.scale) };
  const allotted = caseWhen(
    [
      [bin("<=", rc!.sql, zero), zero],
      [bin("<=", dc!.sql, rc!.sql), dc!.sql],
    ],
    rc!.sql,
  );
  const cl = codeOf(limit);
  const known = cl.k === "int" && cl.value === 0;
  const overflow = rem.overflow ?? dc!.overflow ?? rc!.overflow;
  const code = caseWhen(
    [
      ...(known ? [] : [[codeTest(cl, "<>", 0), cl] as const]),
      ...(history?.absent ? [[TRUE, int(ABSENT)] as const] : []),
      ...(overflow ? [[overflow, int(ctx.codes.error(OVERFLOW))] as const] : []),
      [bin("<=", rc!.sql, zero), int(ABSENT)],
    ],
    int(0),
  );
  const pending = known ? null : and(codeTest(cl, ">=", 2));
  const columns = [
    { e: col(APPLICANT, "t"), as: APPLICANT },
    { e: col("clause", "t"), as: "clause" },
    { e: col(POSITION, "t"), as: POSITION },
    { e: col("item", "t"), as: "item" },
    {
      e: pending ? caseWhen([[and(inGroup, pending), int(index + 1)]], col("phase", "t")) : col("phase", "t"),
      as: "phase",
    },
    { e: caseWhen([[inGroup, code]], col("code", "t")), as: "code" },
    { e: cast(caseWhen([[inGroup, allotted]], col("amount", "t")), sqlType(out)), as: "amount" },
  ];
  if (low) {
    // a range's low end is at most what the cap allots (`applyAggregateCaps`)
    const [l, a] = common(
      [
        { sql: col("low", "t"), t: low, overflow: null },
        { sql: allotted, t: out, overflow: null },
      ],
      "",
    );
    const least = caseWhen([[bin(">", l!.sql, a!.sql), a!.sql]], l!.sql);
    columns.push({ e: cast(caseWhen([[inGroup, least]], col("low", "t")), sqlType(low)), as: "low" });
  }
  const joined = {
    k: "join" as const,
    type: "INNER" as const,
    left: { k: "sub" as const, query: windowed, as: "t" },
    right: table(FACTS, "f"),
    on: bin("=", col(APPLICANT, "f"), col(APPLICANT, "t")),
  };
  return { query: select(columns, history ? history.join(joined) : joined), amount: out };
}
