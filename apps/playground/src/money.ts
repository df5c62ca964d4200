import { Dec, formatWan } from "@subsidia/runtime";
import { lex, moneyToYuan } from "@subsidia/syntax";

/** `59000000.00` → `59,000,000.00`: exact, by string. */
export function groupDigits(amount: string): string {
  const [int = "", frac] = amount.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** An amount as drafters read it: `5900万元`. */
export function wan(amount: string): string {
  return formatWan(new Dec(amount));
}

/** An amount in full: `59,000,000.00 元`. */
export function yuan(amount: string): string {
  return `${groupDigits(new Dec(amount).toFixed(2))} 元`;
}

/**
 * Reads money as drafters write it, with the language's own lexer: `2000万`,
 * `1.5亿元`, `200元`, `20000000`, `20,000,000`. Returns the yuan as a decimal
 * string, or null when the text is not one amount.
 */
export function parseMoneyText(text: string): string | null {
  const t = text.trim().replace(/,/g, "");
  if (t === "") return null;
  const { tokens, diagnostics } = lex(t, "money");
  const [only] = tokens;
  if (diagnostics.length > 0 || tokens.length !== 1 || !only || only.image !== t) return null;
  if (only.tokenType.name === "MoneyLiteral") return moneyToYuan(t);
  if (only.tokenType.name === "NumberLiteral") return new Dec(t).toFixed();
  return null;
}

/** A yuan amount shown back in a money field: `20000000` → `2000万`. */
export function moneyFieldText(value: unknown): string {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  if (!/^\d+(\.\d+)?$/.test(text)) return text;
  return formatWan(new Dec(text)).replace(/元$/, "");
}
