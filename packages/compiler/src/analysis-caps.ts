import { assertNever, type Clause, type Expr } from "@subsidia/ir";
import { boundsOf, constant, type Bound, type Params } from "./analysis-bounds.js";
import { cmp, div, max, min, mul, ONE, add, ZERO, yuan, type Q } from "./analysis-numbers.js";
import type { Report } from "./analysis-report.js";

/**
 * Caps against what the award can be: a cap above every amount the award can
 * reach never binds (A009); a cap below every amount always binds, so the
 * rate or amount written before it never matters (A010), which for `RATE of
 * BASE` with a threshold means the threshold is at or above the cap's knee
 * (A011, reported at the threshold).
 */

/** What one item's amount can be before the caps: `lo` and `hi` when known (`hi` undefined: no upper bound). */
interface Range {
  lo: Q | undefined;
  hi: Q | undefined;
}

/** A rate award's parts, to explain the knee. */
interface RateParts {
  rate: Q;
  factor: Q;
  threshold: Bound | undefined;
  base: Expr;
}

function awardRange(clause: Clause, params: Params): { range: Range; rate?: RateParts } | undefined {
  const a = clause.award;
  if (!a) return undefined;
  const constants = (es: readonly Expr[]): Range | undefined => {
    const values = es.map((e) => constant(e, params));
    if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
    return { lo: (values as Q[]).reduce(min), hi: (values as Q[]).reduce(max) };
  };
  switch (a.kind) {
    case "amount": {
      const range = constants([a.amount]);
      return range && { range };
    }
    case "tiers": {
      const range = constants(a.tiers.map((t) => t.amount));
      return range && { range };
    }
    case "lookup": {
      const range = constants([...a.cases.map((c) => c.amount), ...(a.otherwise ? [a.otherwise] : [])]);
      return range && { range };
    }
    case "rate": {
      const rate = constant(a.rate, params);
      if (!rate || cmp(rate, ZERO) <= 0) return undefined;
      const { lo, hi } = boundsOf(a.base, clause.conditions, params);
      // a fact read as money is never negative
      const fact = a.base.k === "fact" || a.base.k === "item";
      const low = lo ? (fact ? max(lo.value, ZERO) : lo.value) : fact ? ZERO : undefined;
      return {
        range: { lo: low && mul(rate, low), hi: hi && mul(rate, hi.value) },
        rate: { rate, factor: ONE, threshold: lo, base: a.base },
      };
    }
    default:
      return assertNever(a, "award kind");
  }
}

/** Uplifts before the cap raise the upper bound, and the lower one when they always apply. */
function withUplifts(
  clause: Clause,
  params: Params,
  r: { range: Range; rate?: RateParts },
): { range: Range; rate?: RateParts } {
  let { lo, hi } = r.range;
  let factor = r.rate?.factor ?? ONE;
  for (const u of clause.uplifts) {
    if (u.order !== "before-cap") continue;
    const rate = constant(u.rate, params);
    const f = rate && add(ONE, rate);
    if (!f || cmp(f, ONE) < 0) return { range: { lo: undefined, hi: undefined } };
    hi = hi && mul(hi, f);
    if (!u.when) {
      lo = lo && mul(lo, f);
      factor = mul(factor, f);
    }
  }
  return { range: { lo, hi }, ...(r.rate ? { rate: { ...r.rate, factor } } : {}) };
}

/** Reports caps that never or always bind; returns, per cap, whether it can bind (unknown counts as can). */
export function checkCaps(report: Report, clause: Clause, params: Params): boolean[] {
  const found = awardRange(clause, params);
  if (!found) return clause.caps.map(() => true);
  const { range, rate } = withUplifts(clause, params, found);
  let { lo, hi } = range;
  return clause.caps.map((cap) => {
    const c = constant(cap.amount, params);
    if (!c) {
      // a cap of unknown value keeps the upper bound but may lower any amount
      lo = undefined;
      return true;
    }
    const src = cap.amount.src;
    let binds = true;
    if (hi && cmp(hi, c) <= 0) {
      report(
        "A009",
        cap.span,
        `cap \`${src}\` never binds: the amount before it is at most \`${yuan(hi)}\`; expected a cap below \`${yuan(hi)}\`, or no cap`,
      );
      binds = false;
    } else if (lo && cmp(lo, c) >= 0) {
      const knee = rate?.threshold && div(c, mul(rate.rate, rate.factor));
      if (rate?.threshold && knee) {
        const cond = rate.threshold.from;
        report(
          "A011",
          cond.span,
          `\`${cond.src}\` is at or above the knee of the cap \`${src}\`: the award reaches the cap when \`${rate.base.src}\` is \`${yuan(knee)}\`, so every eligible item gets exactly \`${src}\`; expected a threshold below \`${yuan(knee)}\`, or a higher cap`,
        );
      } else {
        report(
          "A010",
          cap.span,
          `cap \`${src}\` always binds: the amount before it is at least \`${yuan(lo)}\`, so every item gets exactly \`${src}\`; expected a cap above \`${yuan(lo)}\`, or the amount \`${src}\` itself`,
        );
      }
    }
    lo = lo && min(lo, c);
    hi = hi ? min(hi, c) : c;
    return binds;
  });
}
