import { open } from "node:fs/promises";
import { ServerError } from "../errors.js";
import { entryHash } from "./chain.js";

/**
 * The end of an existing JSONL log: its size, and the seq and hash of its last decision (0 and null
 * when the file is absent or empty). Reads backwards from the end, so a long log opens at once.
 * A log that ends in an incomplete line, or whose last line does not hash to its `hash`, is refused.
 */
export async function readLogHead(log: string): Promise<{ seq: number; hash: string | null; size: number }> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(log, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { seq: 0, hash: null, size: 0 };
    throw e;
  }
  try {
    const { size } = await fh.stat();
    if (size === 0) return { seq: 0, hash: null, size };
    let tail = Buffer.alloc(0);
    let pos = size;
    while (pos > 0 && tail.subarray(0, tail.length - 1).lastIndexOf(10) < 0) {
      const n = Math.min(65536, pos);
      pos -= n;
      const chunk = Buffer.alloc(n);
      await fh.read(chunk, 0, n, pos);
      tail = Buffer.concat([chunk, tail]);
    }
    if (tail[tail.length - 1] !== 10) throw new ServerError({ key: "server.incompleteLine", params: { log } });
    const text = tail.subarray(tail.subarray(0, tail.length - 1).lastIndexOf(10) + 1, tail.length - 1).toString("utf8");
    let last: Record<string, unknown>;
    try {
      last = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new ServerError({ key: "server.lastNotJson", params: { log } });
    }
    if (typeof last["seq"] !== "number" || typeof last["hash"] !== "string" || entryHash(last) !== last["hash"])
      throw new ServerError({ key: "server.lastNotHashed", params: { log } });
    return { seq: last["seq"], hash: last["hash"], size };
  } finally {
    await fh.close();
  }
}
