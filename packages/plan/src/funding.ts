import type { Funding } from "@subsidia/ir";
import { Dec } from "./decimal.js";
import type { FundingPlan } from "./types.js";

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Each payer's share as a fraction of the whole: `1/2`; integer shares are reduced to lowest terms. */
export function fundingPlan(funding: Funding): FundingPlan {
  const shares = funding.payers.map((p) => new Dec(p.share));
  const sum = shares.reduce((s, x) => s.plus(x), new Dec(0));
  const payers = funding.payers.map((p, i) => {
    const share = shares[i]!;
    let fraction = `${share.toFixed()}/${sum.toFixed()}`;
    if (share.isInteger() && sum.isInteger() && !sum.isZero()) {
      const [n, d] = [BigInt(share.toFixed()), BigInt(sum.toFixed())];
      const g = gcd(n, d) || 1n;
      fraction = `${n / g}/${d / g}`;
    }
    return { name: p.name, share: p.share, fraction };
  });
  return { payers, total: sum.toFixed(), source: funding };
}
