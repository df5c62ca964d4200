import type { Policy } from "@subsidia/ir";
import { assembleApplicant, policyQuery, type ResultRow, type SqlOutcome, SqlCompileError } from "@subsidia/sql";
import { CliError } from "../../errors.js";
import { tr } from "../../lang.js";
import { sqlReason } from "../sql-reason.js";
import type { DuckDBConnection } from "@duckdb/node-api";

/** The compiled query of a policy for DuckDB, or the reason SQL cannot compute it. */
export function duckdbQuery(policy: Policy): string {
  try {
    return policyQuery(policy, "duckdb");
  } catch (e) {
    if (e instanceof SqlCompileError) throw new CliError(tr()("error.duckdbCannotEvaluate", { reason: sqlReason(e) }));
    throw e;
  }
}

/**
 * Runs a policy's query over the layout tables of a schema and yields each applicant's
 * outcome in applicant order, streaming the rows (never all of them in memory).
 */
export async function* outcomes(
  connection: DuckDBConnection,
  schema: string,
  query: string,
): AsyncGenerator<SqlOutcome> {
  let result: Awaited<ReturnType<DuckDBConnection["stream"]>>;
  try {
    await connection.run(`SET schema = '${schema.replaceAll("'", "''")}'`);
    result = await connection.stream(query);
  } catch (e) {
    throw new CliError(`duckdb: ${(e as Error).message.split("\n")[0]}`);
  }
  let group: ResultRow[] = [];
  for await (const rows of result.yieldRowObjectJson()) {
    for (const row of rows) {
      if (group.length > 0 && row["applicant"] !== group[0]!["applicant"]) {
        yield assembleApplicant(group);
        group = [];
      }
      group.push(row);
    }
  }
  if (group.length > 0) yield assembleApplicant(group);
}
