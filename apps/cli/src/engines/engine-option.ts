import { CliError } from "../errors.js";
import { tr } from "../lang.js";
import { formatOf } from "./file-format.js";

export type EngineName = "js" | "duckdb";

/** `--engine`: `js` (the default) or `duckdb`; Parquet and CSV populations need DuckDB. */
export function engineOf(option: string | undefined, file: string): EngineName {
  if (option !== undefined && option !== "js" && option !== "duckdb")
    throw new CliError(tr()("usage.engine", { value: option }));
  const format = formatOf(file);
  if (format !== null && option !== "duckdb")
    throw new CliError(tr()(format === "csv" ? "usage.csv" : "usage.parquet", { file }));
  return option ?? "js";
}
