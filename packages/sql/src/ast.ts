/**
 * The SQL this package writes, as data: a small AST that every dialect prints (`print.ts`).
 * It holds only what the compiler needs, and each node means the same in DuckDB, PostgreSQL,
 * Spark SQL and Trino; where the engines spell a construct differently (`intDiv`, quoting,
 * type names, string literals) the printer decides.
 */

/** A column type. Decimals always carry their precision and scale. */
export type SqlType =
  | { k: "decimal"; p: number; s: number }
  | { k: "boolean" }
  | { k: "date" }
  | { k: "text" }
  | { k: "bigint" }
  | { k: "integer" };

export type BinOp = "+" | "-" | "*" | "=" | "<>" | "<" | "<=" | ">" | ">=" | "AND" | "OR" | "||";

export type Sql =
  | { k: "col"; table?: string; name: string }
  /** a decimal literal of exactly this type (printed as a cast) */
  | { k: "num"; text: string; p: number; s: number }
  /** a small integer literal (positions, codes, article numbers) */
  | { k: "int"; value: number }
  | { k: "str"; value: string }
  | { k: "bool"; value: boolean }
  | { k: "date"; value: string }
  | { k: "null" }
  | { k: "bin"; op: BinOp; l: Sql; r: Sql }
  | { k: "not"; e: Sql }
  | { k: "neg"; e: Sql }
  | { k: "isNull"; e: Sql; negate: boolean }
  | { k: "case"; whens: readonly (readonly [Sql, Sql])[]; else: Sql | null }
  | { k: "cast"; e: Sql; type: SqlType }
  | { k: "fn"; name: "FLOOR" | "ABS" | "MOD" | "COALESCE" | "SUM" | "COUNT" | "MIN" | "MAX"; args: readonly Sql[] }
  | { k: "in"; e: Sql; values: readonly Sql[] }
  /** the integer quotient of two non-negative integers (exact: the engines spell it differently) */
  | { k: "intDiv"; n: Sql; d: Sql }
  /** text compared by code point, whatever the database's collation */
  | { k: "binaryText"; e: Sql }
  /** `TRIM(TRAILING 'c' FROM e)`: the trailing zeros and point of a decimal's text */
  | { k: "trimTrailing"; e: Sql; char: string }
  /** a field of a date (`EXTRACT(YEAR FROM d)`, the same in the four dialects) */
  | { k: "datePart"; part: "YEAR" | "MONTH" | "DAY"; e: Sql }
  /** the days from one date to another, an integer (`Dialect.daysBetween`) */
  | { k: "daysBetween"; from: Sql; to: Sql }
  /** a date plus n whole months or days (`Dialect.dateAdd`) */
  | { k: "dateAdd"; e: Sql; n: number; unit: "months" | "days" }
  /** a date plus an integer expression of months or days (`Dialect.dateAddBy`) */
  | { k: "dateAddBy"; e: Sql; n: Sql; unit: "months" | "days" }
  | {
      k: "window";
      fn: "SUM" | "ROW_NUMBER" | "MIN" | "COUNT" | "MAX" | "FIRST_VALUE";
      args: readonly Sql[];
      partition: readonly Sql[];
      order: readonly OrderBy[];
      frame: "before" | "upto" | null;
    };

export interface OrderBy {
  e: Sql;
  desc?: boolean;
}

export type From =
  | { k: "table"; name: string; as?: string }
  | { k: "sub"; query: Query; as: string }
  | { k: "join"; type: "INNER" | "LEFT"; left: From; right: From; on: Sql };

export interface Column {
  e: Sql;
  as: string;
}

export interface Select {
  k: "select";
  /** `t.*` first, when set */
  star?: string;
  columns: readonly Column[];
  from: From | null;
  where?: Sql;
  groupBy?: readonly Sql[];
  orderBy?: readonly OrderBy[];
}

export interface Union {
  k: "union";
  queries: readonly Query[];
  orderBy?: readonly OrderBy[];
}

export type Query = Select | Union;

/** A query with its common table expressions, in order. */
export interface Statement {
  with: readonly { name: string; query: Query }[];
  body: Query;
}

/** `CREATE TABLE`: the layout's tables. */
export interface CreateTable {
  name: string;
  columns: readonly { name: string; type: SqlType; notNull: boolean }[];
}

// ── constructors ────────────────────────────────────────────────────────────

export const col = (name: string, table?: string): Sql => (table ? { k: "col", name, table } : { k: "col", name });
export const str = (value: string): Sql => ({ k: "str", value });
export const int = (value: number): Sql => ({ k: "int", value });
export const bool = (value: boolean): Sql => ({ k: "bool", value });
export const NULL: Sql = { k: "null" };
export const TRUE: Sql = bool(true);
export const FALSE: Sql = bool(false);
export const bin = (op: BinOp, l: Sql, r: Sql): Sql => ({ k: "bin", op, l, r });
export const not = (e: Sql): Sql => ({ k: "not", e });
export const isNull = (e: Sql, negate = false): Sql => ({ k: "isNull", e, negate });
export const cast = (e: Sql, type: SqlType): Sql => ({ k: "cast", e, type });
export const fn = (name: Extract<Sql, { k: "fn" }>["name"], ...args: Sql[]): Sql => ({ k: "fn", name, args });
export const decimal = (p: number, s: number): SqlType => ({ k: "decimal", p, s });
export const TEXT: SqlType = { k: "text" };

/** `CASE WHEN … THEN … ELSE … END`, folding branches whose condition is a literal. */
export function caseWhen(whens: readonly (readonly [Sql, Sql])[], otherwise: Sql | null): Sql {
  const kept: (readonly [Sql, Sql])[] = [];
  for (const [c, v] of whens) {
    if (c.k === "bool" && !c.value) continue;
    if (c.k === "bool" && c.value) return kept.length === 0 ? v : { k: "case", whens: kept, else: v };
    kept.push([c, v]);
  }
  if (kept.length === 0) return otherwise ?? NULL;
  return { k: "case", whens: kept, else: otherwise };
}

/** `a AND b AND …`, leaving out literal trues (and false when any is false). */
export function and(...args: Sql[]): Sql {
  const kept = args.filter((a) => !(a.k === "bool" && a.value));
  if (kept.some((a) => a.k === "bool" && !a.value)) return FALSE;
  if (kept.length === 0) return TRUE;
  return kept.reduce((l, r) => bin("AND", l, r));
}

/** `a OR b OR …`, leaving out literal falses (and true when any is true). */
export function or(...args: Sql[]): Sql {
  const kept = args.filter((a) => !(a.k === "bool" && !a.value));
  if (kept.some((a) => a.k === "bool" && a.value)) return TRUE;
  if (kept.length === 0) return FALSE;
  return kept.reduce((l, r) => bin("OR", l, r));
}

export const select = (columns: readonly Column[], from: From | null, more: Partial<Select> = {}): Select => ({
  k: "select",
  columns,
  from,
  ...more,
});
export const table = (name: string, as?: string): From => (as ? { k: "table", name, as } : { k: "table", name });
