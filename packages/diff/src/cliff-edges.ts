import { Dec, type NotAwarded, type Result } from "@subsidia/runtime";

/** The relative misses reported: less than 1%, 5% and 10% short of the threshold. */
export const CLIFF_BANDS = ["0.01", "0.05", "0.1"] as const;

/** One clause: how many applicants it missed only by numeric thresholds, by how much. */
export interface CliffRow {
  article: number;
  clause: string;
  title: string;
  /** applicants with at least one item of the clause not paid because a condition is not met */
  notMet: number;
  /** of those, the applicants whose only reasons are numeric thresholds missed by less than each band */
  within: Record<(typeof CLIFF_BANDS)[number], number>;
}

export interface CliffSummary {
  applicants: number;
  clauses: CliffRow[];
}

/**
 * How far an entry is from paying, relative to its thresholds: the largest gap over its
 * threshold among its reasons; null when a reason is not a numeric threshold (an enum, a
 * boolean, an absent fact), since no small change of an amount would pay it.
 */
export function relativeMiss(n: NotAwarded): Dec | null {
  if (n.kind !== "not-met" || n.because.length === 0) return null;
  let worst = new Dec(0);
  for (const b of n.because) {
    if (b.gap === undefined || !/^-?\d+(\.\d+)?$/.test(b.actual)) return null;
    const gap = new Dec(b.gap);
    const over = b.expected.startsWith("<");
    const threshold = over ? new Dec(b.actual).minus(gap) : new Dec(b.actual).plus(gap);
    if (threshold.lte(0)) return null;
    const rel = gap.div(threshold);
    if (rel.gt(worst)) worst = rel;
  }
  return worst;
}

/**
 * The cliff-edge report over a population, one applicant at a time in constant memory: per
 * clause, how many applicants missed it by less than 1%, 5% and 10% of a threshold (each
 * applicant counted once per clause, by its nearest item). Results need `notAwarded`.
 */
export class CliffEdges {
  private applicants = 0;
  private readonly rows = new Map<string, CliffRow>();

  /** `order`: the policy's clause ids in document order, the order of the summary's rows */
  constructor(private readonly order: readonly string[] = []) {}

  add(r: Result): void {
    this.applicants++;
    const nearest = new Map<string, { n: NotAwarded; miss: Dec | null }>();
    for (const n of r.notAwarded ?? []) {
      if (n.kind !== "not-met") continue;
      const miss = relativeMiss(n);
      const had = nearest.get(n.clause);
      if (!had || (miss && (!had.miss || miss.lt(had.miss)))) nearest.set(n.clause, { n, miss });
    }
    for (const [clause, { n, miss }] of nearest) {
      let row = this.rows.get(clause);
      if (!row) {
        row = { article: n.article, clause, title: n.title, notMet: 0, within: { "0.01": 0, "0.05": 0, "0.1": 0 } };
        this.rows.set(clause, row);
      }
      row.notMet++;
      if (miss) for (const band of CLIFF_BANDS) if (miss.lt(band)) row.within[band]++;
    }
  }

  summary(): CliffSummary {
    const at = (c: string) => (this.order.includes(c) ? this.order.indexOf(c) : this.order.length);
    const clauses = [...this.rows.values()].sort((a, b) => a.article - b.article || at(a.clause) - at(b.clause));
    return { applicants: this.applicants, clauses };
  }
}
