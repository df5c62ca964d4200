import { Dec, type FundingPlan, type RoundingMode } from "@subsidia/plan";
import { and, bin, caseWhen, cast, fn, int, type Sql } from "./ast.js";
import { addSub, literal, type Num, reciprocal, sqlType, times } from "./numeric.js";
import { roundTo } from "./round.js";

/**
 * A payer's part of an award before the last payer (`splitFunding`): amount × share / total,
 * rounded to the policy's unit in its mode. When 1/total is a finite decimal this is a
 * product; otherwise the rounding is done on integers, with an exact integer quotient and
 * its remainder, so that nothing is divided in decimal.
 */
export function fundingPart(
  amount: Num,
  funding: FundingPlan,
  payer: number,
  unit: Dec,
  mode: RoundingMode,
  path: string,
): Num {
  const total = new Dec(funding.total);
  const share = new Dec(funding.payers[payer]!.share);
  if (total.isZero()) return literal(new Dec(0));
  const inverse = reciprocal(total);
  if (inverse) return roundTo(times(amount, literal(share.times(inverse)), path), unit, mode, path);
  // v / unit = (amount × share) / (total × unit) = n / d on integers scaled by 10^k
  const a = times(amount, literal(share), path);
  const b = total.times(unit);
  const k = Math.max(a.t.scale, b.decimalPlaces());
  const scaled = times(a, literal(new Dec(10).pow(k)), path);
  const nt = { int: scaled.t.int + k, scale: 0 };
  const n = cast(scaled.sql, sqlType(nt));
  const d = b.times(new Dec(10).pow(k));
  const dSql = literal(d).sql;
  const q = { k: "intDiv" as const, n, d: dSql };
  const r = bin("-", n, bin("*", q, dSql));
  const twice = bin("*", literal(new Dec(2)).sql, r);
  let up: Sql;
  switch (mode) {
    case "half-up":
      up = bin(">=", twice, dSql);
      break;
    case "half-even":
      up = bin(
        "OR",
        bin(">", twice, dSql),
        and(bin("=", twice, dSql), bin("=", fn("MOD", q, literal(new Dec(2)).sql), int(1))),
      );
      break;
    case "down":
      up = { k: "bool", value: false };
      break;
    case "up":
      up = bin(">", r, literal(new Dec(0)).sql);
      break;
  }
  const steps = addSub(
    "+",
    { sql: q, t: { int: nt.int, scale: 0 }, overflow: null },
    {
      sql: caseWhen([[up, literal(new Dec(1)).sql]], literal(new Dec(0)).sql),
      t: { int: 1, scale: 0 },
      overflow: null,
    },
    path,
  );
  return times(steps, literal(unit), path);
}
