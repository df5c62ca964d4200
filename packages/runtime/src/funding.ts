import type { Funding } from "@subsidia/ir";
import { Dec, formatYuan, roundTo, ZERO, type Dec as D, type Rounding } from "./money.js";
import type { FundingPart, Step } from "./result.js";

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Each payer's share as a fraction of the whole: `1/2`; integer shares are reduced to lowest terms. */
export function shareTexts(funding: Funding): string[] {
  const shares = funding.payers.map((p) => new Dec(p.share));
  const sum = shares.reduce((s, x) => s.plus(x), ZERO);
  return shares.map((share) => {
    if (share.isInteger() && sum.isInteger() && !sum.isZero()) {
      const n = BigInt(share.toFixed());
      const d = BigInt(sum.toFixed());
      const g = gcd(n, d) || 1n;
      return `${n / g}/${d / g}`;
    }
    return `${share.toFixed()}/${sum.toFixed()}`;
  });
}

/**
 * Splits an award among its payers by their shares: each part is rounded to the policy's
 * unit and the last payer gets the remainder, so the parts add up to the award exactly.
 */
export function splitFunding(amount: D, funding: Funding, rounding: Rounding): { parts: FundingPart[]; step: Step } {
  const shares = funding.payers.map((p) => new Dec(p.share));
  const sum = shares.reduce((s, x) => s.plus(x), ZERO);
  const texts = shareTexts(funding);
  let given = ZERO;
  const parts = funding.payers.map((payer, i) => {
    const last = i === funding.payers.length - 1;
    const part = last
      ? amount.minus(given)
      : sum.isZero()
        ? ZERO
        : roundTo(amount.times(shares[i]!).div(sum), rounding.unit, rounding.mode);
    given = given.plus(part);
    return { payer: payer.name, share: texts[i]!, amount: formatYuan(part) };
  });
  const text = `funded by ${parts.map((p) => `${p.payer} ${p.share} = ${p.amount}`).join(", ")}`;
  return { parts, step: { kind: "funding", text, span: funding.span } };
}
