import type { Expr } from "@subsidia/ir";
import { Dec, type ClausePlan } from "@subsidia/plan";
import { and, bin, caseWhen, cast, col, type From, fn, int, type Query, select, type Sql, table } from "./ast.js";
import { APPLICANT, POSITION } from "./layout.js";
import { literal, type NumType, SqlCompileError, sqlType } from "./numeric.js";
import { stateOf, type Val } from "./value.js";

/** What a compiled clause leaves for `award of` it: its last stage, with `_k{n}` and `_x{n}`. */
export interface ClauseStages {
  clause: ClausePlan;
  last: string;
  n: number;
  amount: NumType;
}

/** One `award of X` read by a clause: the CTE of X's values it joins to its input. */
export interface AwardRef {
  alias: string;
  name: string;
  query: Query;
  /** per item (X over the same list) or the sum per applicant */
  byItem: boolean;
  type: NumType;
}

/** Digits a sum of one applicant's items may add to an item's (as aggregate caps allow). */
const SUM_DIGITS = 6;

/**
 * `award of X` (`ClauseAmounts`): X's amount after its own steps, 0 when not eligible or 0,
 * pending with X's reason when pending; per item when X and the reading clause run over the
 * same list (matched by item id, the last item of an id as the runtime's map keeps it), else
 * the sum of X's items per applicant, pending when one is (the first in list order).
 */
export function awardRef(
  e: Extract<Expr, { k: "awardOf" }>,
  from: ClausePlan,
  compiled: ReadonlyMap<string, ClauseStages>,
  path: string,
): AwardRef {
  const x = compiled.get(e.clause);
  if (!x) throw new SqlCompileError(`\`${e.src}\` reads a clause that is not evaluated before it`, path);
  const { last, n } = x;
  const k = col(`_k${n}`, "t");
  const amount = col(`_x${n}`, "t");
  const zero = literal(new Dec(0)).sql;
  const value = caseWhen([[and(bin("=", k, int(0)), bin(">", amount, zero)), amount]], zero);
  const pendingCode = caseWhen([[bin(">=", k, int(2)), k]], int(0));
  const byItem = from.forEach !== null && x.clause.forEach !== null && x.clause.forEach.list === from.forEach.list;
  const alias = `aw${x.clause.index}`;
  const name = `c${from.index}_${alias}`;
  if (byItem) {
    const ranked = select(
      [
        { e: col(APPLICANT, "t"), as: APPLICANT },
        { e: col("item", "t"), as: "item" },
        { e: cast(value, sqlType(x.amount)), as: "v" },
        { e: pendingCode, as: "k" },
        {
          e: {
            k: "window",
            fn: "ROW_NUMBER",
            args: [],
            partition: [col(APPLICANT, "t"), col("item", "t")],
            order: [{ e: col(POSITION, "t"), desc: true }],
            frame: null,
          },
          as: "_last",
        },
      ],
      table(last, "t"),
    );
    const query = select(
      [],
      { k: "sub", query: ranked, as: "t" },
      { star: "t", where: bin("=", col("_last", "t"), int(1)) },
    );
    return { alias, name, query, byItem, type: x.amount };
  }
  const type = { int: Math.min(x.amount.int + SUM_DIGITS, 38 - x.amount.scale), scale: x.amount.scale };
  // the first pending item in list order gives the sum's reason
  const firstPending = {
    k: "window" as const,
    fn: "ROW_NUMBER" as const,
    args: [],
    partition: [col(APPLICANT, "t")],
    order: [{ e: caseWhen([[bin(">=", k, int(2)), int(0)]], int(1)) }, { e: col(POSITION, "t") }],
    frame: null,
  };
  const rows = select(
    [
      { e: col(APPLICANT, "t"), as: APPLICANT },
      { e: cast(value, sqlType(x.amount)), as: "v" },
      { e: pendingCode, as: "k" },
      { e: firstPending, as: "_first" },
    ],
    table(last, "t"),
  );
  const query = select(
    [
      { e: col(APPLICANT, "t"), as: APPLICANT },
      { e: cast(fn("SUM", col("v", "t")), sqlType(type)), as: "v" },
      { e: fn("MAX", caseWhen([[bin("=", col("_first", "t"), int(1)), col("k", "t")]], int(0))), as: "k" },
    ],
    { k: "sub", query: rows, as: "t" },
    { groupBy: [col(APPLICANT, "t")] },
  );
  return { alias, name, query, byItem, type };
}

/** The value of a reference in the reading clause's stages: the input's `aw….v`, its code `aw….k`. */
export function awardValue(ref: AwardRef): Val {
  const code: Sql = col(`${ref.alias}.k`, "t");
  return { v: col(`${ref.alias}.v`, "t"), t: { k: "num", t: ref.type }, st: stateOf(code) };
}

/** The input joined to a reference's CTE: by applicant (and item id, per item). */
export function joinRef(from: From, ref: AwardRef, item: Sql | null): From {
  const on = and(
    bin("=", col(APPLICANT, ref.alias), col(APPLICANT, "f")),
    ...(ref.byItem && item ? [bin("=", col("item", ref.alias), item)] : []),
  );
  return { k: "join", type: "LEFT", left: from, right: table(ref.name, ref.alias), on };
}

/** The input's columns of a reference: a missing row (no item of X) reads 0, known. */
export function refColumns(ref: AwardRef): { e: Sql; as: string }[] {
  const zero = literal(new Dec(0)).sql;
  return [
    { e: cast(fn("COALESCE", col("v", ref.alias), zero), sqlType(ref.type)), as: `${ref.alias}.v` },
    { e: fn("COALESCE", col("k", ref.alias), int(0)), as: `${ref.alias}.k` },
  ];
}
