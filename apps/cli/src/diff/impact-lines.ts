import type { Policy } from "@subsidia/ir";
import { Impact, type ImpactPart, type ResultAmounts } from "@subsidia/diff";
import { compileAmounts, EvaluationError, type AmountsResult, type FactsValidation } from "@subsidia/runtime";
import { piecesLines } from "../batch/chunks.js";
import { type LinesIn, parseLine } from "../batch/evaluate-lines.js";
import type { FactsLimits } from "../facts-input.js";
import { needsKeys } from "./limited-impact.js";

/** One line of a population: both versions' amounts, or why it was skipped; blank lines are left out. */
export interface ImpactLine {
  line: number;
  before?: ResultAmounts;
  after?: ResultAmounts;
  reason?: string;
}

/**
 * What an impact worker sends back for a piece: how many lines it read, and either its lines'
 * amounts in order (`lines`: when a version has selections or budgets, decided over the whole
 * population at the end) or the piece already added up (`part`, with how many applicants it added).
 */
export type ImpactOut = { seq: number; count: number } & (
  | { lines: ImpactLine[] }
  | { part: ImpactPart; applicants: number }
);

/** A result's amounts; with `keys`, each award's clause, item and selection keys too (`LimitedImpact`). */
const amounts = (r: AmountsResult, keys: boolean): ResultAmounts => ({
  total: r.total,
  upToTotal: r.upToTotal,
  awards: keys ? r.awards : r.awards.map((a) => ({ article: a.article, amount: a.amount, basis: a.basis })),
  pending: r.pending.length > 0 ? [0] : [],
});

const shape = (p: Policy) => JSON.stringify(p.inputs, (k, v: unknown) => (k === "span" || k === "doc" ? undefined : v));

/**
 * The work of an impact worker: each line read once, then both versions' compiled evaluators
 * (facts normalised once when the versions declare the same inputs), and, for versions without
 * selections or budgets, the piece added up into an `Impact` of its own whose part the main
 * thread merges (the `top` largest changes kept). Reasons read as the diff package's `Impact.add`
 * writes them.
 */
export function impactEvaluator(
  before: Policy,
  after: Policy,
  limits: FactsLimits,
  top: number,
): (input: LinesIn) => ImpactOut {
  const [cb, ca] = [compileAmounts(before), compileAmounts(after)];
  const same = shape(before) === shape(after);
  const keys = needsKeys(before, after);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const invalid = (v: Extract<FactsValidation, { ok: false }>, which: string) => {
    const first = v.errors[0]!;
    const more = v.errors.length > 1 ? ` (and ${v.errors.length - 1} more)` : "";
    return `invalid facts${same ? "" : ` for the ${which} version`}: ${first.path}: ${first.message}${more}`;
  };
  const one = (facts: unknown): Omit<ImpactLine, "line"> => {
    const fb = cb.checkFacts(facts, { maxItems: limits.maxItems, allowKeys: after.inputs });
    if (!fb.ok) return { reason: invalid(fb, "old") };
    const fa = same ? fb : ca.checkFacts(facts, { maxItems: limits.maxItems, allowKeys: before.inputs });
    if (!fa.ok) return { reason: invalid(fa, "new") };
    try {
      return { before: amounts(cb.evaluate(fb.facts), keys), after: amounts(ca.evaluate(fa.facts), keys) };
    } catch (e) {
      if (!(e instanceof EvaluationError)) throw e;
      return { reason: `cannot evaluate: ${e.path}: ${e.message}` };
    }
  };
  return ({ seq, first, bytes }) => {
    const texts = piecesLines(decoder.decode(bytes));
    const lines: ImpactLine[] = [];
    // without selections or budgets a line's amounts are needed only in the sums: added up here
    const impact = keys ? null : new Impact(before, after, { top });
    let applicants = 0;
    texts.forEach((text, i) => {
      if (text.trim() === "") return;
      const parsed = parseLine(text, limits);
      const l = { line: first + i, ...(parsed.ok ? one(parsed.value) : { reason: parsed.message }) };
      if (!impact) lines.push(l);
      else if (l.reason !== undefined) impact.skip({ line: l.line }, l.reason);
      else {
        impact.addResults(l.before!, l.after!, { line: l.line });
        applicants++;
      }
    });
    return impact ? { seq, count: texts.length, part: impact.part(), applicants } : { seq, count: texts.length, lines };
  };
}
