/**
 * The hand-written baseline's facts reader: what a careful developer writes for this one
 * policy. Money becomes exact decimals; a fact of the wrong shape throws with its path.
 */
import { Decimal } from "decimal.js";

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = Decimal;

export class BadFacts extends Error {}

type Obj = Record<string, unknown>;
const bad = (path: string, what: string): never => {
  throw new BadFacts(`${path}: expected ${what}`);
};

function obj(v: unknown, path: string): Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : bad(path, "an object");
}

export function money(o: Obj, key: string, path: string): D;
export function money(o: Obj, key: string, path: string, optional: true): D | null;
export function money(o: Obj, key: string, path: string, optional = false): D | null {
  const v = o[key];
  if (v === undefined || v === null) return optional ? null : bad(`${path}.${key}`, "an amount");
  const text = typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v.trim() : null;
  if (text === null || !/^\d+(\.\d+)?$/.test(text)) return bad(`${path}.${key}`, "a non-negative amount");
  return new D(text);
}

export function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  return typeof v === "boolean" ? v : bad(`${path}.${key}`, "true or false");
}

export function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  return typeof v === "string" && (values as readonly string[]).includes(v)
    ? (v as T)
    : bad(`${path}.${key}`, `one of ${values.join(", ")}`);
}

export function text(o: Obj, key: string, path: string): string {
  const v = o[key];
  return typeof v === "string" ? v : bad(`${path}.${key}`, "a string");
}

export function integer(o: Obj, key: string, path: string, min: number, max: number): number {
  const v = o[key];
  const n = typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= min && n <= max
    ? n
    : bad(`${path}.${key}`, `an integer from ${min} to ${max}`);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function date(o: Obj, key: string, path: string): string {
  const v = o[key];
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return bad(`${path}${key}`, "a date YYYY-MM-DD");
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const max = mo === 2 && leap ? 29 : DAYS[mo - 1];
  return max !== undefined && d >= 1 && d <= max ? (v as string) : bad(`${path}${key}`, "a real date");
}

/** The records of a list fact, each read by `read`; an absent list is empty. */
export function list<T>(facts: Obj, key: string, read: (o: Obj, path: string) => T): T[] {
  const v = facts[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return bad(key, "a list");
  return v.map((x, i) => read(obj(x, `${key}[${i}]`), `${key}[${i}]`));
}

export { obj };
