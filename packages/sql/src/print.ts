import type { CreateTable, From, OrderBy, Query, Select, Sql, Statement } from "./ast.js";
import type { Dialect } from "./dialect.js";

/** Operators that may follow each other without parentheses: `a AND b AND c`, `a + b + c`. */
const ASSOCIATIVE = new Set(["AND", "OR", "+", "*", "||"]);

function operand(e: Sql, parentOp: string, d: Dialect): string {
  const text = expr(e, d);
  if (e.k !== "bin") return text;
  return e.op === parentOp && ASSOCIATIVE.has(e.op) ? text : `(${text})`;
}

function orderBy(items: readonly OrderBy[], d: Dialect): string {
  return items.map((o) => `${expr(o.e, d)}${o.desc ? " DESC" : ""}`).join(", ");
}

/** One expression in the dialect's spelling; binary operands that are themselves operations get parentheses. */
export function expr(e: Sql, d: Dialect): string {
  switch (e.k) {
    case "col":
      return e.table ? `${d.ident(e.table)}.${d.ident(e.name)}` : d.ident(e.name);
    case "num":
      return `CAST(${e.text} AS ${d.type({ k: "decimal", p: e.p, s: e.s })})`;
    case "int":
      return String(e.value);
    case "str":
      return d.string(e.value);
    case "bool":
      return e.value ? "TRUE" : "FALSE";
    case "date":
      return `DATE '${e.value}'`;
    case "null":
      return "NULL";
    case "bin":
      return `${operand(e.l, e.op, d)} ${e.op} ${operand(e.r, e.op, d)}`;
    case "not":
      return `NOT (${expr(e.e, d)})`;
    case "neg":
      return `-(${expr(e.e, d)})`;
    case "isNull":
      return `${operand(e.e, "", d)} IS ${e.negate ? "NOT " : ""}NULL`;
    case "case": {
      const whens = e.whens.map(([c, v]) => `WHEN ${expr(c, d)} THEN ${expr(v, d)}`).join(" ");
      return `CASE ${whens}${e.else ? ` ELSE ${expr(e.else, d)}` : ""} END`;
    }
    case "cast":
      return `CAST(${expr(e.e, d)} AS ${d.type(e.type)})`;
    case "fn":
      return `${e.name}(${e.args.map((a) => expr(a, d)).join(", ")})`;
    case "in":
      return `${operand(e.e, "", d)} IN (${e.values.map((v) => expr(v, d)).join(", ")})`;
    case "intDiv":
      return d.intDiv(expr(e.n, d), expr(e.d, d));
    case "trimTrailing":
      return `TRIM(TRAILING ${d.string(e.char)} FROM ${expr(e.e, d)})`;
    case "binaryText":
      return d.binaryText(expr(e.e, d));
    case "dateAdd":
      return d.dateAdd(expr(e.e, d), e.n, e.unit);
    case "dateAddBy":
      return d.dateAddBy(expr(e.e, d), expr(e.n, d), e.unit);
    case "datePart":
      return `EXTRACT(${e.part} FROM ${expr(e.e, d)})`;
    case "daysBetween":
      return d.daysBetween(expr(e.from, d), expr(e.to, d));
    case "window": {
      const over = [
        e.partition.length > 0 ? `PARTITION BY ${e.partition.map((p) => expr(p, d)).join(", ")}` : "",
        e.order.length > 0 ? `ORDER BY ${orderBy(e.order, d)}` : "",
        e.frame === "before"
          ? "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING"
          : e.frame === "upto"
            ? "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
            : "",
      ].filter((s) => s !== "");
      return `${e.fn}(${e.args.map((a) => expr(a, d)).join(", ")}) OVER (${over.join(" ")})`;
    }
  }
}

function from(f: From, d: Dialect): string {
  switch (f.k) {
    case "table":
      return f.as ? `${d.ident(f.name)} AS ${d.ident(f.as)}` : d.ident(f.name);
    case "sub":
      return `(${query(f.query, d)}) AS ${d.ident(f.as)}`;
    case "join":
      return `${from(f.left, d)} ${f.type} JOIN ${from(f.right, d)} ON ${expr(f.on, d)}`;
  }
}

function selectText(s: Select, d: Dialect): string {
  const cols = [
    ...(s.star !== undefined ? [`${d.ident(s.star)}.*`] : []),
    ...s.columns.map((c) => `${expr(c.e, d)} AS ${d.ident(c.as)}`),
  ];
  const parts = [`SELECT ${cols.join(", ")}`];
  if (s.from) parts.push(`FROM ${from(s.from, d)}`);
  if (s.where) parts.push(`WHERE ${expr(s.where, d)}`);
  if (s.groupBy && s.groupBy.length > 0) parts.push(`GROUP BY ${s.groupBy.map((g) => expr(g, d)).join(", ")}`);
  if (s.orderBy && s.orderBy.length > 0) parts.push(`ORDER BY ${orderBy(s.orderBy, d)}`);
  return parts.join(" ");
}

export function query(q: Query, d: Dialect): string {
  if (q.k === "select") return selectText(q, d);
  const body = q.queries.map((x) => (x.k === "select" && !x.orderBy ? query(x, d) : `(${query(x, d)})`));
  const order = q.orderBy && q.orderBy.length > 0 ? ` ORDER BY ${orderBy(q.orderBy, d)}` : "";
  return `${body.join(" UNION ALL ")}${order}`;
}

/** A statement on one line (the formatter lays it out): `WITH … SELECT …`. */
export function statement(s: Statement, d: Dialect): string {
  const ctes = s.with.map((c) => `${d.ident(c.name)} AS (${query(c.query, d)})`);
  return `${ctes.length > 0 ? `WITH ${ctes.join(", ")} ` : ""}${query(s.body, d)}`;
}

export function createTable(t: CreateTable, d: Dialect): string {
  const cols = t.columns.map((c) => `${d.ident(c.name)} ${d.type(c.type)}${c.notNull && d.notNull ? " NOT NULL" : ""}`);
  return `CREATE TABLE ${d.ident(t.name)} (${cols.join(", ")})${d.tableSuffix}`;
}
