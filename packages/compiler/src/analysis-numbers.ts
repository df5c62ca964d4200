/**
 * Exact rational numbers for the static checks (a rate times a threshold
 * against a cap, the knee of a cap as a cap divided by a rate). BigInt
 * numerator and denominator: no floating point touches an amount.
 */
export interface Q {
  readonly n: bigint;
  /** always > 0 */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

function make(n: bigint, d: bigint): Q {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** `"12.5"` → 25/2; undefined for text that is not a decimal. */
export function q(text: string): Q | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? "";
  return make(BigInt(`${m[1]}${m[2]}${frac}`), 10n ** BigInt(frac.length));
}

export const ZERO: Q = { n: 0n, d: 1n };
export const ONE: Q = { n: 1n, d: 1n };

export const add = (a: Q, b: Q): Q => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => make(a.n * b.n, a.d * b.d);
/** undefined when dividing by zero */
export const div = (a: Q, b: Q): Q | undefined => (b.n === 0n ? undefined : make(a.n * b.d, a.d * b.n));
export const neg = (a: Q): Q => ({ n: -a.n, d: a.d });

export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  const x = a.n * b.d - b.n * a.d;
  return x === 0n ? 0 : x < 0n ? -1 : 1;
}

export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);

/** An amount as drafters read it: `1000万元`, `3亿元`, `33333333.33元` (to the fen, rounded half up when inexact). */
export function yuan(a: Q): string {
  const fen = (a.n * 100n * 2n + (a.n < 0n ? -a.d : a.d)) / (2n * a.d);
  const whole = fen % 100n === 0n ? fen / 100n : undefined;
  if (whole !== undefined && whole !== 0n && whole % 100000000n === 0n) return `${whole / 100000000n}亿元`;
  if (whole !== undefined && whole !== 0n && whole % 10000n === 0n) return `${whole / 10000n}万元`;
  const abs = fen < 0n ? -fen : fen;
  const text = `${abs / 100n}${
    abs % 100n === 0n
      ? ""
      : `.${String(abs % 100n)
          .padStart(2, "0")
          .replace(/0$/, "")}`
  }`;
  return `${fen < 0n ? "-" : ""}${text}元`;
}
