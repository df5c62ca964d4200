import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Set by the bundle (scripts/bundle.mjs): a hash of the sources of every package that makes the IR. */
declare const __SUBSIDIA_BUILD_ID__: string | undefined;

/** The packages whose code decides a policy's IR and diagnostics. */
export const IR_PACKAGES = ["@subsidia/syntax", "@subsidia/compiler", "@subsidia/ir", "@subsidia/messages"];

let id: string | undefined;

/**
 * What identifies the compiler that made a cached IR: in the bundle, a hash of its sources taken
 * when it was built; run from the workspace (sources or `dist`), a hash of the name, size and
 * modification time of every file of those packages, so that an edit to the compiler misses.
 */
export function buildId(): string {
  if (id !== undefined) return id;
  if (typeof __SUBSIDIA_BUILD_ID__ !== "undefined") return (id = __SUBSIDIA_BUILD_ID__);
  const hash = createHash("sha256");
  for (const name of IR_PACKAGES) {
    const root = dirname(dirname(fileURLToPath(import.meta.resolve(name))));
    for (const sub of ["src", "dist"]) stamp(join(root, sub), hash);
  }
  return (id = hash.digest("hex"));
}

function stamp(dir: string, hash: ReturnType<typeof createHash>): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) stamp(path, hash);
    else if (st) hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
  }
}
