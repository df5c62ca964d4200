import { assertNever, type InputType } from "@subsidia/ir";
import { Dec, parseDecimal, parseMoney } from "./money.js";
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

/** True when `text` is an ISO date `YYYY-MM-DD` naming a real calendar day. */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const max = mo === 2 && leap ? 29 : DAYS[mo - 1];
  return max !== undefined && d >= 1 && d <= max;
}

function parsePercent(value: unknown): Dec | null {
  if (typeof value === "string") {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    if (m) return new Dec(m[1]!).div(100);
  }
  return parseDecimal(value);
}

function parseInteger(value: unknown): Dec | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? new Dec(String(value)) : null;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return new Dec(value.trim());
  return null;
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
