import { Dec } from "@subsidia/runtime";

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Cents of an amount as results write it (`"1234.56"`: digits, a point, two decimals, at most 15
 * digits); -1 for any other text (a sign, more or fewer decimals, an exponent, more digits).
 */
export function centsOfText(text: string): number {
  const n = text.length;
  if (n < 4 || n > 16 || text.charCodeAt(n - 3) !== 46) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    if (i === n - 3) continue;
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * An exact running sum of amounts given as text: in integer cents while the amounts are written
 * as results write them and the sum stays below 2^53 (no decimal made per amount), in a decimal
 * for anything else. The value is the same as adding every amount with decimal.js.
 */
export class ExactSum {
  private cents = 0;
  private rest: Dec | null = null;

  add(text: string): void {
    const c = centsOfText(text);
    if (c >= 0 && this.cents + c <= SAFE) this.cents += c;
    else this.rest = (this.rest ?? new Dec(0)).plus(text);
  }

  value(): Dec {
    const cents = new Dec(this.cents).div(100);
    return this.rest === null ? cents : this.rest.plus(cents);
  }
}
