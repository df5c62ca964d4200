import type { Policy } from "@subsidia/ir";
import { type AwardForTotals, Dec, dueAndCeiling, formatYuan, type Result } from "@subsidia/runtime";

/** What the impact reads of a result, however it was computed (the runtime, the compiled evaluator, SQL). */
export type ResultAmounts = Pick<Result, "total" | "upToTotal"> & {
  awards: readonly (Pick<Result["awards"][number], "article"> & AwardForTotals)[];
  pending: readonly unknown[];
};

/** Yuan with two decimals: the total due and the total with up-to ceilings. */
export interface Amounts {
  total: string;
  upToTotal: string;
}

const ZERO = new Dec(0);

/** An exact running pair of sums: due, and due plus up-to ceilings. */
export class Sums {
  constructor(
    public total: Dec = ZERO,
    public upToTotal: Dec = ZERO,
  ) {}

  addResult(r: Pick<Result, "total" | "upToTotal">): void {
    this.total = this.total.plus(r.total);
    this.upToTotal = this.upToTotal.plus(r.upToTotal);
  }

  addAward(award: AwardForTotals): void {
    const { due, ceiling } = dueAndCeiling(award);
    this.total = this.total.plus(due);
    this.upToTotal = this.upToTotal.plus(ceiling);
  }

  amounts(): Amounts {
    return { total: formatYuan(this.total), upToTotal: formatYuan(this.upToTotal) };
  }

  minus(other: Sums): Amounts {
    return {
      total: formatYuan(this.total.minus(other.total)),
      upToTotal: formatYuan(this.upToTotal.minus(other.upToTotal)),
    };
  }
}

/** Totals over the population, and who gains, loses or stays the same. */
export class ApplicantTotals {
  readonly before = new Sums();
  readonly after = new Sums();
  count = 0;
  gain = 0;
  lose = 0;
  same = 0;
  pendingBefore = 0;
  pendingAfter = 0;

  /** Adds one applicant's two results; returns its amounts before and after and their difference. */
  add(
    rb: ResultAmounts,
    ra: ResultAmounts,
  ): { before: Amounts; after: Amounts; difference: Amounts; size: [Dec, Dec] } {
    this.count++;
    this.before.addResult(rb);
    this.after.addResult(ra);
    if (rb.pending.length > 0) this.pendingBefore++;
    if (ra.pending.length > 0) this.pendingAfter++;
    const dTotal = new Dec(ra.total).minus(rb.total);
    const dUpTo = new Dec(ra.upToTotal).minus(rb.upToTotal);
    const sign = dTotal.isZero() ? dUpTo.cmp(0) : dTotal.cmp(0);
    if (sign > 0) this.gain++;
    else if (sign < 0) this.lose++;
    else this.same++;
    return {
      before: { total: rb.total, upToTotal: rb.upToTotal },
      after: { total: ra.total, upToTotal: ra.upToTotal },
      difference: { total: formatYuan(dTotal), upToTotal: formatYuan(dUpTo) },
      size: [dTotal.abs(), dUpTo.abs()],
    };
  }
}

/** Sums per article, before and after, for every article of either version. */
export class PerArticle {
  private readonly sums = new Map<number, { title: string; before: Sums; after: Sums }>();

  constructor(before: Policy, after: Policy) {
    const numbers = [...new Set([...before.articles, ...after.articles].map((a) => a.number))].sort((x, y) => x - y);
    for (const n of numbers) {
      const title = (after.articles.find((a) => a.number === n) ?? before.articles.find((a) => a.number === n))!.title;
      this.sums.set(n, { title, before: new Sums(), after: new Sums() });
    }
  }

  add(rb: ResultAmounts, ra: ResultAmounts): void {
    for (const a of rb.awards) this.sums.get(a.article)?.before.addAward(a);
    for (const a of ra.awards) this.sums.get(a.article)?.after.addAward(a);
  }

  rows(): { article: number; title: string; before: Amounts; after: Amounts; difference: Amounts }[] {
    return [...this.sums].map(([article, s]) => ({
      article,
      title: s.title,
      before: s.before.amounts(),
      after: s.after.amounts(),
      difference: s.after.minus(s.before),
    }));
  }
}

interface Entry<R> {
  ref: R;
  before: Amounts;
  after: Amounts;
  difference: Amounts;
  size: [Dec, Dec];
}

const larger = (a: [Dec, Dec], b: [Dec, Dec]) => a[0].gt(b[0]) || (a[0].eq(b[0]) && a[1].gt(b[1]));

/** The `top` applicants whose amounts change most (due first, then up-to); the earliest wins ties. */
export class LargestChanges<R = unknown> {
  private readonly entries: Entry<R>[] = [];

  constructor(private readonly top: number) {}

  offer(e: Entry<R>): void {
    if (e.size[0].isZero() && e.size[1].isZero()) return;
    if (this.entries.length >= this.top && !larger(e.size, this.entries.at(-1)!.size)) return;
    let i = this.entries.length;
    while (i > 0 && larger(e.size, this.entries[i - 1]!.size)) i--;
    this.entries.splice(i, 0, e);
    if (this.entries.length > this.top) this.entries.pop();
  }

  list(): { ref: R; before: Amounts; after: Amounts; difference: Amounts }[] {
    return this.entries.map(({ size: _size, ...rest }) => rest);
  }
}
