import { mkdirSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { ServerError } from "../errors.js";
import { sealEntry } from "./chain.js";
import type { DecisionEntry } from "./entry.js";
import { lockLog } from "./file-lock.js";
import { policyStoreDir, storePolicyFile, syncFolder } from "./file-policy-store.js";
import { readLogHead } from "./file-head.js";
import { GroupCommit, type DecisionSink, type Pending } from "./sink.js";

/**
 * The JSONL decision log: one line per decision, appended and fsynced (fdatasync) before the
 * decision is answered; the policy versions beside it in `<log>.policies/`. A failed write is cut
 * off again (the file is truncated to its last complete decision), so no partial line remains;
 * if even that fails, the sink refuses every later decision.
 */
export async function openFileSink(log: string): Promise<DecisionSink> {
  mkdirSync(dirname(log), { recursive: true });
  const unlock = lockLog(log);
  let fh: FileHandle;
  let head: Awaited<ReturnType<typeof readLogHead>>;
  try {
    head = await readLogHead(log);
    fh = await open(log, "a");
    if (head.size === 0) await syncFolder(dirname(log)); // the new file's name is durable too
  } catch (e) {
    unlock();
    throw e;
  }
  const store = policyStoreDir(log);
  let { seq, hash, size } = head;
  let broken: Error | undefined;

  const commit = async (batch: readonly Pending[]): Promise<DecisionEntry[]> => {
    if (broken) throw broken;
    const seen = new Set<string>();
    for (const { policies } of batch)
      for (const p of policies) if (!seen.has(p.hash)) seen.add(p.hash), await storePolicyFile(store, p);
    let s = seq;
    let prev = hash;
    const entries = batch.map(({ draft }) => {
      const e = sealEntry(draft, ++s, prev);
      prev = e.hash;
      return e;
    });
    const bytes = Buffer.from(entries.map((e) => `${JSON.stringify(e)}\n`).join(""), "utf8");
    try {
      for (let at = 0; at < bytes.length; ) at += (await fh.write(bytes, at)).bytesWritten;
      await fh.datasync();
    } catch (e) {
      try {
        await fh.truncate(size);
        await fh.datasync();
      } catch (cut) {
        broken = new ServerError(`the decision log \`${log}\` could not be repaired after a failed write: ${cut}`);
      }
      throw e;
    }
    size += bytes.length;
    seq = s;
    hash = prev;
    return entries;
  };
  const group = new GroupCommit(commit);
  return {
    description: log,
    append: (draft, policies) => group.append({ draft, policies }),
    head: async () => ({ seq, hash }),
    async close() {
      await group.drain();
      await fh.close();
      unlock();
    },
  };
}
