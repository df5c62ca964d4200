import type { Expr } from "@subsidia/ir";
import { and, bin, caseWhen, cast, fn, int, not, type Sql } from "./ast.js";
import { SqlCompileError, sqlType } from "./numeric.js";
import type { Scope } from "./scope.js";
import { strictState, type Val } from "./value.js";

const part = (p: "YEAR" | "MONTH" | "DAY", e: Sql): Sql => ({ k: "datePart", part: p, e });

/**
 * `years between a and b`, `months …`, `days …` (`unitsBetween`): whole units counted by
 * anniversary, negative when b is earlier. From lo to hi (lo ≤ hi), with M the months between
 * their months: months = M − 1 when M > 0 and lo's day is after hi's, unless hi is its month's
 * last day (the anniversary ends there); years = M div 12 less 1 in the same case when M is whole
 * years (the anniversary falls in hi's month). Written with `EXTRACT` only, as every engine has.
 */
export function betweenValue(e: Extract<Expr, { k: "between" }>, compile: (x: Expr) => Val, s: Scope): Val {
  const from = compile(e.from);
  const to = compile(e.to);
  if (from.t.k !== "date" || to.t.k !== "date") throw new SqlCompileError(`expected two dates in \`${e.src}\``, s.path);
  const t = { int: 9, scale: 0 };
  const earlier = bin("<", to.v, from.v);
  const sign = (x: Sql) => caseWhen([[earlier, { k: "neg", e: x }]], x);
  if (e.unit === "days") {
    const v = cast({ k: "daysBetween", from: from.v, to: to.v }, sqlType(t));
    return { v, t: { k: "num", t }, st: strictState([from, to], null, 0) };
  }
  const lo = caseWhen([[earlier, to.v]], from.v);
  const hi = caseWhen([[earlier, from.v]], to.v);
  const months = bin(
    "+",
    bin("*", bin("-", part("YEAR", hi), part("YEAR", lo)), int(12)),
    bin("-", part("MONTH", hi), part("MONTH", lo)),
  );
  const monthEnd = bin("=", part("DAY", { k: "dateAdd", e: hi, n: 1, unit: "days" }), int(1));
  const short = and(bin(">", part("DAY", lo), part("DAY", hi)), not(monthEnd));
  const one = (when: Sql) => caseWhen([[when, int(1)]], int(0));
  const whole =
    e.unit === "months"
      ? bin("-", months, one(and(bin(">", months, int(0)), short)))
      : bin(
          "-",
          { k: "intDiv", n: months, d: int(12) },
          one(and(bin(">=", months, int(12)), bin("=", fn("MOD", months, int(12)), int(0)), short)),
        );
  return { v: cast(sign(whole), sqlType(t)), t: { k: "num", t }, st: strictState([from, to], null, 0) };
}
