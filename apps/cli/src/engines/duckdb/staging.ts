import { BIGINT, type DuckDBAppender, DuckDBDataChunk, type DuckDBType, INTEGER, VARCHAR } from "@duckdb/node-api";
import type { Policy } from "@subsidia/ir";
import { dialectOf, layoutOf, layoutTables, type Cell, type LayoutRows } from "@subsidia/sql";
import type { Database } from "./database.js";
import { sqlIdent } from "./database.js";

const CHUNK = 2048;

/** One table being filled: text columns (cast to the layout's types at the end), appended a chunk at a time. */
class StagedTable {
  private readonly columns: (string | bigint | number | null)[][];
  private rows = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    private readonly types: readonly DuckDBType[],
  ) {
    this.columns = types.map(() => []);
  }

  add(row: readonly Cell[]): void {
    row.forEach((v, i) => {
      const t = this.types[i];
      this.columns[i]!.push(
        v === null ? null : t === BIGINT ? BigInt(v as string) : t === INTEGER ? Number(v) : String(v),
      );
    });
    if (++this.rows >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    const chunk = DuckDBDataChunk.create(this.types, this.rows);
    this.columns.forEach((values, i) => {
      chunk.setColumnValues(i, values);
      values.length = 0;
    });
    this.appender.appendDataChunk(chunk);
    this.rows = 0;
  }

  close(): void {
    this.flush();
    this.appender.closeSync();
  }
}

/**
 * The layout tables of one policy in a schema, filled row by row from JavaScript (facts read
 * and validated by the runtime): staged as text, then cast once to the layout's exact types.
 */
export class Staging {
  private readonly tables = new Map<string, StagedTable>();

  private constructor(
    private readonly db: Database,
    readonly policy: Policy,
    readonly schema: string,
  ) {}

  static async open(db: Database, policy: Policy, schema: string): Promise<Staging> {
    const s = new Staging(db, policy, schema);
    await db.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`);
    for (const t of layoutTables(layoutOf(policy))) {
      const types = t.columns.map((c) => (c.type.k === "bigint" ? BIGINT : c.type.k === "integer" ? INTEGER : VARCHAR));
      const cols = t.columns.map(
        (c, i) =>
          `${sqlIdent(c.name)} ${types[i] === VARCHAR ? "VARCHAR" : types[i] === BIGINT ? "BIGINT" : "INTEGER"}`,
      );
      await db.run(`CREATE TABLE ${sqlIdent(schema)}.${sqlIdent(`stage_${t.name}`)} (${cols.join(", ")})`);
      const appender = await db.connection.createAppender(`stage_${t.name}`, schema);
      s.tables.set(t.name, new StagedTable(appender, types));
    }
    return s;
  }

  add(rows: LayoutRows): void {
    for (const [name, rs] of rows) for (const r of rs) this.tables.get(name)!.add(r);
  }

  /** The staged text cast to the layout's types, in the layout's tables. */
  async finish(): Promise<void> {
    for (const t of this.tables.values()) t.close();
    const d = dialectOf("duckdb");
    const s = sqlIdent(this.schema);
    for (const t of layoutTables(layoutOf(this.policy))) {
      const cols = t.columns.map((c) => `CAST(${sqlIdent(c.name)} AS ${d.type(c.type)}) AS ${sqlIdent(c.name)}`);
      await this.db.run(
        `CREATE TABLE ${s}.${sqlIdent(t.name)} AS SELECT ${cols.join(", ")} FROM ${s}.${sqlIdent(`stage_${t.name}`)}`,
      );
      await this.db.run(`DROP TABLE ${s}.${sqlIdent(`stage_${t.name}`)}`);
    }
  }
}
