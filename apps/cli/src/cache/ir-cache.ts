import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Policy } from "@subsidia/ir";
import type { Diagnostic } from "@subsidia/syntax";
import { buildId } from "./build-id.js";

/** A policy file's compile: its IR (absent when it has errors) and its diagnostics (warnings, on a success). */
export interface Compiled {
  ir?: Policy | undefined;
  diagnostics: Diagnostic[];
}

/** The first word of an entry, with the entry format's version: another format is never read. */
const FORMAT = "subsidia-ir-cache 1";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The key of a compile: the compiler's build, the file's name as given (it is in every span) and its text. */
export function cacheKey(file: string, text: string): string {
  return sha256(`${FORMAT}\0${buildId()}\0${file}\0${text}`);
}

/**
 * The key of a library's compile: the build, the levels, and every file's name and text in the order given
 * (the order is the library's: the files given on the command line first).
 */
export function libraryCacheKey(texts: ReadonlyMap<string, string>, levels: Readonly<Record<string, string>>): string {
  const h = createHash("sha256").update(`${FORMAT}\0library\0${buildId()}\0${JSON.stringify(levels)}\0`);
  for (const [file, text] of texts) h.update(`${file.length}\0${file}\0${text.length}\0${text}\0`);
  return h.digest("hex");
}

const entryPath = (dir: string, key: string): string => join(dir, "ir", `${key.slice(0, 2)}`, `${key}.json`);

/**
 * The cached compile of that key, or `undefined`: when there is none, and when the entry is not one
 * this build wrote for this key (another format, another key, a checksum that does not match the
 * body, a body that is not a compile's shape). A bad entry is ignored, never trusted.
 */
export function readEntry<T>(dir: string, key: string, shape: (json: unknown) => json is T): T | undefined {
  let text: string;
  try {
    text = readFileSync(entryPath(dir, key), "utf8");
  } catch {
    return undefined;
  }
  const nl = text.indexOf("\n");
  if (nl < 0) return undefined;
  const body = text.slice(nl + 1);
  if (text.slice(0, nl) !== `${FORMAT} ${key} ${sha256(body)}`) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  return shape(json) ? json : undefined;
}

/** Diagnostics that are all warnings: an entry is only ever a successful compile. */
export const onlyWarnings = (diagnostics: unknown): boolean =>
  Array.isArray(diagnostics) &&
  diagnostics.every(
    (d) => typeof d === "object" && d !== null && d.severity === "warning" && typeof d.span === "object",
  );

/** A successful compile, as JSON: an IR object and diagnostics that are all warnings. */
export function compiledShape(json: unknown): json is Compiled {
  if (typeof json !== "object" || json === null) return false;
  const { ir, diagnostics } = json as { ir?: unknown; diagnostics?: unknown };
  if (typeof ir !== "object" || ir === null || typeof (ir as { id?: unknown }).id !== "string") return false;
  return onlyWarnings(diagnostics);
}

/**
 * Writes a successful compile under its key; returns it as a later run will read it (JSON text
 * parsed back), so that a hit and a miss give the same objects. A cache that cannot be written (a
 * read-only folder, a full disk) is skipped without a word.
 */
export function writeEntry<T>(dir: string, key: string, compiled: T): T {
  const body = JSON.stringify(compiled);
  const path = entryPath(dir, key);
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(join(dir, "ir", key.slice(0, 2)), { recursive: true });
    writeFileSync(tmp, `${FORMAT} ${key} ${sha256(body)}\n${body}`);
    renameSync(tmp, path); // atomic: a concurrent run reads the old entry or the new one, never half
  } catch {
    removeQuietly(tmp);
  }
  return JSON.parse(body) as T;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the folder is not writable: there is nothing of ours to remove
  }
}
