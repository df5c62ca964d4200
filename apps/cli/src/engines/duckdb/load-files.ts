import { existsSync } from "node:fs";
import type { Policy } from "@subsidia/ir";
import { APPLICANT, dialectOf, layoutOf, type LayoutColumn, type LayoutTable, POSITION } from "@subsidia/sql";
import { DEFAULT_LIMITS } from "../../facts-input.js";
import { CliError } from "../../errors.js";
import { tr } from "../../lang.js";
import { type Database, sqlIdent, sqlString } from "./database.js";
import { checkColumn } from "./validate-column.js";

import type { FileFormat } from "../file-format.js";

export type { FileFormat } from "../file-format.js";

/** `applicants.parquet` → `applicants.projects.parquet`: where a list input's table is. */
export const listFile = (file: string, list: string): string => file.replace(/(\.[^./]+)$/, `.${list}$1`);

function reader(file: string, format: FileFormat): string {
  return format === "parquet"
    ? `read_parquet(${sqlString(file)})`
    : `read_csv(${sqlString(file)}, header = true, all_varchar = true)`;
}

/** The columns of a file with their types (`DECIMAL(24,4)`, `VARCHAR`…). */
async function columnsOf(db: Database, source: string): Promise<Map<string, string>> {
  const r = await db.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return new Map(r.getRowObjectsJson().map((row) => [String(row["column_name"]), String(row["column_type"])]));
}

/** A file column of exactly the layout's type: read as it is. */
const sameType = (c: LayoutColumn, fileType: string | undefined): boolean =>
  fileType !== undefined && fileType.replaceAll(" ", "") === dialectOf("duckdb").type(c.type).replaceAll(" ", "");

/** The validated rows of one table: each column checked, and the list of problems with their paths. */
function validated(
  table: LayoutTable,
  source: string,
  present: Map<string, string>,
  format: FileFormat,
  pathOf: (c: LayoutColumn) => string,
  list: boolean,
): string {
  const raw = (c: LayoutColumn) => {
    if (!present.has(c.name)) return "CAST(NULL AS VARCHAR)";
    const text = `CAST(${sqlIdent(c.name)} AS VARCHAR)`;
    return format === "csv" ? `NULLIF(${text}, '')` : text;
  };
  // a required field of an optional record must be there when any field of the record is
  const recordPresent = (c: LayoutColumn) => {
    if (c.path.length === 1) return "TRUE";
    const siblings = table.columns.filter((x) => x.path[0] === c.path[0]);
    return `(${siblings.map((x) => `${raw(x)} IS NOT NULL`).join(" OR ")})`;
  };
  const checked = table.columns.map((c) => ({
    c,
    ...checkColumn(
      c,
      raw(c),
      recordPresent(c),
      format === "parquet" && sameType(c, present.get(c.name)) ? sqlIdent(c.name) : null,
    ),
  }));
  const id = present.has(APPLICANT) ? `CAST(${sqlIdent(APPLICANT)} AS BIGINT)` : "CAST(row_number() OVER () AS BIGINT)";
  if (list && !(present.has(APPLICANT) && present.has(POSITION)))
    throw new CliError(tr()("error.listTable", { source, applicant: `\`${APPLICANT}\``, position: `\`${POSITION}\`` }));
  const cols = [
    `${id} AS ${sqlIdent(APPLICANT)}`,
    ...(list ? [`CAST(${sqlIdent(POSITION)} AS INTEGER) AS ${sqlIdent(POSITION)}`] : []),
    ...checked.map((x) => `${x.value} AS ${sqlIdent(x.c.name)}`),
    // the list of problems is built only for a row that has one
    `CASE WHEN ${checked.map((x) => `(${x.problem}) IS NULL`).join(" AND ") || "TRUE"} THEN [] ELSE list_filter([${checked.map((x) => `{'path': ${pathOf(x.c)}, 'message': ${x.problem}}`).join(", ")}], p -> p.message IS NOT NULL) END AS "_problems"`,
  ];
  return `SELECT ${cols.join(", ")} FROM ${source}`;
}

/**
 * Loads a population in the table layout from Parquet or CSV (`subsidia sql` prints it): the
 * applicants' file, and beside it one file per list input (`NAME.LIST.parquet`, absent: no
 * items). Each value is checked by the runtime's facts rules; applicants with a problem go
 * to `rejected`, with their problems, and the others into the layout's tables.
 */
export async function loadFiles(
  db: Database,
  policy: Policy,
  schema: string,
  file: string,
  format: FileFormat,
  maxItems: number = DEFAULT_LIMITS.maxItems,
): Promise<void> {
  if (!existsSync(file))
    throw new CliError(tr()("error.cannotRead", { what: `\`${file}\``, why: tr()("error.noSuchFile") }));
  const layout = layoutOf(policy);
  const d = dialectOf("duckdb");
  const s = sqlIdent(schema);
  await db.run(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  const main = reader(file, format);
  await db.run(
    `CREATE TABLE ${s}."v_applicants" AS ${validated(layout.applicants, main, await columnsOf(db, main), format, (c) => sqlString(c.name), false)}`,
  );
  for (const l of layout.lists) {
    const f = listFile(file, l.input);
    const name = sqlIdent(`v_${l.name}`);
    if (!existsSync(f)) {
      const cols = [
        `CAST(NULL AS BIGINT) AS ${sqlIdent(APPLICANT)}`,
        `CAST(NULL AS INTEGER) AS ${sqlIdent(POSITION)}`,
        ...l.columns.map((c) => `CAST(NULL AS ${d.type(c.type)}) AS ${sqlIdent(c.name)}`),
        `[] AS "_problems"`,
      ];
      await db.run(`CREATE TABLE ${s}.${name} AS SELECT ${cols.join(", ")} WHERE FALSE`);
      continue;
    }
    const src = reader(f, format);
    const path = (c: LayoutColumn) =>
      `${sqlString(`${l.input}[`)} || CAST(CAST(${sqlIdent(POSITION)} AS INTEGER) - 1 AS VARCHAR) || ${sqlString(`].${c.name}`)}`;
    await db.run(`CREATE TABLE ${s}.${name} AS ${validated(l, src, await columnsOf(db, src), format, path, true)}`);
  }
  // problems in the order the runtime reports them: the applicants' facts, then each list in declaration order
  const rank = (l: { input: string }) => 1 + policy.inputs.findIndex((i) => i.name === l.input);
  const problems = [
    // only the rows with a problem: the others add nothing, and grouping them all is most of a load's time
    `SELECT ${sqlIdent(APPLICANT)}, "_problems", 0 AS "_k" FROM ${s}."v_applicants" WHERE len("_problems") > 0`,
    ...layout.lists.map(
      (l) =>
        `SELECT ${sqlIdent(APPLICANT)}, "_problems", ${rank(l)} AS "_k" FROM ${s}.${sqlIdent(`v_${l.name}`)} WHERE len("_problems") > 0`,
    ),
    // `--max-items`: a list longer than the limit, with the runtime's message
    ...layout.lists.map(
      (l) =>
        `SELECT ${sqlIdent(APPLICANT)}, [{'path': ${sqlString(l.input)}, 'message': ${sqlString(`expected a list of at most ${maxItems} items, got `)} || CAST(count(*) AS VARCHAR)}], ${rank(l)} AS "_k" FROM ${s}.${sqlIdent(`v_${l.name}`)} GROUP BY ${sqlIdent(APPLICANT)} HAVING count(*) > ${maxItems}`,
    ),
  ];
  const all = `flatten(list("_problems" ORDER BY "_k"))`;
  await db.run(
    `CREATE TABLE ${s}."rejected" AS SELECT ${sqlIdent(APPLICANT)}, ${all} AS "problems" FROM (${problems.join(" UNION ALL ")}) GROUP BY ${sqlIdent(APPLICANT)} HAVING len(${all}) > 0`,
  );
  const keep = `WHERE ${sqlIdent(APPLICANT)} NOT IN (SELECT ${sqlIdent(APPLICANT)} FROM ${s}."rejected")`;
  const copy = async (t: LayoutTable, list: boolean) => {
    const cols = [APPLICANT, ...(list ? [POSITION] : []), ...t.columns.map((c) => c.name)].map(sqlIdent);
    await db.run(
      `CREATE TABLE ${s}.${sqlIdent(t.name)} AS SELECT ${cols.join(", ")} FROM ${s}.${sqlIdent(`v_${t.name}`)} ${keep}`,
    );
    await db.run(`DROP TABLE ${s}.${sqlIdent(`v_${t.name}`)}`);
  };
  await copy(layout.applicants, false);
  for (const l of layout.lists) await copy(l, true);
}
