import type { DuckDBConnection } from "@duckdb/node-api";
import type { Policy } from "@subsidia/ir";
import { compilePolicy, dialectOf, SqlCompileError, statement } from "@subsidia/sql";
import { CliError } from "../../errors.js";
import { tr } from "../../lang.js";
import { sqlReason } from "../sql-reason.js";
import { byRanges } from "./ranges.js";

/**
 * The texts of a `list` of `{k, j}` joined with commas in the order of `k`: sorted after the
 * (unordered) aggregate, several times faster in DuckDB than an ordered `string_agg`.
 */
const joined = (list: string) => `array_to_string(list_transform(list_sort(${list}), x -> x.j), ',')`;

/** A JSON string literal of a text column, as `JSON.stringify` writes it. */
const json = (col: string) => `CAST(to_json(${col}) AS VARCHAR)`;

/**
 * The policy's query wrapped (DuckDB only) so that DuckDB writes each applicant's batch record
 * itself, the JavaScript engine's text field for field (`evaluate-lines.ts`): one row per
 * applicant, in order, with the record, whether it failed and its totals.
 */
export function recordsQuery(policy: Policy): string {
  let compiled: ReturnType<typeof compilePolicy>;
  try {
    compiled = compilePolicy(policy);
  } catch (e) {
    if (e instanceof SqlCompileError) throw new CliError(tr()("error.duckdbCannotEvaluate", { reason: sqlReason(e) }));
    throw e;
  }
  const body = { ...compiled.statement.body, orderBy: [] };
  const results = statement({ ...compiled.statement, body }, dialectOf("duckdb"));
  // with `select`: the award as evaluated (computed amount, key), for `limitRecords` to decide as in JS
  const selects = compiled.plan.clauses.some((c) => c.award?.selection);
  const amount = selects ? `COALESCE(r."computed", r."amount")` : `r."amount"`;
  const selection = [
    `CASE WHEN r."selection_rule" IS NULL THEN '' ELSE ',"selection":{"rule":' || ${json('r."selection_rule"')}`,
    `',"by":' || ${json('r."selection_by"')}`,
    `CASE WHEN r."selection_per" IS NULL THEN '' ELSE ',"per":' || ${json('r."selection_per"')} END || '}' END`,
  ].join(" || ");
  // a range award: its low end, and its high end the amount (`writeAward`)
  const ranged = compiled.plan.clauses.some((c) => c.award?.low);
  const range = [
    `CASE WHEN r."range_min" IS NULL THEN '' ELSE ',"range":{"min":"' || CAST(r."range_min" AS VARCHAR)`,
    `'","max":"' || CAST(${amount} AS VARCHAR) || '"}' END`,
  ].join(" || ");
  // a payment schedule: its instalments, after the funding and the range (`writeAward`)
  const scheduled = compiled.plan.clauses.some((c) => c.award?.schedule);
  const instalment = `'{"milestone":' || ${json('"milestone"')} || ',"share":' || ${json('"share"')} || ',"amount":"' || CAST("amount" AS VARCHAR) || '"' || CASE WHEN "due" IS NULL THEN '' ELSE ',"date":"' || CAST("due" AS VARCHAR) || '"' END || ',"status":"' || "status" || '"}'`;
  const part = `'{"payer":' || ${json("payer")} || ',"share":' || ${json("share")} || CASE WHEN "amount" IS NULL THEN '' ELSE ',"amount":"' || CAST("amount" AS VARCHAR) || '"' END || '}'`;
  const item = [
    `'{"article":' || CAST(r."article" AS VARCHAR) || ',"clause":' || ${json('r."clause"')}`,
    `CASE WHEN r."item" IS NULL THEN '' ELSE ',"item":' || ${json('r."item"')} END`,
    `CASE WHEN r."kind" = 'award' THEN ',"amount":"' || CAST(${amount} AS VARCHAR) || '","basis":"' || r."basis" || '"' ELSE ',"reason":' || ${json('r."reason"')} END`,
    `CASE WHEN f."parts" IS NULL THEN '' ELSE ',"funding":[' || f."parts" || ']' END`,
    ...(ranged ? [range] : []),
    ...(scheduled ? [`CASE WHEN n."parts" IS NULL THEN '' ELSE ',"instalments":[' || n."parts" || ']' END`] : []),
    ...(selects ? [selection] : []),
    "'}'",
  ].join(" || ");
  const ok = [
    `'{"line":' || CAST(r."applicant" AS VARCHAR) || ',"inForce":' || CASE WHEN r."in_force" THEN 'true' ELSE 'false' END`,
    `COALESCE(',"applicationDate":"' || CAST(r."application_date" AS VARCHAR) || '"', '')`,
    `',"total":"' || CAST(r."total" AS VARCHAR) || '","upToTotal":"' || CAST(r."up_to_total" AS VARCHAR) || '"'`,
    `',"awards":[' || COALESCE(a."awards", '') || '],"pending":[' || COALESCE(a."pending", '') || ']}'`,
  ].join(" || ");
  const failed = `'{"line":' || CAST(r."applicant" AS VARCHAR) || ',"error":"cannot evaluate","problems":[{"path":' || ${json('r."clause"')} || ',"message":' || ${json('r."reason"')} || '}]}'`;
  // an award's lines of one kind (funding parts, instalments), joined in the order of their part
  const lines = (name: string, kind: string, text: string) =>
    `"${name}" AS (SELECT "applicant", "seq", ${joined(`list(struct_pack(k := "part", j := ${text}))`)} AS "parts" ` +
    `FROM "r" WHERE "kind" = '${kind}' GROUP BY "applicant", "seq")`;
  const on = (alias: string) =>
    ` LEFT JOIN "${alias}" AS ${alias} ON ${alias}."applicant" = r."applicant" AND ${alias}."seq" = r."seq"`;
  const items = (kind: string) => joined(`list(struct_pack(k := "seq", j := "j")) FILTER (WHERE "kind" = '${kind}')`);
  return `WITH "r" AS (${results}),
${lines("f", "funding", part)},
${scheduled ? `${lines("n", "instalment", instalment)},\n` : ""}"i" AS (SELECT r."applicant", r."kind", r."seq", ${item} AS "j" FROM "r" AS r${on("f")}${scheduled ? on("n") : ""} WHERE r."kind" IN ('award', 'pending')),
"a" AS (SELECT "applicant", ${items("award")} AS "awards", ${items("pending")} AS "pending" FROM "i" GROUP BY "applicant")
SELECT r."applicant" AS "applicant", CASE WHEN r."kind" = 'error' THEN ${failed} ELSE ${ok} END AS "record", r."kind" = 'error' AS "failed", CAST(r."total" AS VARCHAR) AS "total", CAST(r."up_to_total" AS VARCHAR) AS "up_to_total"
FROM "r" AS r LEFT JOIN "a" AS a ON a."applicant" = r."applicant" WHERE r."kind" IN ('result', 'error') ORDER BY r."applicant"`;
}

export interface RecordRow {
  applicant: number;
  record: string;
  failed: boolean;
  total: string | null;
  upToTotal: string | null;
}

/** The rows of a records query, as they stream. */
async function* rowsOf(connection: DuckDBConnection, query: string): AsyncGenerator<RecordRow> {
  let result: Awaited<ReturnType<DuckDBConnection["stream"]>>;
  try {
    result = await connection.stream(query);
  } catch (e) {
    throw new CliError(`duckdb: ${(e as Error).message.split("\n")[0]}`);
  }
  for await (const rows of result.yieldRowsJs()) {
    for (const [applicant, record, failed, total, upToTotal] of rows)
      yield {
        applicant: Number(applicant),
        record: String(record),
        failed: failed === true,
        total: total as string | null,
        upToTotal: upToTotal as string | null,
      };
  }
}

/**
 * Streams the records of a schema's population, in applicant order: with `ranges` (a policy
 * without selections or budgets, each applicant computed alone), a range of applicants at a
 * time (`byRanges`), else all in one query.
 */
export async function* records(
  connection: DuckDBConnection,
  schema: string,
  query: string,
  ranges: { tables: readonly string[]; size: number } | null = null,
): AsyncGenerator<RecordRow> {
  if (ranges) {
    yield* byRanges(connection, schema, ranges.tables, ranges.size, (c) => rowsOf(c, query));
    return;
  }
  try {
    await connection.run(`SET schema = '${schema.replaceAll("'", "''")}'`);
  } catch (e) {
    throw new CliError(`duckdb: ${(e as Error).message.split("\n")[0]}`);
  }
  yield* rowsOf(connection, query);
}
