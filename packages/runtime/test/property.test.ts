import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../src/money.js";
import { evaluate } from "../src/index.js";
import { field, item, lit, money, perItem, rate } from "./build-ir.js";

/** Cents as a yuan decimal text: 12345n → "123.45". */
function yuan(cents: bigint): string {
  const s = cents.toString().padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

describe("rate × base with a cap, against bigint cents", () => {
  it("never exceeds the cap and equals the exact computation", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.bigInt({ min: 0n, max: 10000n }),
        fc.bigInt({ min: 1n, max: 10n ** 16n }),
        fc.boolean(),
        (baseCents, basisPoints, capCents, asNumber) => {
          const base = asNumber ? baseCents % 10n ** 13n : baseCents;
          const r = new Dec(basisPoints.toString()).div(10000).toFixed();
          const policy = perItem(
            { award: rate(lit("percent", r, `${r}`), item("p", "base", "money")), caps: [money(yuan(capCents))] },
            [field("base", "money")],
          );
          const fact = asNumber ? Number(yuan(base)) : yuan(base);
          const out = evaluate(policy, { applicationDate: "2026-06-01", items: [{ id: "x", base: fact }] });
          if (!out.ok) throw new Error(JSON.stringify(out.errors));
          // independent: capped before rounding; the cap is whole cents, so min then half-up is exact here
          const product = base * basisPoints; // in cents × 10^-4
          const expected = product >= capCents * 10000n ? capCents : (product + 5000n) / 10000n;
          const awards = out.result.awards;
          if (expected === 0n) {
            expect(awards).toEqual([]);
            return;
          }
          expect(awards).toHaveLength(1);
          expect(awards[0]!.amount).toBe(yuan(expected));
          expect(new Dec(awards[0]!.amount).lte(new Dec(yuan(capCents)))).toBe(true);
          expect(out.result.total).toBe(yuan(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
