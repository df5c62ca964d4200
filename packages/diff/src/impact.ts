import type { Policy } from "@subsidia/ir";
import { EvaluationError, evaluatePolicy, validateFacts, type NormalisedFacts, type Result } from "@subsidia/runtime";
import { showType } from "./diff-policy.js";
import {
  ApplicantTotals,
  LargestChanges,
  PerArticle,
  type Amounts,
  type ResultAmounts,
  type TotalsPart,
} from "./impact-parts.js";

/** Where an applicant came from: its line in the population file. */
export interface ApplicantRef {
  line: number;
}

export interface ArticleImpact {
  article: number;
  title: string;
  before: Amounts;
  after: Amounts;
  difference: Amounts;
}

export interface ApplicantChange {
  ref: ApplicantRef;
  before: Amounts;
  after: Amounts;
  difference: Amounts;
}

export interface ImpactSummary {
  /** applicants evaluated by both versions */
  applicants: number;
  /** lines that are not an applicant both versions accept: how many, and the first of them */
  skipped: { count: number; first: { ref: ApplicantRef; reason: string }[] };
  before: Amounts;
  after: Amounts;
  difference: Amounts;
  articles: ArticleImpact[];
  /** compared on the total due, then on the total with up-to ceilings */
  gain: number;
  lose: number;
  same: number;
  /** applicants with at least one pending item */
  pending: { before: number; after: number };
  largest: ApplicantChange[];
}

/**
 * What an `Impact` has added, as plain data (structured-cloneable, exact: sums as decimal text):
 * a worker thread adds its share of a population and the main thread merges the parts.
 */
export interface ImpactPart {
  totals: TotalsPart;
  articles: ReturnType<PerArticle["part"]>;
  largest: ReturnType<LargestChanges<ApplicantRef>["part"]>;
  skipped: { count: number; first: { ref: ApplicantRef; reason: string }[] };
}

export type Added = { ok: true; before: Result; after: Result } | { ok: false; reason: string };

const inputsKey = (p: Policy) => JSON.stringify(p.inputs.map((f) => [f.name, f.optional, showType(f.type)]));

/**
 * The budget impact of a change over a population, one applicant at a time: memory stays
 * constant (sums and the largest changes only), whatever the population's size.
 */
export class Impact {
  private readonly totals = new ApplicantTotals();
  private readonly articles: PerArticle;
  private readonly largest: LargestChanges<ApplicantRef>;
  private readonly sameInputs: boolean;
  private readonly keepSkipped: number;
  private skippedCount = 0;
  private readonly skippedFirst: { ref: ApplicantRef; reason: string }[] = [];

  constructor(
    private readonly before: Policy,
    private readonly after: Policy,
    opts: { top?: number; keepSkipped?: number } = {},
  ) {
    this.articles = new PerArticle(before, after);
    this.largest = new LargestChanges<ApplicantRef>(opts.top ?? 10);
    this.sameInputs = inputsKey(before) === inputsKey(after);
    this.keepSkipped = opts.keepSkipped ?? 20;
  }

  /** Counts a line that could not be read as an applicant (it is never dropped silently). */
  skip(ref: ApplicantRef, reason: string): void {
    this.skippedCount++;
    if (this.skippedFirst.length < this.keepSkipped) this.skippedFirst.push({ ref, reason });
  }

  private normalise(policy: Policy, facts: unknown, which: string): NormalisedFacts | string {
    // a fact that only the other version declares is not unknown
    const other = policy === this.before ? this.after : this.before;
    const v = validateFacts(policy, facts, { allowKeys: other.inputs });
    if (v.ok) return v.facts;
    const first = v.errors[0]!;
    return `invalid facts${this.sameInputs ? "" : ` for the ${which} version`}: ${first.path}: ${first.message}${v.errors.length > 1 ? ` (and ${v.errors.length - 1} more)` : ""}`;
  }

  /** Evaluates one applicant's plain JSON facts with both versions and adds it to the sums. */
  add(facts: unknown, ref: ApplicantRef): Added {
    const fb = this.normalise(this.before, facts, "old");
    const fa = typeof fb === "string" || this.sameInputs ? fb : this.normalise(this.after, facts, "new");
    if (typeof fb === "string" || typeof fa === "string")
      return this.reject(ref, typeof fb === "string" ? fb : (fa as string));
    let rb: Result, ra: Result;
    try {
      rb = evaluatePolicy(this.before, fb);
      ra = evaluatePolicy(this.after, fa);
    } catch (e) {
      if (!(e instanceof EvaluationError)) throw e;
      return this.reject(ref, `cannot evaluate: ${e.path}: ${e.message}`);
    }
    this.addResults(rb, ra, ref);
    return { ok: true, before: rb, after: ra };
  }

  /** Adds one applicant's results of both versions, however they were computed (the runtime, SQL). */
  addResults(before: ResultAmounts, after: ResultAmounts, ref: ApplicantRef): void {
    const change = this.totals.add(before, after);
    this.articles.add(before, after);
    if (change) this.largest.offer({ ref, ...change });
  }

  private reject(ref: ApplicantRef, reason: string): Added {
    this.skip(ref, reason);
    return { ok: false, reason };
  }

  /** Everything added so far, to be merged into another thread's `Impact` of the same two versions. */
  part(): ImpactPart {
    return {
      totals: this.totals.part(),
      articles: this.articles.part(),
      largest: this.largest.part(),
      skipped: { count: this.skippedCount, first: [...this.skippedFirst] },
    };
  }

  /**
   * Adds another `Impact`'s part. Parts merged in input order give the summary that adding their
   * applicants here one by one would give: the same sums, counts, first skipped lines and largest
   * changes (the earliest applicant winning ties).
   */
  merge(part: ImpactPart): void {
    this.totals.merge(part.totals);
    this.articles.merge(part.articles);
    this.largest.merge(part.largest);
    for (const s of part.skipped.first) if (this.skippedFirst.length < this.keepSkipped) this.skippedFirst.push(s);
    this.skippedCount += part.skipped.count;
  }

  summary(): ImpactSummary {
    const t = this.totals;
    return {
      applicants: t.count,
      skipped: { count: this.skippedCount, first: [...this.skippedFirst] },
      before: t.before.amounts(),
      after: t.after.amounts(),
      difference: t.after.minus(t.before),
      articles: this.articles.rows(),
      gain: t.gain,
      lose: t.lose,
      same: t.same,
      pending: { before: t.pendingBefore, after: t.pendingAfter },
      largest: this.largest.list(),
    };
  }
}
