import type { DateUnit } from "@subsidia/ir";

/**
 * Date arithmetic on ISO dates (`YYYY-MM-DD`), the same for every evaluator. Years and months
 * move the calendar and end on the month's last day when it is shorter (2024-02-29 + 1 years =
 * 2025-02-28); days are exact. Counts between two dates are whole units by anniversary.
 */

const parts = (d: string): [number, number, number] => d.split("-").map(Number) as [number, number, number];

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const dayNumber = (d: string): number => {
  const [y, m, day] = parts(d);
  return Date.UTC(y, m - 1, day) / 86_400_000;
};

/** `date + n unit` (n may be negative). */
export function shiftDate(date: string, n: number, unit: DateUnit): string {
  const [y, m, d] = parts(date);
  if (unit === "days") return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  const months = y * 12 + (m - 1) + (unit === "years" ? 12 * n : n);
  const ny = Math.floor(months / 12);
  const nm = (months % 12) + 1;
  return iso(ny, nm, Math.min(d, daysIn(ny, nm)));
}

/** Whole units from `from` to `to`: the largest n with `from + n unit` ≤ `to` (negative when `to` < `from`). */
export function unitsBetween(unit: DateUnit, from: string, to: string): number {
  if (to < from) return -unitsBetween(unit, to, from);
  if (unit === "days") return dayNumber(to) - dayNumber(from);
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let n = (ty - fy) * 12 + (tm - fm);
  if (unit === "years") n = Math.floor(n / 12);
  while (n > 0 && shiftDate(from, n, unit) > to) n--;
  return n;
}

/** The calendar year of a date. */
export const yearOf = (date: string): number => parts(date)[0];

/** True for a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = parts(text);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}
