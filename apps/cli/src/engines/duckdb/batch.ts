import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Policy } from "@subsidia/ir";
import { layoutOf, layoutTables } from "@subsidia/sql";
import { holdsRecords, limitRecords } from "../../batch/population-limits.js";
import type { Summary } from "../../batch/summary.js";
import { CliError } from "../../errors.js";
import { tr } from "../../lang.js";
import { DEFAULT_LIMITS, type FactsLimits } from "../../facts-input.js";
import { type Database, openDatabase, sqlIdent } from "./database.js";
import { formatOf } from "../file-format.js";
import { loadFiles } from "./load-files.js";
import { loadJsonl, type Rejected } from "./load-jsonl.js";
import { applicantsPerQuery } from "./ranges.js";
import { records, recordsQuery } from "./records.js";
import { Staging } from "./staging.js";

const rejectedRecord = (r: Rejected) => JSON.stringify({ line: r.line, error: r.error, problems: r.problems });
const cents = (yuan: string): bigint => BigInt(yuan.replace(".", ""));

/** The rejected applicants of a Parquet or CSV load, in order. */
async function rejectedOf(db: Database, schema: string): Promise<Rejected[]> {
  const r = await db.connection.runAndReadAll(
    `SELECT "applicant", to_json("problems") AS "problems" FROM ${sqlIdent(schema)}."rejected" ORDER BY 1`,
  );
  return r.getRowObjectsJson().map((row) => ({
    line: Number(row["applicant"]),
    error: "invalid facts",
    problems: JSON.parse(String(row["problems"])) as { path: string; message: string }[],
  }));
}

/** Loads a population (JSON Lines, Parquet or CSV) into a schema of the database; the lines it rejected. */
export async function loadPopulation(
  db: Database,
  policy: Policy,
  schema: string,
  file: string,
  limits: FactsLimits = DEFAULT_LIMITS,
): Promise<{ rejected: Rejected[]; lines: number | null }> {
  const format = formatOf(file);
  if (format === null) {
    const staging = await Staging.open(db, policy, schema);
    return loadJsonl(file, [{ policy, staging }], { limits });
  }
  await loadFiles(db, policy, schema, file, format, limits.maxItems);
  return { rejected: await rejectedOf(db, schema), lines: null };
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/**
 * `subsidia batch --engine duckdb`: the population loaded into DuckDB, the policy's compiled
 * query run over it, one record per applicant in order, the same records as the JavaScript
 * engine's (rejected lines included, in their place). Selections and budgets are decided on
 * those records by the JavaScript engine's function, once all are read.
 */
export async function runDuckdbBatch(run: {
  policy: Policy;
  facts: string;
  out?: string | undefined;
  limits?: FactsLimits;
}): Promise<Summary> {
  const started = Date.now();
  const query = recordsQuery(run.policy);
  const held = holdsRecords(run.policy);
  const db = await openDatabase();
  const out = run.out === undefined ? process.stdout : createWriteStream(run.out);
  let failedWrite: unknown = null;
  out.on("error", (e) => (failedWrite ??= e));
  const summary: Summary = { lines: 0, errors: 0, errorLines: [], totalCents: 0n, upToTotalCents: 0n, seconds: 0 };
  const error = (line: number) => {
    summary.errors++;
    if (summary.errorLines.length < 10) summary.errorLines.push(line);
  };
  try {
    const { rejected } = await loadPopulation(db, run.policy, "population", run.facts, run.limits);
    let next = 0;
    let chunk = "";
    const flushRejected = async (before: number) => {
      while (next < rejected.length && rejected[next]!.line < before) {
        const r = rejected[next++]!;
        chunk += `${rejectedRecord(r)}\n`;
        summary.lines++;
        error(r.line);
      }
    };
    // each applicant alone (no selection or budget): a range of applicants per query
    const ranges = held
      ? null
      : { tables: layoutTables(layoutOf(run.policy)).map((t) => t.name), size: applicantsPerQuery() };
    for await (const o of records(db.connection, "population", query, ranges)) {
      await flushRejected(o.applicant);
      chunk += `${o.record}\n`;
      summary.lines++;
      if (!o.failed) {
        summary.totalCents += cents(o.total!);
        summary.upToTotalCents += cents(o.upToTotal!);
      } else error(o.applicant);
      if (!held && chunk.length > 1 << 16) {
        if (failedWrite) break;
        await write(out, chunk);
        chunk = "";
      }
    }
    await flushRejected(Number.POSITIVE_INFINITY);
    if (held) {
      // the same decisions as the JavaScript engine's, on the same records (`limitRecords`)
      const limited = limitRecords(run.policy, chunk);
      chunk = limited.text;
      summary.totalCents = limited.totalCents;
      summary.upToTotalCents = limited.upToTotalCents;
      summary.limits = limited.limits;
    }
    await write(out, chunk);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
  } catch (e) {
    if (failedWrite === null) throw e;
  } finally {
    db.close();
  }
  if (failedWrite)
    throw new CliError(
      tr()("error.cannotWrite", {
        what: run.out === undefined ? tr()("batch.standardOutput") : `\`${run.out}\``,
        why: (failedWrite as NodeJS.ErrnoException).code ?? String(failedWrite),
      }),
    );
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
