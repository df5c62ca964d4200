import { CliError } from "../errors.js";
import { tr } from "../lang.js";

/** The version of @duckdb/node-api the DuckDB engine is built and tested with. */
export const DUCKDB_VERSION = "1.5.6-r.1";

/**
 * Loads a module of the DuckDB engine. DuckDB is a native library of some 60 MB, so the
 * published CLI lists it as an optional peer dependency: a user who never runs
 * `--engine duckdb` (or writes Parquet) does not download it, and one who does is told how.
 */
export async function loadDuckdb<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("@duckdb/node-api"))
      throw new CliError(tr()("error.duckdbMissing", { version: DUCKDB_VERSION }));
    throw e;
  }
}
