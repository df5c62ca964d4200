import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { ServiceMessage } from "@subsidia/messages";
import pg from "pg";
import { ServerError } from "../errors.js";
import { policyStoreDir, readPolicyFile } from "../decisions/file-policy-store.js";
import { redactUrl } from "../decisions/pg-schema.js";

/** One recorded decision as stored: where it is (`decisions.jsonl:5`, `row 5`), its position from 1, its text. */
export interface LogLine {
  where: string;
  n: number;
  text: string;
}

/** A decision log to check: its lines in order and the policy versions kept beside it. */
export interface LogSource {
  description: string;
  lines(): AsyncIterable<LogLine>;
  /** the stored canonical JSON of a policy version, or undefined when the store has no such version */
  policy(hash: string): Promise<string | undefined>;
  /** a problem with the end of the log that no line shows (a last line without its newline) */
  tail(): Promise<ServiceMessage | undefined>;
  close(): Promise<void>;
}

export async function openFileLog(path: string): Promise<LogSource> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ServerError(
      code === "ENOENT"
        ? { key: "log.noSuchFile", params: { path } }
        : { key: "log.cannotRead", params: { path, detail: (e as Error).message } },
    );
  }
  const store = policyStoreDir(path);
  return {
    description: path,
    async *lines() {
      const rl = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
      let n = 0;
      for await (const text of rl) {
        n++;
        yield { where: `${path}:${n}`, n, text };
      }
    },
    policy: (hash) => readPolicyFile(store, hash),
    async tail() {
      if (size === 0) return undefined;
      const fh = await open(path, "r");
      try {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        return last[0] === 10 ? undefined : { key: "verify.noNewline", params: {} };
      } finally {
        await fh.close();
      }
    },
    close: async () => {},
  };
}

/** The PostgreSQL decision log of the URL's schema, in `seq` order, read a page at a time. */
export async function openPgLog(url: string): Promise<LogSource> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("select 1 from subsidia_decisions limit 0");
  } catch (e) {
    await client.end().catch(() => {});
    throw new ServerError({ key: "log.pgRead", params: { url: redactUrl(url), detail: (e as Error).message } });
  }
  return {
    description: redactUrl(url),
    async *lines() {
      let after = "0";
      let n = 0;
      for (;;) {
        const page = await client.query<{ seq: string; entry: string }>(
          "select seq, entry from subsidia_decisions where seq > $1 order by seq limit 1000",
          [after],
        );
        for (const row of page.rows) {
          n++;
          yield { where: `row ${n} (seq ${row.seq})`, n, text: row.entry };
        }
        if (page.rows.length < 1000) return;
        after = page.rows[page.rows.length - 1]!.seq;
      }
    },
    async policy(hash) {
      const r = await client.query<{ ir: string }>("select ir from subsidia_policies where hash = $1", [hash]);
      return r.rows[0]?.ir;
    },
    tail: async () => undefined,
    close: () => client.end(),
  };
}
