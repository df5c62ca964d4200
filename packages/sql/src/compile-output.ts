import { Dec, type ClausePlan } from "@subsidia/plan";
import {
  and,
  bin,
  caseWhen,
  cast,
  col,
  type Column,
  decimal,
  FALSE,
  fn,
  type From,
  int,
  isNull,
  NULL,
  type Query,
  select,
  type Sql,
  type SqlType,
  str,
  table,
} from "./ast.js";
import { FACTS, IN_FORCE } from "./compile-clause.js";
import type { Ctx } from "./compile-expr.js";
import { fundingPart } from "./compile-funding.js";
import { APPLICANT, POSITION } from "./layout.js";
import { addSub, literal, type Num, type NumType, sqlType } from "./numeric.js";
import { written } from "./round.js";
import type { SelectionKeys } from "./compile-select.js";
import { awardRule, selectionStage } from "./compile-selection.js";
import { instalmentRows, SCHEDULE_COLUMNS, type ScheduleKeys } from "./compile-schedule.js";

/**
 * The result relation: one row per line of an applicant's result, ordered by `applicant`,
 * `seq`, `part`. `kind` is `result` (in force, date, totals), `award`, `pending`, `funding`
 * (a payer's part of the award or pending item with the same `seq`) or `error` (the
 * applicant cannot be evaluated: `clause` holds the path, `reason` the message).
 */
export const OUTPUT_COLUMNS: readonly { name: string; type: SqlType }[] = [
  { name: APPLICANT, type: { k: "bigint" } },
  { name: "kind", type: { k: "text" } },
  { name: "seq", type: { k: "bigint" } },
  { name: "part", type: { k: "integer" } },
  { name: "in_force", type: { k: "boolean" } },
  { name: "application_date", type: { k: "date" } },
  { name: "total", type: decimal(38, 2) },
  { name: "up_to_total", type: decimal(38, 2) },
  { name: "article", type: { k: "integer" } },
  { name: "clause", type: { k: "text" } },
  { name: "item", type: { k: "text" } },
  { name: "amount", type: decimal(38, 2) },
  { name: "basis", type: { k: "text" } },
  { name: "reason", type: { k: "text" } },
  { name: "payer", type: { k: "text" } },
  { name: "share", type: { k: "text" } },
];

/**
 * The columns a policy with a `select` adds, set on its award rows: the award's `selection`
 * (`rule`, the key `by` and category `per` as results write them, `not given` when unknown) and
 * what the population decided (`status`, `reason`, `rank` and `of` among the candidates), the
 * award's `amount` being what is paid and `computed` what the evaluation computed.
 */
export const SELECTION_COLUMNS: readonly { name: string; type: SqlType }[] = [
  { name: "selection_rule", type: { k: "text" } },
  { name: "selection_by", type: { k: "text" } },
  { name: "selection_per", type: { k: "text" } },
  { name: "population_status", type: { k: "text" } },
  { name: "population_reason", type: { k: "text" } },
  { name: "population_rank", type: { k: "bigint" } },
  { name: "population_of", type: { k: "bigint" } },
  { name: "computed", type: decimal(38, 2) },
];

/** With a range award (`award 5万元 to 10万元`): its low end on its award rows (`amount` is the high end). */
export const RANGE_COLUMNS: readonly { name: string; type: SqlType }[] = [{ name: "range_min", type: decimal(38, 2) }];

export interface Extras {
  selects: boolean;
  ranged: boolean;
  /** a payment schedule: `SCHEDULE_COLUMNS` */
  scheduled?: boolean;
}

/** The columns of the result relation of a policy: with `select` or a range, `SELECTION_COLUMNS`, `RANGE_COLUMNS`. */
export const outputColumns = (x: Extras) => [
  ...OUTPUT_COLUMNS,
  ...(x.selects ? SELECTION_COLUMNS : []),
  ...(x.ranged ? RANGE_COLUMNS : []),
  ...(x.scheduled ? SCHEDULE_COLUMNS : []),
];

/** A row of the result relation: the given columns, the others typed NULLs. */
function row(values: Partial<Record<string, Sql>>, from: From | null, where: Sql | undefined, x: Extras): Query {
  const columns: Column[] = outputColumns(x).map((c) => ({
    e: cast(values[c.name] ?? NULL, c.type),
    as: c.name,
  }));
  return select(columns, from, where ? { where } : {});
}

/** `CASE clause WHEN 0 THEN … END` over the clauses that have a value. */
function byClause(
  clauses: readonly ClausePlan[],
  value: (c: ClausePlan) => Sql | null,
  clause = col("clause", "t"),
): Sql {
  const whens = clauses.flatMap((c) => {
    const v = value(c);
    return v ? [[bin("=", clause, int(c.index)), v] as const] : [];
  });
  return caseWhen(whens, null);
}

const byCode = (texts: readonly string[], code: Sql, first: number, step: number) =>
  caseWhen(
    texts.map((t, i) => [bin("=", code, int(first + step * i)), str(t)] as const),
    null,
  );

/** `1 + phase·10¹² + clause·10⁹ + position`: the order of an applicant's items. */
const seqOf = (t: string) =>
  bin(
    "+",
    bin(
      "+",
      bin("+", int(1), bin("*", cast(col("phase", t), { k: "bigint" }), int(1_000_000_000_000))),
      bin("*", cast(col("clause", t), { k: "bigint" }), int(1_000_000_000)),
    ),
    cast(col(POSITION, t), { k: "bigint" }),
  );

export interface OutputParts {
  ctes: { name: string; query: Query }[];
  body: Query;
}

/**
 * The result rows from the final items (`writeResult`): the first failure of an applicant
 * replaces its result; awards with their amounts written to the cent (`formatYuan`) and split
 * among payers (`splitFunding`), pending items, and per applicant the totals of the written
 * amounts, by basis.
 */
export function outputRows(
  evaluated: string,
  amount: NumType,
  ctx: Ctx,
  keys: readonly SelectionKeys[] = [],
  low: NumType | null = null,
  schedules: readonly ScheduleKeys[] = [],
): OutputParts {
  const { plan, codes } = ctx;
  const monetary = plan.clauses.filter((c) => c.award);
  const ctes: { name: string; query: Query }[] = [];
  const canFail = codes.errors.length > 0;
  const t = (name: string) => table(name, "t");
  const ok = (from: From): From =>
    canFail
      ? {
          k: "join",
          type: "LEFT",
          left: from,
          right: table("failed", "x"),
          on: bin("=", col(APPLICANT, "x"), col(APPLICANT, "t")),
        }
      : from;
  const notFailed = canFail ? isNull(col(APPLICANT, "x")) : undefined;
  if (canFail) {
    const ranked = select(
      [
        {
          e: {
            k: "window",
            fn: "ROW_NUMBER",
            args: [],
            partition: [col(APPLICANT, "t")],
            order: [{ e: col("phase", "t") }, { e: col("clause", "t") }, { e: col(POSITION, "t") }],
            frame: null,
          },
          as: "_rank",
        },
      ],
      t(evaluated),
      { star: "t", where: bin("<", col("code", "t"), int(0)) },
    );
    ctes.push({
      name: "failed",
      query: select(
        [],
        { k: "sub", query: ranked, as: "t" },
        { star: "t", where: bin("=", col("_rank", "t"), int(1)) },
      ),
    });
  }
  const selects = keys.length > 0;
  const x: Extras = { selects, ranged: low !== null, scheduled: schedules.length > 0 };
  let items = evaluated;
  if (selects) {
    const stage = selectionStage(evaluated, keys, amount, canFail);
    ctes.push(...stage.ctes);
    items = stage.name;
  }
  const amountNum = (name: string): Num => ({ sql: col(name, "t"), t: amount, overflow: null });
  const w = written(amountNum("amount"), "");
  const paid = selects ? written(amountNum("_paid"), "") : w;
  const ranges = monetary.filter((c) => c.award!.low).map((c) => int(c.index));
  // a range's low end, written; 0 when the selection leaves the award out (`limitRecords`)
  const lowPaid = low
    ? caseWhen(
        [...(selects ? [[bin("=", col("_status", "t"), str("not selected")), literal(new Dec(0)).sql] as const] : [])],
        written({ sql: col("low", "t"), t: low, overflow: null }, "").sql,
      )
    : null;
  const exact = monetary.filter((c) => c.award!.basis === "exact").map((c) => int(c.index));
  const zero = literal(new Dec(0)).sql;
  ctes.push({
    name: "totals",
    query: select(
      [
        { e: col(APPLICANT, "t"), as: APPLICANT },
        {
          e: fn(
            "SUM",
            exact.length + ranges.length === 0
              ? zero
              : caseWhen(
                  [
                    ...(exact.length > 0
                      ? [[{ k: "in", e: col("clause", "t"), values: exact }, paid.sql] as const]
                      : []),
                    ...(lowPaid && ranges.length > 0
                      ? [[{ k: "in", e: col("clause", "t"), values: ranges }, lowPaid] as const]
                      : []),
                  ],
                  zero,
                ),
          ),
          as: "total",
        },
        { e: fn("SUM", paid.sql), as: "up_to_total" },
      ],
      t(items),
      { where: bin("=", col("code", "t"), int(0)), groupBy: [col(APPLICANT, "t")] },
    ),
  });
  const date = plan.validity ? col(plan.validity.dateInput, "t") : NULL;
  const results = row(
    {
      applicant: col(APPLICANT, "t"),
      kind: str("result"),
      seq: int(0),
      part: int(0),
      in_force: col(IN_FORCE, "t"),
      application_date: date,
      total: fn("COALESCE", col("total", "s"), zero),
      up_to_total: fn("COALESCE", col("up_to_total", "s"), zero),
    },
    ok({
      k: "join",
      type: "LEFT",
      left: t(FACTS),
      right: table("totals", "s"),
      on: bin("=", col(APPLICANT, "s"), col(APPLICANT, "t")),
    }),
    notFailed,
    x,
  );
  const item = (kind: string, extra: Partial<Record<string, Sql>>, where: Sql): Query =>
    row(
      {
        applicant: col(APPLICANT, "t"),
        kind: str(kind),
        seq: seqOf("t"),
        part: int(0),
        article: byClause(monetary, (c) => int(c.article.number)),
        clause: byClause(monetary, (c) => str(c.clause.id)),
        item: col("item", "t"),
        ...extra,
      },
      ok(t(items)),
      and(where, ...(notFailed ? [notFailed] : [])),
      x,
    );
  const awards = item(
    "award",
    {
      amount: paid.sql,
      basis: byClause(monetary, (c) => str(c.award!.basis)),
      ...(selects ? selectionValues(keys, w.sql) : {}),
      ...(lowPaid ? { range_min: byClause(monetary, (c) => (c.award!.low ? lowPaid : null)) } : {}),
    },
    bin("=", col("code", "t"), int(0)),
  );
  const pending = item(
    "pending",
    { reason: byCode(codes.reasons, col("code", "t"), 2, 1) },
    bin(">=", col("code", "t"), int(2)),
  );
  const body: Query[] = [results, awards, pending, ...fundingRows(items, amount, ctx, ok, notFailed, x)];
  const head = { applicant: col(APPLICANT, "t"), seq: seqOf("t") };
  const make = (v: Partial<Record<string, Sql>>, join: (f: From) => From, where: Sql) =>
    row(v, ok(join(t(items))), and(where, ...(notFailed ? [notFailed] : [])), x);
  body.push(...instalmentRows(schedules, amount, plan, make, head));
  if (canFail) {
    const path = caseWhen([[bin("=", col("phase", "t"), int(0)), byClause(monetary, (c) => str(c.path))]], str(""));
    body.push(
      row(
        {
          applicant: col(APPLICANT, "t"),
          kind: str("error"),
          seq: int(0),
          part: int(0),
          clause: path,
          reason: byCode(codes.errors, col("code", "t"), -1, -1),
        },
        t("failed"),
        undefined,
        x,
      ),
    );
  }
  return {
    ctes,
    body: { k: "union", queries: body, orderBy: [{ e: col(APPLICANT) }, { e: col("seq") }, { e: col("part") }] },
  };
}

/** A `funding` row per payer of each funded award (its part) and pending item (its share only). */
function fundingRows(
  items: string,
  amount: NumType,
  ctx: Ctx,
  ok: (f: From) => From,
  notFailed: Sql | undefined,
  x: Extras,
): Query[] {
  const funded = ctx.plan.clauses.filter((c) => c.award?.funding);
  if (funded.length === 0) return [];
  const most = Math.max(...funded.map((c) => c.award!.funding!.payers.length));
  const unit = new Dec(ctx.plan.rounding.unit);
  const mode = ctx.plan.rounding.mode;
  const d: Num = { sql: col("amount", "t"), t: amount, overflow: null };
  const partType = { int: amount.int + 1, scale: Math.max(amount.scale, unit.decimalPlaces()) };
  const parts = (c: ClausePlan): Num[] => {
    const f = c.award!.funding!;
    const out: Num[] = [];
    for (let i = 0; i < f.payers.length - 1; i++) out.push(fundingPart(d, f, i, unit, mode, c.path));
    const given = out.reduce<Num>((s, p) => addSub("+", s, p, c.path), literal(new Dec(0)));
    out.push(addSub("-", d, given, c.path));
    return out;
  };
  const rows: Query[] = [];
  for (let p = 0; p < most; p++) {
    const having = funded.filter((c) => c.award!.funding!.payers.length > p);
    const inClauses = { k: "in" as const, e: col("clause", "t"), values: having.map((c) => int(c.index)) };
    const partOf = byClause(having, (c) => cast(parts(c)[p]!.sql, sqlType(partType)));
    const base = {
      applicant: col(APPLICANT, "t"),
      kind: str("funding"),
      seq: seqOf("t"),
      part: int(p + 1),
      payer: byClause(having, (c) => str(c.award!.funding!.payers[p]!.name)),
      share: byClause(having, (c) => str(c.award!.funding!.payers[p]!.fraction)),
    };
    const where = (code: Sql) => and(inClauses, code, ...(notFailed ? [notFailed] : []));
    rows.push(
      row(
        { ...base, amount: written({ sql: partOf, t: partType, overflow: null }, "").sql },
        ok(table(items, "t")),
        where(bin("=", col("code", "t"), int(0))),
        x,
      ),
      row(base, ok(table(items, "t")), where(bin(">=", col("code", "t"), int(2))), x),
    );
  }
  return rows;
}

/** The selection columns of an award row (`SELECTION_COLUMNS`), from the selection stage's columns. */
function selectionValues(keys: readonly SelectionKeys[], computed: Sql): Partial<Record<string, Sql>> {
  const clauses = keys.map((k) => k.clause);
  const decided = isNull(col("_status", "t"), true);
  const candidate = bin("=", col("_cand", "t"), int(1));
  const given = (name: string) => fn("COALESCE", col(name, "t"), str("not given"));
  return {
    selection_rule: byClause(clauses, (c) => str(awardRule(c.award!.selection!))),
    selection_by: caseWhen([[decided, given("_sel_by")]], null),
    selection_per: byClause(clauses, (c) =>
      c.award!.selection!.per ? caseWhen([[decided, given("_sel_per")]], null) : null,
    ),
    population_status: col("_status", "t"),
    population_reason: col("_reason", "t"),
    population_rank: caseWhen([[and(decided, candidate), col("_rank", "t")]], null),
    population_of: caseWhen([[and(decided, candidate), col("_of", "t")]], null),
    computed: caseWhen([[decided, computed]], null),
  };
}

export { FALSE };
