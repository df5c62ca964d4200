/**
 * Exact money for the reference evaluator: a non-negative rational with bigint
 * numerator and denominator, read from decimal text, rounded once to whole cents
 * (half up). Shares nothing with the runtime (no decimal.js, no runtime module).
 */
export interface Q {
  n: bigint;
  d: bigint;
}

/** `"12345.678"`, or a JSON number as JavaScript prints it (`1e21` included). */
export function q(value: string | number): Q {
  const text = typeof value === "number" ? String(value) : value;
  const m = /^(\d+)(?:\.(\d+))?(?:e\+?(\d+))?$/i.exec(text);
  if (m === null) throw new Error(`not a non-negative decimal: ${text}`);
  const [, whole = "", fraction = "", exponent = "0"] = m;
  const scale = 10n ** BigInt(fraction.length);
  return { n: BigInt(whole + fraction) * 10n ** BigInt(exponent), d: scale };
}

export const yuan = (n: bigint): Q => ({ n, d: 1n });
export const percent = (p: bigint): Q => ({ n: p, d: 100n });

export const times = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
/** a ≥ b */
export const atLeast = (a: Q, b: Q): boolean => a.n * b.d >= b.n * a.d;
export const min = (a: Q, b: Q): Q => (atLeast(b, a) ? a : b);

/** Whole cents, half up (四舍五入): ⌊(100·n/d) + ½⌋ = ⌊(200n + d) / 2d⌋. */
export const cents = (a: Q): bigint => (200n * a.n + a.d) / (2n * a.d);

/** `"1234.50"` */
export function centsText(c: bigint): string {
  const s = c.toString().padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
