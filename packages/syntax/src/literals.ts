/**
 * Exact values of literals, by string arithmetic on decimal text (no floats):
 * `1.5亿` is "150000000" yuan, `12.5%` is the fraction "0.125".
 */

/** `007.50` → "7.5", `0.0` → "0" */
export function normalizeDecimal(text: string): string {
  const [intPart = "", fracPart = ""] = text.split(".");
  const int = intPart.replace(/^0+(?=\d)/, "") || "0";
  const frac = fracPart.replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

/** Multiplies a decimal text by 10^places (places may be negative). */
export function shiftDecimal(text: string, places: number): string {
  const [intPart = "", fracPart = ""] = text.split(".");
  const digits = intPart + fracPart;
  const point = intPart.length + places;
  if (point <= 0) return normalizeDecimal(`0.${"0".repeat(-point)}${digits}`);
  if (point >= digits.length) return normalizeDecimal(digits + "0".repeat(point - digits.length));
  return normalizeDecimal(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

const MONEY = /^(\d+(?:\.\d+)?)(万|亿)?(美元|欧元|港元|日元|元)?$/;

/** The currencies an amount may be written in besides 元, by ISO code, with the unit a literal ends with. */
export const CURRENCY_UNITS = { USD: "美元", EUR: "欧元", HKD: "港元", JPY: "日元" } as const;
export type Currency = keyof typeof CURRENCY_UNITS;
export const CURRENCIES = Object.keys(CURRENCY_UNITS) as Currency[];

/** The currency of a money literal: `10万美元` → "USD"; undefined for 元. */
export function moneyCurrency(text: string): Currency | undefined {
  const unit = MONEY.exec(text)?.[3];
  return CURRENCIES.find((c) => CURRENCY_UNITS[c] === unit);
}

/** `50万元` → "500000", `0.5万` → "5000", `200元` → "200"; `10万美元` → "100000" (in its own currency) */
export function moneyToYuan(text: string): string {
  const m = MONEY.exec(text);
  if (m === null) return "0";
  const places = m[2] === "亿" ? 8 : m[2] === "万" ? 4 : 0;
  return shiftDecimal(m[1] ?? "0", places);
}

/** `30%` → "0.3", `5%` → "0.05" */
export function percentToFraction(text: string): string {
  return shiftDecimal(text.replace(/%$/, ""), -2);
}

/** The decimal value of a number literal; for a malformed one (`12abc`), its leading digits. */
export function numberValue(text: string): string {
  return normalizeDecimal(/^\d+(?:\.\d+)?/.exec(text)?.[0] ?? "0");
}

/**
 * The value of a string literal (`"a \"b\""` → `a "b"`); also reads an unterminated one. The text
 * between escapes is taken as slices, not appended a character at a time: a string built that way
 * is a chain of one heap object per character, which the AST keeps for the whole check.
 */
export function decodeString(image: string): string {
  let out = "";
  let from = 1;
  for (let i = 1; i < image.length; i++) {
    const c = image[i];
    if (c === '"') return out + image.slice(from, i);
    if (c === "\\" && i + 1 < image.length) {
      const next = image[i + 1];
      out += image.slice(from, i) + (next === "n" ? "\n" : next === '"' || next === "\\" ? next : `\\${next ?? ""}`);
      i++;
      from = i + 1;
    }
  }
  return out + image.slice(from);
}
