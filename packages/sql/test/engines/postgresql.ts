import type { Policy } from "@subsidia/ir";
import pg from "pg";
import { dialectOf, layoutOf, layoutTables } from "../../src/index.js";
import { createTable, statement } from "../../src/print.js";
import type { ResultRow } from "../../src/results.js";
import type { Engine, Loaded } from "./engine.js";
import { insertStatements } from "./insert.js";

/** Where the test server is: `.ci/run` starts the cluster and exports it. */
export const PG_URL = process.env["SUBSIDIA_TEST_PG"];

/** A PostgreSQL connection with a schema of its own (dropped on close), dates read as text. */
export async function postgresqlEngine(url: string): Promise<Engine> {
  const client = new pg.Client({
    connectionString: url,
    types: { getTypeParser: (oid, format) => (oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, format)) },
  });
  await client.connect();
  const schema = `conformance_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  const d = dialectOf("postgresql");
  return {
    name: "postgresql",
    async run(policy: Policy, loaded: Loaded, sql: string): Promise<ResultRow[]> {
      for (const t of layoutTables(layoutOf(policy))) {
        await client.query(`DROP TABLE IF EXISTS ${d.ident(t.name)}`);
        await client.query(createTable(t, d));
      }
      for (const insert of insertStatements(loaded, d)) await client.query(insert);
      return (await client.query(sql)).rows as ResultRow[];
    },
    sqlOf: (compiled) => statement(compiled.statement, d),
    async close() {
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    },
  };
}
