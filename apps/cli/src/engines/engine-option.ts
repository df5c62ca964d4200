import { CliError } from "../errors.js";
import { formatOf } from "./file-format.js";

export type EngineName = "js" | "duckdb";

/** `--engine`: `js` (the default) or `duckdb`; Parquet and CSV populations need DuckDB. */
export function engineOf(option: string | undefined, file: string): EngineName {
  if (option !== undefined && option !== "js" && option !== "duckdb")
    throw new CliError(`\`--engine\` expects \`js\` or \`duckdb\`, got \`${option}\``);
  const format = formatOf(file);
  if (format !== null && option !== "duckdb")
    throw new CliError(`\`${file}\` is ${format === "csv" ? "CSV" : "Parquet"}: read it with \`--engine duckdb\``);
  return option ?? "js";
}
