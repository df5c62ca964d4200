import type { Policy } from "@subsidia/ir";
import { format } from "sql-formatter";
import { compilePolicy } from "./compile-policy.js";
import { type DialectName, dialectOf } from "./dialect.js";
import { layoutOf, layoutTables } from "./layout.js";
import { createTable, statement } from "./print.js";

/** A policy's SQL for one dialect: the layout's `CREATE TABLE` statements and the query. */
export interface PolicySql {
  ddl: string;
  query: string;
}

const formatted = (text: string, dialect: DialectName) =>
  format(text, { language: dialectOf(dialect).formatter, keywordCase: "upper", tabWidth: 2, linesBetweenQueries: 1 });

/**
 * The SQL of a policy in a dialect, formatted (sql-formatter): the DDL of its table layout
 * and the query whose rows are each applicant's result (see `OUTPUT_COLUMNS`). Throws
 * `SqlCompileError` for what SQL cannot compute exactly (a division by a fact).
 */
export function policySql(policy: Policy, dialect: DialectName): PolicySql {
  const d = dialectOf(dialect);
  const tables = layoutTables(layoutOf(policy)).map((t) => `${createTable(t, d)};`);
  const query = statement(compilePolicy(policy).statement, d);
  return { ddl: formatted(tables.join("\n"), dialect), query: `${formatted(query, dialect)};` };
}

/** The query alone, unformatted (one line): what an engine runs. */
export function policyQuery(policy: Policy, dialect: DialectName): string {
  return statement(compilePolicy(policy).statement, dialectOf(dialect));
}
