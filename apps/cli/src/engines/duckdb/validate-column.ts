import type { InputField } from "@subsidia/ir";
import { expectedText } from "@subsidia/runtime";
import type { LayoutColumn } from "@subsidia/sql";
import { sqlString } from "./database.js";

/** The checked value of a column read as text, and the SQL of its problem (NULL when there is none). */
export interface Checked {
  value: string;
  problem: string;
}

const DECIMAL = "-?[0-9]+(\\.[0-9]+)?";

/** Digits before and after the point of decimal text, without leading and trailing zeros. */
function fits(text: string, int: number, scale: number): string {
  const before = `length(ltrim(regexp_extract(${text}, '^-?([0-9]+)', 1), '0'))`;
  const after = `length(rtrim(regexp_extract(${text}, '\\.([0-9]+)$', 1), '0'))`;
  return `(${before} <= ${int} AND ${after} <= ${scale})`;
}

function range(t: InputField["type"], value: string): string {
  if (t.kind !== "number" && t.kind !== "integer") return "TRUE";
  const parts = [
    ...(t.min !== undefined ? [`${value} >= ${t.min}`] : []),
    ...(t.max !== undefined ? [`${value} <= ${t.max}`] : []),
  ];
  return parts.length > 0 ? `(${parts.join(" AND ")})` : "TRUE";
}

/**
 * The rules of the runtime's facts validation (`fact-scalars.ts`) for a value read as text
 * from CSV or Parquet: decimals as plain decimal text (percent also as `30%`), booleans as
 * `true`/`false`, real calendar dates, enum members; and the layout's declared digits.
 * `raw` is the text (NULL when absent); `present` says whether a required field must be there.
 */
export function checkColumn(c: LayoutColumn, raw: string, present: string, typed: string | null = null): Checked {
  if (typed !== null) return checkTyped(c, typed, present);
  const t = c.field.type;
  const missing = `${sqlString(`required fact is missing: expected ${expectedText(t)}`)}`;
  // a date of the right shape that is no day of the calendar says so, as the runtime does
  const hint =
    c.kind === "date"
      ? ` || CASE WHEN regexp_full_match(${raw}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ' (not a calendar date)' ELSE '' END`
      : "";
  const wrong = `${sqlString(`expected ${expectedText(t)}, got \``)} || ${raw} || '\`'${hint}`;
  const layout = (text: string) =>
    `'\`' || ${text} || ${sqlString(`\` does not fit the SQL table layout: at most ${c.num?.int} digits before the point and ${c.num?.scale} after`)}`;
  let ok: string;
  let value: string;
  let bound = "TRUE";
  let shown = `trim(${raw})`;
  switch (c.kind) {
    case "money":
    case "number":
    case "integer": {
      const pattern = c.kind === "money" ? "[0-9]+(\\.[0-9]+)?" : c.kind === "integer" ? "-?[0-9]+" : DECIMAL;
      const text = `trim(${raw})`;
      bound = fits(text, c.num!.int, c.num!.scale);
      value = `TRY_CAST(${text} AS DECIMAL(${c.num!.int + c.num!.scale}, ${c.num!.scale}))`;
      ok = `(regexp_full_match(${text}, '${pattern}') AND (NOT ${bound} OR ${range(t, value)}))`;
      break;
    }
    case "percent": {
      const pct = `regexp_extract(${raw}, '^\\s*(-?[0-9]+(\\.[0-9]+)?)\\s*%\\s*$', 1)`;
      const text = `CASE WHEN ${pct} <> '' THEN ${pct} ELSE trim(${raw}) END`;
      const isPct = `(${pct} <> '')`;
      const n = c.num!;
      bound = `CASE WHEN ${isPct} THEN ${fits(pct, n.int - 2, n.scale - 2)} ELSE ${fits(`trim(${raw})`, n.int, n.scale)} END`;
      value = `CASE WHEN ${isPct} THEN CAST(TRY_CAST(${pct} AS DECIMAL(${n.int + n.scale - 2}, ${n.scale - 2})) * 0.01 AS DECIMAL(${n.int + n.scale}, ${n.scale})) ELSE TRY_CAST(trim(${raw}) AS DECIMAL(${n.int + n.scale}, ${n.scale})) END`;
      ok = `regexp_full_match(${text}, '${DECIMAL}')`;
      shown = text;
      break;
    }
    case "boolean":
      ok = `${raw} IN ('true', 'false')`;
      value = `${raw} = 'true'`;
      break;
    case "date":
      ok = `(regexp_full_match(${raw}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND TRY_CAST(${raw} AS DATE) IS NOT NULL)`;
      value = `TRY_CAST(${raw} AS DATE)`;
      break;
    case "string":
      ok = "TRUE";
      value = raw;
      break;
    case "enum": {
      const values = t.kind === "enum" ? t.values : [];
      ok = `${raw} IN (${values.map(sqlString).join(", ")})`;
      value = raw;
      break;
    }
  }
  const required = c.field.optional ? "FALSE" : present;
  return {
    value: `CASE WHEN ${raw} IS NULL THEN NULL ELSE ${value} END`,
    problem: `CASE WHEN ${raw} IS NULL THEN (CASE WHEN ${required} THEN ${missing} END) WHEN NOT ${ok} THEN ${wrong} WHEN NOT ${bound} THEN ${layout(shown)} END`,
  };
}

/**
 * A column whose file type is the layout's own (Parquet that `population sample` or a
 * warehouse wrote with the DDL's types): no text to read, only what the type does not say.
 */
function checkTyped(c: LayoutColumn, col: string, present: string): Checked {
  const t = c.field.type;
  const missing = sqlString(`required fact is missing: expected ${expectedText(t)}`);
  const wrong = `${sqlString(`expected ${expectedText(t)}, got \``)} || CAST(${col} AS VARCHAR) || '\`'`;
  let bad = "FALSE";
  if (c.kind === "money") bad = `${col} < 0`;
  else if (c.kind === "enum" && t.kind === "enum") bad = `${col} NOT IN (${t.values.map(sqlString).join(", ")})`;
  else if (t.kind === "number" || t.kind === "integer") bad = `NOT ${range(t, col)}`;
  const required = c.field.optional ? "FALSE" : present;
  return {
    value: col,
    problem: `CASE WHEN ${col} IS NULL THEN (CASE WHEN ${required} THEN ${missing} END) WHEN ${bad} THEN ${wrong} END`,
  };
}
