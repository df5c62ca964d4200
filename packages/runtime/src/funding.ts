import type { FundingPlan } from "@subsidia/plan";
import { Dec, type Dec as D, formatYuan, type Rounding, roundTo, ZERO } from "./money.js";
import type { FundingPart, Step } from "./result.js";

/**
 * Splits an award among its payers by their shares: each part is rounded to the policy's
 * unit and the last payer gets the remainder, so the parts add up to the award exactly.
 */
export function splitFunding(amount: D, funding: FundingPlan, rounding: Rounding): FundingPart[] {
  const sum = new Dec(funding.total);
  let given = ZERO;
  return funding.payers.map((payer, i) => {
    const last = i === funding.payers.length - 1;
    const share = amount.times(new Dec(payer.share));
    const part = last
      ? amount.minus(given)
      : sum.isZero()
        ? ZERO
        : roundTo(share.div(sum), rounding.unit, rounding.mode);
    given = given.plus(part);
    return { payer: payer.name, share: payer.fraction, amount: formatYuan(part) };
  });
}

/** The explanation step of a split: `funded by province 1/2 = 3000.00, city 1/2 = 3000.00`. */
export function fundingStep(parts: readonly FundingPart[], funding: FundingPlan): Step {
  const text = `funded by ${parts.map((p) => `${p.payer} ${p.share} = ${p.amount}`).join(", ")}`;
  return { kind: "funding", text, span: funding.source.span };
}
