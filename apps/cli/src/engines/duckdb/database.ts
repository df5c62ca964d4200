import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { CliError } from "../../errors.js";

/** An embedded DuckDB database for one command: in memory, spilling to a temporary folder. */
export interface Database {
  connection: DuckDBConnection;
  /** another connection to the same database (to stream two queries at once) */
  connect(): Promise<DuckDBConnection>;
  run(sql: string): Promise<void>;
  close(): void;
}

export async function openDatabase(): Promise<Database> {
  const spill = mkdtempSync(join(tmpdir(), "subsidia-duckdb-"));
  const instance = await DuckDBInstance.create(":memory:", {
    threads: String(Math.max(1, availableParallelism())),
    temp_directory: spill,
  });
  const connection = await instance.connect();
  const others: DuckDBConnection[] = [];
  return {
    connection,
    async connect() {
      const c = await instance.connect();
      others.push(c);
      return c;
    },
    async run(sql) {
      try {
        await connection.run(sql);
      } catch (e) {
        throw new CliError(`duckdb: ${(e as Error).message.split("\n")[0]}`);
      }
    },
    close() {
      for (const c of others) c.closeSync();
      connection.closeSync();
      instance.closeSync();
      rmSync(spill, { recursive: true, force: true });
    },
  };
}

/** `'text'` as a DuckDB string literal. */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
/** `"name"` as a DuckDB identifier. */
export const sqlIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
