import { existsSync } from "node:fs";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { canonicalJson } from "../canonical-hash.js";
import type { LoadedPolicy } from "../library/loaded-policy.js";

/** The folder beside a JSONL log where the versions of the policies its decisions name are kept. */
export const policyStoreDir = (log: string) => `${log}.policies`;

const fileOf = (dir: string, hash: string) => join(dir, `${hash.replace(/^sha256:/, "")}.json`);

/**
 * Keeps a policy version: `<dir>/<sha256 hex>.json` holds the canonical JSON of its IR, whose
 * SHA-256 is the name. Idempotent; durable (written, fsynced, renamed into place, folder fsynced)
 * before it resolves.
 */
export async function storePolicyFile(dir: string, p: LoadedPolicy): Promise<void> {
  const file = fileOf(dir, p.hash);
  if (existsSync(file)) return;
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fh = await open(tmp, "w");
  try {
    await fh.writeFile(canonicalJson(p.ir), "utf8");
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await syncFolder(dir);
}

/** A stored version's JSON, or undefined when the store has no such version. */
export async function readPolicyFile(dir: string, hash: string): Promise<string | undefined> {
  try {
    return await readFile(fileOf(dir, hash), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

export async function syncFolder(dir: string): Promise<void> {
  const fh = await open(dir, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
