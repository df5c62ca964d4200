import type { ClausePlan } from "@subsidia/plan";
import type { AwardDraft } from "../drafts.js";
import { Dec } from "../money.js";
import { pick, Unknown } from "../values.js";
import type { Scope } from "./emit-expr.js";
import { POW10, SAFE, unitsOf, yuanOfCents } from "./units.js";

/**
 * The integer fast path's values while code is generated. A number is held in generated code
 * as an integer `n` standing for n × 10^-`scale` (the scale fixed while generating), or as an
 * `Unk`; `max` bounds |n| (what the generator can prove, to leave out run-time checks that
 * cannot fail). Booleans and texts are held as the decimal code holds them.
 */
export interface FastNum {
  kind: "num";
  ref: string;
  scale: number;
  max: number;
  /** whether the value may be an `Unk` at run time */
  unk: boolean;
}

/** A boolean, a text or a date (or an `Unk`): the decimal code's own representation. */
export interface FastPlain {
  kind: "plain";
  ref: string;
}

export type FastVal = FastNum | FastPlain;

/** The largest scale the fast path uses: beyond it an item keeps the decimal code. */
export const MAX_SCALE = 15;

/** The scale a numeric fact is read at: a fact with more decimals falls back to decimals. */
export const FACT_SCALE: Readonly<Record<string, number>> = { money: 2, number: 4, integer: 0 };

/** Thrown while generating: this item has no integer form (it keeps the decimal code alone). */
export class NoFast extends Error {}

export interface FastScope extends Scope {
  /** the sentinel returned when a value does not fit: the caller runs the decimal code */
  slow: string;
}

/** Emits the check that `ref` is within ±SAFE (when `max` does not prove it) and returns the new bound. */
export function guard(ref: string, max: number, unk: boolean, s: FastScope, out: string[]): number {
  if (max <= SAFE) return max;
  const test = `(${ref} > ${SAFE} || ${ref} < -${SAFE})`;
  out.push(`if (${unk ? `typeof ${ref} === "number" && ` : ""}${test}) return ${s.slow};`);
  return SAFE;
}

/** The value at a larger scale (× 10^k), checked. */
export function rescale(v: FastNum, scale: number, s: FastScope, out: string[]): FastNum {
  if (scale === v.scale) return v;
  if (scale > MAX_SCALE) throw new NoFast("scale");
  const k = POW10[scale - v.scale]!;
  // a literal is rescaled while generating
  if (!v.unk && /^\(?-?\d+\)?$/.test(v.ref) && v.max * k <= SAFE) {
    const n = Number(v.ref.replace(/[()]/g, "")) * k;
    return { kind: "num", ref: n < 0 ? `(${n})` : String(n), scale, max: Math.abs(n), unk: false };
  }
  const t = s.src.temp();
  out.push(`const ${t} = ${v.unk ? `typeof ${v.ref} !== "number" ? ${v.ref} : ` : ""}${v.ref} * ${k};`);
  return { kind: "num", ref: t, scale, max: guard(t, v.max * k, v.unk, s, out), unk: v.unk };
}

/** A literal decimal as an integer at its own scale, or NoFast when it has none within the bounds. */
export function constantUnits(d: Dec): FastNum {
  const scale = Math.max(0, d.decimalPlaces());
  if (scale > MAX_SCALE) throw new NoFast("literal scale");
  const n = d.times(new Dec(10).pow(scale));
  if (!n.isInteger() || n.abs().gt(SAFE)) throw new NoFast("literal size");
  const value = n.toNumber();
  // a literal is a plain number in the source (not a name from the IR): `value` is an integer
  return { kind: "num", ref: value < 0 ? `(${value})` : String(value), scale, max: Math.abs(value), unk: false };
}

/** Of two operands of which one is unknown, the unknown the decimal operations return. */
export function unknownOf(l: unknown, r: unknown): Unknown {
  if (l instanceof Unknown) return r instanceof Unknown ? pick(l, r) : l;
  return r as Unknown;
}

/**
 * A numeric fact at `scale` as an integer: absent stays as it is (null, undefined), NaN when
 * the value does not fit (more decimals, beyond 10^15 units, not a plain decimal).
 */
export function readUnits(v: unknown, scale: number): unknown {
  return v === undefined || v === null ? v : unitsOf(v, scale);
}

/**
 * An award item computed on the fast path: its amount in cents, and as a decimal only when
 * the shared exclusions or aggregate caps read it.
 */
export class FastDraft implements AwardDraft {
  readonly steps = null;
  private decimal: Dec | undefined;
  constructor(
    readonly c: ClausePlan,
    readonly item: string | undefined,
    readonly cents: number,
  ) {}

  get amount(): Dec {
    this.decimal ??= new Dec(yuanOfCents(this.cents));
    return this.decimal;
  }
}
