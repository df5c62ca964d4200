import { Dec } from "@subsidia/plan";
import { and, bin, caseWhen, cast, decimal, fn, type Sql } from "./ast.js";

/**
 * Exact decimal arithmetic with declared precision. Every numeric SQL expression this package
 * writes has a static type: at most `int` digits before the point and `scale` after, and the
 * engine's type of the expression is exactly `DECIMAL(int + scale, scale)` (each result is
 * cast to it). Products and sums stay within 37 and 38 digits, the limits where DuckDB, Spark
 * and Trino still compute exactly (Spark adds a digit to a product's precision and would
 * otherwise drop decimals). Where the declared bounds would exceed them, the operands are
 * checked against narrower bounds at run time and the value overflows (an evaluation error
 * for that applicant) instead of losing a digit. Nothing is ever divided.
 */
export interface NumType {
  /** |value| < 10^int */
  int: number;
  /** value × 10^scale is an integer */
  scale: number;
}

export interface Num {
  sql: Sql;
  t: NumType;
  /** when true (operands known), the value does not fit the bounds: an evaluation error */
  overflow: Sql | null;
}

export const MAX_PRECISION = 38;
/** p1 + p2 of a product: Spark types it DECIMAL(p1 + p2 + 1, s1 + s2) */
const MAX_PRODUCT = 37;

export class SqlCompileError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = "SqlCompileError";
  }
}

export const precision = (t: NumType): number => Math.max(1, t.int + t.scale);
export const sqlType = (t: NumType) => decimal(precision(t), t.scale);

/** The type of a decimal value: its digits before and after the point. */
export function typeOfValue(v: Dec): NumType {
  const abs = v.abs();
  const int = abs.lt(1) ? 0 : abs.trunc().toFixed().length;
  return { int, scale: Math.max(0, v.decimalPlaces()) };
}

/** A decimal literal of exactly its own type. */
export function literal(v: Dec): Num {
  const t = typeOfValue(v);
  return { sql: { k: "num", text: v.toFixed(), p: precision(t), s: t.scale }, t, overflow: null };
}

export const power = (k: number): Dec => new Dec(10).pow(k);

/** The value cast to a type at least as wide: exact. */
export function widen(n: Num, t: NumType): Num {
  if (n.t.int === t.int && n.t.scale === t.scale) return n;
  if (n.sql.k === "num") return retype(n as Num & { sql: { k: "num" } }, t);
  return { sql: cast(n.sql, sqlType(t)), t, overflow: n.overflow };
}

/** A literal written with a wider type. */
function retype(n: Num & { sql: { k: "num" } }, t: NumType): Num {
  return { sql: { ...n.sql, p: precision(t), s: t.scale }, t, overflow: n.overflow };
}

const either = (a: Sql | null, b: Sql | null): Sql | null => (a && b ? bin("OR", a, b) : (a ?? b));

/** Narrows a value to `int` digits before the point: the check that it fits, and the narrowed value. */
function narrow(n: Num, int: number): { n: Num; fits: Sql | null } {
  if (n.t.int <= int) return { n, fits: null };
  const t = { int, scale: n.t.scale };
  const fits = bin("<", fn("ABS", n.sql), literal(power(int)).sql);
  return { n: { sql: cast(n.sql, sqlType(t)), t, overflow: n.overflow }, fits };
}

function guarded(sql: Sql, t: NumType, fits: (Sql | null)[], overflow: (Sql | null)[]): Num {
  const checks = fits.filter((f): f is Sql => f !== null);
  const over = overflow.reduce(either, null);
  if (checks.length === 0) return { sql, t, overflow: over };
  const ok = and(...checks);
  return { sql: caseWhen([[ok, sql]], null), t, overflow: either(over, { k: "not", e: ok }) };
}

/** The common type of several values, each cast to it (narrowed, with a check, past 38 digits). */
export function common(ns: readonly Num[], path: string): Num[] {
  const scale = Math.max(...ns.map((n) => n.t.scale));
  if (scale >= MAX_PRECISION) throw new SqlCompileError(`more than ${MAX_PRECISION - 1} decimal places`, path);
  const int = Math.min(Math.max(...ns.map((n) => n.t.int)), MAX_PRECISION - scale);
  return ns.map((n) => {
    const { n: m, fits } = narrow(n, int);
    const w = widen(m, { int, scale });
    return fits ? guarded(w.sql, w.t, [fits], [w.overflow]) : w;
  });
}

/** `a + b` or `a - b`, exact. */
export function addSub(op: "+" | "-", a: Num, b: Num, path: string): Num {
  const scale = Math.max(a.t.scale, b.t.scale);
  const int = Math.max(a.t.int, b.t.int) + 1;
  if (int + scale <= MAX_PRECISION) {
    const t = { int, scale };
    return { sql: cast(bin(op, a.sql, b.sql), sqlType(t)), t, overflow: either(a.overflow, b.overflow) };
  }
  const room = MAX_PRECISION - 1 - scale;
  if (room < 1) throw new SqlCompileError(`more than ${MAX_PRECISION - 2} decimal places`, path);
  const x = narrow(a, room);
  const y = narrow(b, room);
  const t = { int: room + 1, scale };
  return guarded(cast(bin(op, x.n.sql, y.n.sql), sqlType(t)), t, [x.fits, y.fits], [a.overflow, b.overflow]);
}

/** `a × b`, exact: the scales add up. */
export function times(a: Num, b: Num, path: string): Num {
  const scale = a.t.scale + b.t.scale;
  if (precision(a.t) + precision(b.t) <= MAX_PRODUCT) {
    const t = { int: a.t.int + b.t.int, scale };
    return { sql: cast(bin("*", a.sql, b.sql), sqlType(t)), t, overflow: either(a.overflow, b.overflow) };
  }
  const room = MAX_PRODUCT - scale;
  if (room < 2)
    throw new SqlCompileError(`a product with ${scale} decimal places cannot be computed exactly in SQL`, path);
  // give the narrower operand its own bound, the other the rest
  let ka: number;
  if (a.t.int <= room / 2) ka = a.t.int;
  else if (b.t.int <= room / 2) ka = room - b.t.int;
  else ka = Math.floor(room / 2);
  const x = narrow(a, Math.max(ka, 1));
  const y = narrow(b, Math.max(room - ka, 1));
  const t = { int: x.n.t.int + y.n.t.int, scale };
  return guarded(cast(bin("*", x.n.sql, y.n.sql), sqlType(t)), t, [x.fits, y.fits], [a.overflow, b.overflow]);
}

export function negate(a: Num): Num {
  return { sql: { k: "neg", e: a.sql }, t: a.t, overflow: a.overflow };
}

/** The reciprocal of a constant when it is a finite decimal (1/8 = 0.125), else null. */
export function reciprocal(c: Dec): Dec | null {
  if (c.isZero()) return null;
  const r = new Dec(1).div(c);
  // a finite reciprocal has at most as many places as 2^a 5^b needs: exact under the precision of 60
  return r.times(c).eq(1) && r.decimalPlaces() <= 30 ? r : null;
}
