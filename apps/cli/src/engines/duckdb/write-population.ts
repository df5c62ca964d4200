import type { Policy } from "@subsidia/ir";
import { translateFactsError } from "@subsidia/messages";
import { validateFacts } from "@subsidia/runtime";
import { layoutOf, layoutRows, layoutTables } from "@subsidia/sql";
import { CliError } from "../../errors.js";
import { cliLang, tr } from "../../lang.js";

/** A drawn applicant the layout cannot hold: its number, the fact's path and the problem, in the CLI's language. */
const applicantError = (n: number, e: { path: string; message: string }) =>
  new CliError(
    tr()("error.applicant", { number: n, path: e.path, message: translateFactsError(e.message, cliLang()) }),
  );
import { openDatabase, sqlIdent, sqlString } from "./database.js";
import { type FileFormat, listFile } from "./load-files.js";
import { Staging } from "./staging.js";

/**
 * Writes applicants in the table layout, as Parquet or CSV: the applicants' file and one file
 * per list input beside it (`NAME.LIST.parquet`), which `--engine duckdb` reads back.
 * Returns the files written.
 */
export async function writePopulation(
  policy: Policy,
  applicants: Iterable<unknown>,
  file: string,
  format: FileFormat,
): Promise<string[]> {
  const db = await openDatabase();
  try {
    const staging = await Staging.open(db, policy, "population");
    let n = 0;
    for (const facts of applicants) {
      n++;
      const valid = validateFacts(policy, facts);
      if (!valid.ok) throw applicantError(n, valid.errors[0]!);
      const { rows, errors } = layoutRows(policy, n, valid.facts);
      if (errors.length > 0) throw applicantError(n, errors[0]!);
      staging.add(rows);
    }
    await staging.finish();
    const layout = layoutOf(policy);
    const written: string[] = [];
    for (const t of layoutTables(layout)) {
      const list = layout.lists.find((l) => l.name === t.name);
      const target = list ? listFile(file, list.input) : file;
      const order = list ? `"applicant", "position"` : `"applicant"`;
      const options = format === "parquet" ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
      try {
        await db.connection.run(
          `COPY (SELECT * FROM "population".${sqlIdent(t.name)} ORDER BY ${order}) TO ${sqlString(target)} (${options})`,
        );
      } catch (e) {
        const why = (e as Error).message.split("\n")[0]!;
        throw new CliError(tr()("error.cannotWrite", { what: `\`${target}\``, why }));
      }
      written.push(target);
    }
    return written;
  } finally {
    db.close();
  }
}
