import type { Policy } from "@subsidia/ir";
import { type AwardForTotals, Dec, dueAndCeilingText, formatYuan, type Result } from "@subsidia/runtime";
import { ExactSum } from "./exact-sum.js";

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

/** An exact running pair of sums: due, and due plus up-to ceilings. */
export class Sums {
  private readonly due = new ExactSum();
  private readonly ceiling = new ExactSum();

  get total(): Dec {
    return this.due.value();
  }

  get upToTotal(): Dec {
    return this.ceiling.value();
  }

  addResult(r: Pick<Result, "total" | "upToTotal">): void {
    this.due.add(r.total);
    this.ceiling.add(r.upToTotal);
  }

  addAward(award: AwardForTotals): void {
    const { due, ceiling } = dueAndCeilingText(award);
    this.due.add(due);
    this.ceiling.add(ceiling);
  }

  amounts(): Amounts {
    return { total: formatYuan(this.total), upToTotal: formatYuan(this.upToTotal) };
  }

  /** The exact sums as text (every digit), to be added to another thread's `Sums` (`addExact`). */
  exact(): [string, string] {
    return [this.total.toFixed(), this.upToTotal.toFixed()];
  }

  addExact([total, upToTotal]: readonly [string, string]): void {
    this.due.add(total);
    this.ceiling.add(upToTotal);
  }

  minus(other: Sums): Amounts {
    return {
      total: formatYuan(this.total.minus(other.total)),
      upToTotal: formatYuan(this.upToTotal.minus(other.upToTotal)),
    };
  }
}

/** What one applicant's change adds to the largest changes: nothing when its amounts do not change. */
export type Change = { before: Amounts; after: Amounts; difference: Amounts; size: [Dec, Dec] } | null;

/** `ApplicantTotals` as plain data, to be merged into the totals of another thread. */
export interface TotalsPart {
  before: [string, string];
  after: [string, string];
  counts: [count: number, gain: number, lose: number, same: number, pendingBefore: number, pendingAfter: number];
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

  /**
   * Adds one applicant's two results; returns its amounts before and after and their difference,
   * or null when neither total changes.
   */
  add(rb: ResultAmounts, ra: ResultAmounts): Change {
    this.count++;
    this.before.addResult(rb);
    this.after.addResult(ra);
    if (rb.pending.length > 0) this.pendingBefore++;
    if (ra.pending.length > 0) this.pendingAfter++;
    // most applicants' totals do not change: the same texts are the same amounts (no decimal made)
    if (rb.total === ra.total && rb.upToTotal === ra.upToTotal) {
      this.same++;
      return null;
    }
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

  part(): TotalsPart {
    const { count, gain, lose, same, pendingBefore, pendingAfter } = this;
    return {
      before: this.before.exact(),
      after: this.after.exact(),
      counts: [count, gain, lose, same, pendingBefore, pendingAfter],
    };
  }

  merge(p: TotalsPart): void {
    this.before.addExact(p.before);
    this.after.addExact(p.after);
    this.count += p.counts[0];
    this.gain += p.counts[1];
    this.lose += p.counts[2];
    this.same += p.counts[3];
    this.pendingBefore += p.counts[4];
    this.pendingAfter += p.counts[5];
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

  /** Each article's exact sums, before and after, for `merge` in another thread. */
  part(): [article: number, before: [string, string], after: [string, string]][] {
    return [...this.sums].map(([n, s]) => [n, s.before.exact(), s.after.exact()]);
  }

  merge(part: ReturnType<PerArticle["part"]>): void {
    for (const [n, before, after] of part) {
      const s = this.sums.get(n);
      s?.before.addExact(before);
      s?.after.addExact(after);
    }
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

export interface Entry<R> {
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

  /** The entries kept, largest first, with their sizes as text (for `merge` in another thread). */
  part(): (Omit<Entry<R>, "size"> & { size: [string, string] })[] {
    return this.entries.map((e) => ({ ...e, size: [e.size[0].toFixed(), e.size[1].toFixed()] }));
  }

  /**
   * Offers another thread's entries, largest first. Merged in input order (the earlier part
   * first), the earliest applicant still wins ties, as when every applicant is offered here.
   */
  merge(part: ReturnType<LargestChanges<R>["part"]>): void {
    for (const e of part) this.offer({ ...e, size: [new Dec(e.size[0]), new Dec(e.size[1])] });
  }

  list(): { ref: R; before: Amounts; after: Amounts; difference: Amounts }[] {
    return this.entries.map(({ size: _size, ...rest }) => rest);
  }
}
