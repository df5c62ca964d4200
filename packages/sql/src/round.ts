import { Dec, type RoundingMode } from "@subsidia/plan";
import { and, bin, caseWhen, cast, fn, int, or, type Sql } from "./ast.js";
import { addSub, literal, type Num, reciprocal, SqlCompileError, sqlType, times } from "./numeric.js";

const HALF = literal(new Dec("0.5")).sql;

/**
 * `x` rounded to a multiple of `unit` in the policy's mode, written out with `FLOOR` and a
 * comparison of the remainder (engines round decimals differently: DuckDB and PostgreSQL
 * half away from zero, Spark's `ROUND` half up and `BROUND` half even, Trino half up), so
 * that every engine gives decimal.js's result: `down` and `up` toward and away from zero,
 * ties away from zero (`half-up`) or to the even neighbour (`half-even`).
 */
export function roundTo(x: Num, unit: Dec, mode: RoundingMode, path: string): Num {
  const inverse = reciprocal(unit);
  if (!inverse)
    throw new SqlCompileError(
      `the rounding unit \`${unit.toFixed()}\` has no finite reciprocal: SQL cannot round to it exactly`,
      path,
    );
  const abs: Num = { sql: fn("ABS", x.sql), t: x.t, overflow: x.overflow };
  const y = times(abs, literal(inverse), path);
  const qt = { int: y.t.int + 1, scale: 0 };
  const q = cast(fn("FLOOR", y.sql), sqlType(qt));
  const r = cast(bin("-", y.sql, q), sqlType({ int: 1, scale: y.t.scale }));
  let up: Sql;
  switch (mode) {
    case "half-up":
      up = bin(">=", r, HALF);
      break;
    case "half-even":
      up = or(bin(">", r, HALF), and(bin("=", r, HALF), bin("=", fn("MOD", q, literal(new Dec(2)).sql), int(1))));
      break;
    case "down":
      up = { k: "bool", value: false };
      break;
    case "up":
      up = bin(">", r, literal(new Dec(0)).sql);
      break;
  }
  const steps: Num = { sql: q, t: qt, overflow: null };
  const next =
    up.k === "bool"
      ? steps
      : addSub(
          "+",
          steps,
          {
            sql: caseWhen([[up, literal(new Dec(1)).sql]], literal(new Dec(0)).sql),
            t: { int: 1, scale: 0 },
            overflow: null,
          },
          path,
        );
  const rounded = times(next, literal(unit), path);
  const signed = caseWhen([[bin("<", x.sql, literal(new Dec(0)).sql), { k: "neg", e: rounded.sql }]], rounded.sql);
  return { sql: signed, t: rounded.t, overflow: y.overflow ?? rounded.overflow };
}

/** An amount as results write it: yuan with two decimals, half up (`formatYuan`). */
export function written(x: Num, path: string): Num {
  if (x.t.scale <= 2)
    return {
      sql: cast(x.sql, sqlType({ int: x.t.int, scale: 2 })),
      t: { int: x.t.int, scale: 2 },
      overflow: x.overflow,
    };
  return roundTo(x, new Dec("0.01"), "half-up", path);
}
