/** A clause whose award can be drawn against a money base it reads (`30% of p.totalInvestment`). */
export interface CurveOption {
  clause: string;
  article: number;
  title?: string | undefined;
  /** the list the clause runs over, for a per-item clause */
  list?: string | undefined;
  /** the base as written: `p.totalInvestment` */
  base: string;
  /** the ids of the list's items in the current facts (one entry, `""`, for a clause without a list) */
  items: string[];
}

/** A point of a curve: base and award in yuan, as decimal strings; award null where it is pending. */
export type CurvePoint = [x: string, y: string | null];

export interface CurveSeries {
  label: string;
  /** true for the series of the current facts; the others show what a condition would change */
  current: boolean;
  points: CurvePoint[];
}

export interface CurveMark {
  /** yuan, decimal string */
  at: string;
  label: string;
}

/** An award curve: the award of one item against its base, with the clause's landmarks. */
export interface Curve {
  clause: string;
  article: number;
  item: string;
  base: string;
  /** the right end of the x axis, yuan */
  xMax: string;
  series: CurveSeries[];
  /** where a `when` on the base starts (or stops) the award, and tier boundaries */
  thresholds: CurveMark[];
  /** per item caps (y) */
  caps: CurveMark[];
  /** where the award reaches the lowest cap (x) */
  knee?: CurveMark | undefined;
  /** the uplifts, as written */
  uplifts: string[];
  /** the current facts: base and award of the item */
  current?: { x: string; y: string | null } | undefined;
}
