import pg from "pg";
import { canonicalJson } from "../canonical-hash.js";
import { ServerError } from "../errors.js";
import { sealEntry } from "./chain.js";
import type { DecisionEntry } from "./entry.js";
import { ensureSchema, LOCK, redactUrl } from "./pg-schema.js";
import { GroupCommit, type DecisionSink, type Pending } from "./sink.js";

/**
 * The PostgreSQL decision log, for several instances of the service. Each batch of decisions is one
 * transaction that takes an advisory lock, reads the chain's head, stores the policy versions
 * (content-addressed, once) and inserts the decisions after it, so the chain stays one line
 * whatever instance writes; the primary key on `seq` refuses a fork even without the lock. The
 * commit (synchronous) happens before the decisions are answered.
 */
export async function openPgSink(url: string): Promise<DecisionSink> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {}); // an idle connection that drops is replaced on the next query
  try {
    const client = await pool.connect();
    try {
      await ensureSchema(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end();
    throw new ServerError({ key: "server.pgOpen", params: { url: redactUrl(url), detail: (e as Error).message } });
  }
  const stored = new Set<string>();

  const commit = async (batch: readonly Pending[]): Promise<DecisionEntry[]> => {
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query("set local synchronous_commit = on");
      await client.query(LOCK);
      const fresh = new Map(
        batch.flatMap((b) => b.policies.filter((p) => !stored.has(p.hash)).map((p) => [p.hash, p])),
      );
      for (const p of fresh.values())
        await client.query(
          "insert into subsidia_policies (hash, policy_id, ir) values ($1, $2, $3) on conflict (hash) do nothing",
          [p.hash, p.id, canonicalJson(p.ir)],
        );
      const head = await client.query<{ seq: string; hash: string }>(
        "select seq, hash from subsidia_decisions order by seq desc limit 1",
      );
      let seq = head.rows[0] ? Number(head.rows[0].seq) : 0;
      let prev = head.rows[0]?.hash ?? null;
      const entries = batch.map(({ draft }) => {
        const e = sealEntry(draft, ++seq, prev);
        prev = e.hash;
        return e;
      });
      const values = entries.map(
        (_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`,
      );
      await client.query(
        `insert into subsidia_decisions (seq, decision_id, prev_hash, hash, entry) values ${values.join(", ")}`,
        entries.flatMap((e) => [e.seq, e.decision_id, e.prev_hash, e.hash, JSON.stringify(e)]),
      );
      await client.query("commit");
      for (const h of fresh.keys()) stored.add(h);
      return entries;
    } catch (e) {
      await client.query("rollback").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  };
  const group = new GroupCommit(commit, 100);
  return {
    description: redactUrl(url),
    append: (draft, policies) => group.append({ draft, policies }),
    async head() {
      const r = await pool.query<{ seq: string; hash: string }>(
        "select seq, hash from subsidia_decisions order by seq desc limit 1",
      );
      return r.rows[0] ? { seq: Number(r.rows[0].seq), hash: r.rows[0].hash } : { seq: 0, hash: null };
    },
    async close() {
      await group.drain();
      await pool.end();
    },
  };
}

export const isPgUrl = (target: string) => /^postgres(ql)?:\/\//.test(target);
