import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { ServerError } from "../errors.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One writer per JSONL log: `<log>.lock` holds the writer's process id. A lock left by a process
 * that is gone is taken over. Returns the function that releases it.
 */
export function lockLog(log: string): () => void {
  const lock = `${log}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const pid = Number(readFileSync(lock, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
      throw new ServerError({ key: "server.otherWriter", params: { log, pid, lock } });
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}
