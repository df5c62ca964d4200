import type { DuckDBConnection } from "@duckdb/node-api";
import { APPLICANT } from "@subsidia/sql";
import { CliError } from "../../errors.js";
import { sqlIdent, sqlString } from "./database.js";

/** Applicants per query: `SUBSIDIA_DUCKDB_APPLICANTS`, else 100,000 (a few hundred MB of DuckDB's memory). */
export function applicantsPerQuery(): number {
  const n = Number(process.env["SUBSIDIA_DUCKDB_APPLICANTS"] ?? 100_000);
  return Number.isSafeInteger(n) && n > 0 ? n : 100_000;
}

const id = sqlIdent(APPLICANT);

/**
 * The conditions that cut a population's applicants into ranges of about `size` applicants,
 * in applicant order: every row of every table (an id of none, NULL) is in exactly one range.
 * `table` is the applicants' table, the first of the layout.
 */
async function ranges(connection: DuckDBConnection, table: string, size: number): Promise<string[]> {
  const r = await connection.runAndReadAll(
    `SELECT ${id} FROM (SELECT ${id}, row_number() OVER (ORDER BY ${id}) AS "n" FROM (SELECT DISTINCT ${id} FROM ${table} WHERE ${id} IS NOT NULL)) WHERE "n" % ${size} = 1 AND "n" > 1 ORDER BY 1`,
  );
  const cuts = r.getRows().map((row) => String(row[0]));
  if (cuts.length === 0) return ["TRUE"];
  return [
    `${id} < ${cuts[0]}`,
    ...cuts.slice(1).map((c, i) => `${id} >= ${cuts[i]} AND ${id} < ${c}`),
    `${id} >= ${cuts.at(-1)} OR ${id} IS NULL`,
  ];
}

/**
 * Runs a query that computes each applicant from that applicant's rows alone (no selection or
 * budget across the population) one range of applicants at a time: views of the population's
 * tables restricted to the range, in a schema of their own, so that DuckDB holds the query's
 * intermediate results of a few thousand applicants, never of all. Yields each range's rows,
 * in applicant order when the query orders by applicant.
 */
export async function* byRanges<T>(
  connection: DuckDBConnection,
  schema: string,
  tables: readonly string[],
  size: number,
  read: (connection: DuckDBConnection) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const part = `${schema}_range`;
  try {
    await connection.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(part)}`);
    const applicants = `${sqlIdent(schema)}.${sqlIdent(tables[0]!)}`;
    for (const where of await ranges(connection, applicants, size)) {
      for (const t of tables)
        await connection.run(
          `CREATE OR REPLACE VIEW ${sqlIdent(part)}.${sqlIdent(t)} AS SELECT * FROM ${sqlIdent(schema)}.${sqlIdent(t)} WHERE ${where}`,
        );
      await connection.run(`SET schema = ${sqlString(part)}`);
      yield* read(connection);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`duckdb: ${(e as Error).message.split("\n")[0]}`);
  }
}
