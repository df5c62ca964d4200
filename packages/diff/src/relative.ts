import type { Clause, Expr, Policy } from "@subsidia/ir";
import { shiftDate, yearOf } from "@subsidia/plan";
import { Dec } from "@subsidia/runtime";
import { constValues } from "./constants.js";
import { slotOf, type SlotRef } from "./slots.js";

/**
 * Comparisons of two facts (`applicationDate <= firm.registered + 3 years`,
 * `firm.statsYear = year(firm.registered)`): their breakpoints, read with every date of the facts on
 * the search's default date, as `slot op value` for the fact on either side.
 */
export interface Relative {
  slot: SlotRef;
  op: Op;
  values: string[];
}

type Op = ">=" | ">" | "<=" | "<" | "=" | "!=";
const FLIP: Record<Op, Op> = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=", "!=": "!=" };

/** The values of an expression when every date fact it reads is `date`; null when it reads another fact. */
export function guess(e: Expr, policy: Policy, clause: Clause | null, date: string): string[] | null {
  if (e.k === "lit" && typeof e.value === "string" && e.type === "date") return [e.value];
  if (e.type === "date" && slotOf(e, clause)) return [date];
  const fixed = constValues(e, policy);
  if (fixed) return fixed.map((d) => d.toFixed());
  const sub = (x: Expr) => guess(x, policy, clause, date);
  if (e.k === "call" && e.fn === "year" && e.args.length === 1)
    return sub(e.args[0]!)?.map((d) => String(yearOf(d))) ?? null;
  if (e.k === "dateShift") return shifted(sub(e.date), e.op === "+" ? 1 : -1, e, policy);
  if (e.k === "arith" && (e.op === "+" || e.op === "-")) {
    const [l, r] = [sub(e.left), sub(e.right)];
    if (!l || !r) return null;
    return l.flatMap((a) => r.map((b) => (e.op === "+" ? new Dec(a).plus(b) : new Dec(a).minus(b)).toFixed()));
  }
  return null;
}

function shifted(
  dates: string[] | null,
  sign: 1 | -1,
  e: Extract<Expr, { k: "dateShift" }>,
  policy: Policy,
): string[] | null {
  const counts = constValues(e.count, policy);
  if (!dates || !counts) return null;
  return dates.flatMap((d) => counts.map((n) => shiftDate(d, sign * n.toNumber(), e.unit)));
}

/**
 * What a comparison of facts says about each side's fact (D the default date): `a <= b + 3 years` gives
 * a ≤ D + 3 years and b ≥ D − 3 years.
 */
export function relatives(
  e: Extract<Expr, { k: "cmp" }>,
  policy: Policy,
  clause: Clause | null,
  date: string,
): Relative[] {
  const out: Relative[] = [];
  const sides: [Expr, Expr, Op][] = [
    [e.left, e.right, e.op],
    [e.right, e.left, FLIP[e.op]],
  ];
  for (const [here, there, op] of sides) {
    const values = guess(there, policy, clause, date);
    if (!values) continue;
    const slot = slotOf(here, clause);
    if (slot) out.push({ slot, op, values });
    // `x + 3 years op v` holds as `x op v - 3 years`
    const inner = here.k === "dateShift" ? slotOf(here.date, clause) : null;
    if (here.k === "dateShift" && inner) {
      const back = shifted(values, here.op === "+" ? -1 : 1, here, policy);
      if (back) out.push({ slot: inner, op, values: back });
    }
  }
  return out;
}
