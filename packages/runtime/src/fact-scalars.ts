import { assertNever, type InputType } from "@subsidia/ir";
import { compareDecimals, decimalOfSafeInteger } from "./dec-fast.js";
import { Dec, FACT_DIGITS, parseDecimal, parseMoney, readDecimal, withinPrecision, ZERO } from "./money.js";
import type { FactScalar } from "./facts.js";

type ScalarType = Exclude<InputType, { kind: "record" } | { kind: "list" }>;

/** What a fact of this type must look like, as said in error messages. */
export function expectedText(type: InputType): string {
  switch (type.kind) {
    case "money":
      return "a non-negative amount in yuan (a number or a decimal string)";
    case "percent":
      return "a percent (a fraction such as 0.3 or a string such as `30%`)";
    case "number":
      return `a number (a number or a decimal string)${rangeText(type)}`;
    case "integer":
      return `an integer${rangeText(type)}`;
    case "boolean":
      return "`true` or `false`";
    case "date":
      return "a date YYYY-MM-DD";
    case "string":
      return "a string";
    case "enum":
      return `one of ${type.values.map((v) => `\`${v}\``).join(", ")}`;
    case "record":
      return "a record (an object)";
    case "list":
      return "a list of records (an array)";
    default:
      return assertNever(type, "input type");
  }
}

type Ranged = Extract<InputType, { kind: "integer" | "number" }>;

const rangeText = (t: Ranged): string =>
  t.min !== undefined && t.max !== undefined
    ? ` from ${t.min} to ${t.max}`
    : t.min !== undefined
      ? ` of at least ${t.min}`
      : t.max !== undefined
        ? ` of at most ${t.max}`
        : "";

/** The value when it lies within the declared inclusive range (`integer from 1 to 3`), else null. */
function inRange(t: Ranged, v: Dec | null): Dec | null {
  if (v === null) return null;
  if (t.min !== undefined && v.lt(t.min)) return null;
  if (t.max !== undefined && v.gt(t.max)) return null;
  return v;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of the digits of `text` from `from` to `to` (exclusive); -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** True when `text` is an ISO date `YYYY-MM-DD` naming a real calendar day (read by character: no match array made). */
export function isRealDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const max = mo === 2 && leap ? 29 : DAYS[mo - 1];
  return max !== undefined && d >= 1 && d <= max;
}

function parsePercent(value: unknown): Dec | null {
  if (typeof value === "string") {
    const m = /^\s*(\S+?)\s*%\s*$/.exec(value);
    if (m) {
      const d = readDecimal(m[1]);
      return d === null ? null : withinPrecisionOrNull(d.div(100));
    }
  }
  return parseDecimal(value);
}

const withinPrecisionOrNull = (d: Dec): Dec | null => (withinPrecision(d) ? d : null);

/**
 * `readScalar(type, ·)` for integer facts, faster on the common form, a safe non-negative integer:
 * its decimal laid out directly and compared with the bounds parsed once (at the first such fact).
 */
export function integerReader(type: Ranged): (value: unknown) => Dec | null {
  let bounds: readonly [Dec | null, Dec | null] | undefined;
  return (value) => {
    if (!(Number.isSafeInteger(value) && (value as number) >= 0)) return inRange(type, parseInteger(value));
    bounds ??= [type.min === undefined ? null : new Dec(type.min), type.max === undefined ? null : new Dec(type.max)];
    const [min, max] = bounds;
    const d = value === 0 ? ZERO : decimalOfSafeInteger(value as number);
    if (min !== null && compareDecimals(d, min) < 0) return null;
    if (max !== null && compareDecimals(d, max) > 0) return null;
    return d;
  };
}

/** An integer: a decimal (number or string, same syntax) with nothing after the point. */
function parseInteger(value: unknown): Dec | null {
  const d = parseDecimal(value);
  return d?.isInteger() ? d : null;
}

/** Why a number-like fact was refused beyond its shape: more digits than facts carry. */
export function precisionHint(type: InputType, value: unknown): string {
  if (!["money", "percent", "number", "integer"].includes(type.kind)) return "";
  const text = typeof value === "string" ? value.replace(/%\s*$/, "") : value;
  const d = readDecimal(text);
  if (d === null || withinPrecision(type.kind === "percent" && text !== value ? d.div(100) : d)) return "";
  return ` (more digits than amounts carry: at most ${FACT_DIGITS.integer} before the point and ${FACT_DIGITS.fraction} after)`;
}

/** Reads a present scalar fact of the given type; null when it has the wrong shape. */
export function readScalar(type: ScalarType, value: unknown): FactScalar | null {
  switch (type.kind) {
    case "money":
      return parseMoney(value);
    case "percent":
      return parsePercent(value);
    case "number":
      return inRange(type, parseDecimal(value));
    case "integer":
      return inRange(type, parseInteger(value));
    case "boolean":
      return typeof value === "boolean" ? value : null;
    case "date":
      return typeof value === "string" && isRealDate(value) ? value : null;
    case "string":
      return typeof value === "string" ? value : null;
    case "enum":
      return typeof value === "string" && type.values.includes(value) ? value : null;
    default:
      return assertNever(type, "input type");
  }
}
