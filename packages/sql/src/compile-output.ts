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

/** A row of the result relation: the given columns, the others typed NULLs. */
function row(values: Partial<Record<string, Sql>>, from: From | null, where?: Sql): Query {
  const columns: Column[] = OUTPUT_COLUMNS.map((c) => ({ e: cast(values[c.name] ?? NULL, c.type), as: c.name }));
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
export function outputRows(items: string, amount: NumType, ctx: Ctx): OutputParts {
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
      t(items),
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
  const amountNum = (name: string): Num => ({ sql: col(name, "t"), t: amount, overflow: null });
  const w = written(amountNum("amount"), "");
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
            exact.length === 0 ? zero : caseWhen([[{ k: "in", e: col("clause", "t"), values: exact }, w.sql]], zero),
          ),
          as: "total",
        },
        { e: fn("SUM", w.sql), as: "up_to_total" },
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
    );
  const awards = item(
    "award",
    { amount: w.sql, basis: byClause(monetary, (c) => str(c.award!.basis)) },
    bin("=", col("code", "t"), int(0)),
  );
  const pending = item(
    "pending",
    { reason: byCode(codes.reasons, col("code", "t"), 2, 1) },
    bin(">=", col("code", "t"), int(2)),
  );
  const body: Query[] = [results, awards, pending, ...fundingRows(items, amount, ctx, ok, notFailed)];
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
      ),
      row(base, ok(table(items, "t")), where(bin(">=", col("code", "t"), int(2)))),
    );
  }
  return rows;
}

export { FALSE };
