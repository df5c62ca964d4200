import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Policy } from "@subsidia/ir";
import { dialectOf, layoutOf, layoutTables } from "../../src/index.js";
import { createTable, statement } from "../../src/print.js";
import type { ResultRow } from "../../src/results.js";
import type { Engine, Loaded } from "./engine.js";
import { insertStatements } from "./insert.js";

/** An in-memory DuckDB database per run: the layout's tables, the rows, the compiled query. */
export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection: DuckDBConnection = await instance.connect();
  const d = dialectOf("duckdb");
  return {
    name: "duckdb",
    async run(policy: Policy, loaded: Loaded, sql: string): Promise<ResultRow[]> {
      const layout = layoutOf(policy);
      for (const t of layoutTables(layout)) {
        await connection.run(`DROP TABLE IF EXISTS ${d.ident(t.name)}`);
        await connection.run(createTable(t, d));
      }
      for (const insert of insertStatements(loaded, d)) await connection.run(insert);
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as ResultRow[];
    },
    sqlOf: (compiled) => statement(compiled.statement, d),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
