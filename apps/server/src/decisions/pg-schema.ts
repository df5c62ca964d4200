import type pg from "pg";

/**
 * The PostgreSQL decision log, in the connection's current schema: one row per decision (the
 * line exactly as a JSONL log would hold it, in `entry`) and the policy versions they name.
 * `entry` is text, not jsonb: jsonb would reorder keys and rewrite numbers; query it as `entry::jsonb`.
 */
const DDL = `
create table if not exists subsidia_decisions (
  seq bigint primary key check (seq > 0),
  decision_id text not null unique,
  prev_hash text,
  hash text not null unique,
  recorded_at timestamptz not null default now(),
  entry text not null
);
create table if not exists subsidia_policies (
  hash text primary key,
  policy_id text not null,
  ir text not null,
  stored_at timestamptz not null default now()
);`;

/** The advisory lock that orders every writer of one schema's log (several service instances). */
export const LOCK = "select pg_advisory_xact_lock(hashtextextended(current_schema() || '.subsidia_decisions', 0))";

/** Creates the tables when they are missing; safe when several instances start at once. */
export async function ensureSchema(client: pg.PoolClient): Promise<void> {
  await client.query("begin");
  try {
    await client.query(LOCK);
    await client.query(DDL);
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw e;
  }
}

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgresql://…";
  }
}
