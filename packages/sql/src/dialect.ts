import type { SqlType } from "./ast.js";

export type DialectName = "duckdb" | "postgresql" | "spark" | "trino";

export const DIALECTS: readonly DialectName[] = ["duckdb", "postgresql", "spark", "trino"];

/**
 * How one engine spells what the AST means. Everything else (CTEs, `CASE`, window sums over
 * `ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING`, `FLOOR` and `MOD` on decimals, `||`,
 * `DATE '…'`) is written the same for all four. The table of differences is in the README.
 */
export interface Dialect {
  name: DialectName;
  /** the name sql-formatter knows the dialect by */
  formatter: "duckdb" | "postgresql" | "spark" | "trino";
  ident(name: string): string;
  string(value: string): string;
  type(t: SqlType): string;
  /** the exact integer quotient of two non-negative integer decimals, as DECIMAL(38, 0) */
  intDiv(n: string, d: string): string;
  /** text compared by code point */
  binaryText(e: string): string;
  /** a date plus n whole months or days, a DATE; months end on the month's last day when it is shorter */
  dateAdd(e: string, n: number, unit: "months" | "days"): string;
  /** the same by an INTEGER expression */
  dateAddBy(e: string, n: string, unit: "months" | "days"): string;
  /** the whole days from one date to another (negative when `to` is earlier) */
  daysBetween(from: string, to: string): string;
  /** whether `CREATE TABLE` may say `NOT NULL` (Spark's and Trino's Hive tables cannot) */
  notNull: boolean;
  /** after `CREATE TABLE name (…)`: Spark needs a data source */
  tableSuffix: string;
}

const doubleQuoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const standardString = (value: string) => `'${value.replaceAll("'", "''")}'`;

function typeName(t: SqlType, names: { decimal: string; text: string; integer: string }): string {
  switch (t.k) {
    case "decimal":
      return `${names.decimal}(${t.p}, ${t.s})`;
    case "boolean":
      return "BOOLEAN";
    case "date":
      return "DATE";
    case "text":
      return names.text;
    case "bigint":
      return "BIGINT";
    case "integer":
      return names.integer;
  }
}

/** `(n - MOD(n, d)) / d`: a division whose quotient is an integer, exact in any scale the engine picks. */
const remainderFirst = (n: string, d: string) => `CAST((${n} - MOD(${n}, ${d})) / ${d} AS DECIMAL(38, 0))`;

export const duckdb: Dialect = {
  name: "duckdb",
  notNull: true,
  tableSuffix: "",
  formatter: "duckdb",
  ident: doubleQuoted,
  string: standardString,
  type: (t) => typeName(t, { decimal: "DECIMAL", text: "VARCHAR", integer: "INTEGER" }),
  // DuckDB divides decimals in DOUBLE: the quotient of 128-bit integers is exact
  intDiv: (n, d) => `CAST(CAST(${n} AS HUGEINT) // CAST(${d} AS HUGEINT) AS DECIMAL(38, 0))`,
  binaryText: (e) => e,
  dateAdd: (e, n, unit) => `CAST(${e} + INTERVAL (${n}) ${unit === "months" ? "MONTH" : "DAY"} AS DATE)`,
  dateAddBy: (e, n, unit) => `CAST(${e} + INTERVAL (${n}) ${unit === "months" ? "MONTH" : "DAY"} AS DATE)`,
  daysBetween: (from, to) => `DATE_DIFF('day', ${from}, ${to})`,
};

export const postgresql: Dialect = {
  name: "postgresql",
  notNull: true,
  tableSuffix: "",
  formatter: "postgresql",
  ident: doubleQuoted,
  string: standardString,
  type: (t) => typeName(t, { decimal: "NUMERIC", text: "TEXT", integer: "INTEGER" }),
  intDiv: (n, d) => `DIV(${n}, ${d})`,
  binaryText: (e) => `(${e} COLLATE "C")`,
  dateAdd: (e, n, unit) => `CAST(${e} + INTERVAL '${n} ${unit}' AS DATE)`,
  dateAddBy: (e, n, unit) => `CAST(${e} + (${n}) * INTERVAL '1 ${unit === "months" ? "month" : "day"}' AS DATE)`,
  daysBetween: (from, to) => `(${to} - ${from})`,
};

export const spark: Dialect = {
  name: "spark",
  notNull: false,
  tableSuffix: " USING parquet",
  formatter: "spark",
  ident: (name) => `\`${name.replaceAll("`", "``")}\``,
  // Spark reads backslash escapes in string literals
  string: (value) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`,
  type: (t) => typeName(t, { decimal: "DECIMAL", text: "STRING", integer: "INT" }),
  intDiv: remainderFirst,
  binaryText: (e) => e,
  // Spark 3's add_months keeps the day, or the month's last day when it is shorter
  dateAdd: (e, n, unit) => (unit === "months" ? `ADD_MONTHS(${e}, ${n})` : `DATE_ADD(${e}, ${n})`),
  dateAddBy: (e, n, unit) => (unit === "months" ? `ADD_MONTHS(${e}, ${n})` : `DATE_ADD(${e}, ${n})`),
  daysBetween: (from, to) => `DATEDIFF(${to}, ${from})`,
};

export const trino: Dialect = {
  name: "trino",
  notNull: false,
  tableSuffix: "",
  formatter: "trino",
  ident: doubleQuoted,
  string: standardString,
  type: (t) => typeName(t, { decimal: "DECIMAL", text: "VARCHAR", integer: "INTEGER" }),
  intDiv: remainderFirst,
  binaryText: (e) => e,
  dateAdd: (e, n, unit) => `DATE_ADD('${unit === "months" ? "month" : "day"}', ${n}, ${e})`,
  dateAddBy: (e, n, unit) => `DATE_ADD('${unit === "months" ? "month" : "day"}', ${n}, ${e})`,
  daysBetween: (from, to) => `DATE_DIFF('day', ${from}, ${to})`,
};

export function dialectOf(name: DialectName): Dialect {
  switch (name) {
    case "duckdb":
      return duckdb;
    case "postgresql":
      return postgresql;
    case "spark":
      return spark;
    case "trino":
      return trino;
  }
}
