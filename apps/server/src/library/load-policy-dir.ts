import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compile, formatDiagnostic } from "@subsidia/compiler";
import { loadedPolicy, type LoadedPolicy } from "./loaded-policy.js";

/** A file the library could not take: its path and the diagnostics or reason, formatted for a terminal. */
export interface LoadProblem {
  file: string;
  message: string;
}

export interface LibraryLoad {
  policies: LoadedPolicy[];
  problems: LoadProblem[];
}

/**
 * The policy library, for now: every `.subsidia` file under `dir` (hidden files and folders
 * skipped), compiled, sorted by id. Files are compiled under their path relative to `dir`, so a
 * policy's hash does not depend on where the library is installed. This module is the one place
 * to swap for the library with an index (#15).
 */
export function loadPolicyDir(dir: string): LibraryLoad {
  const policies: LoadedPolicy[] = [];
  const problems: LoadProblem[] = [];
  let files: string[];
  try {
    files = subsidiaFiles(dir);
  } catch (e) {
    return { policies, problems: [{ file: dir, message: `cannot read the folder: ${(e as Error).message}` }] };
  }
  for (const path of files) {
    const file = relative(dir, path).split(sep).join("/");
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (e) {
      problems.push({ file, message: `cannot read it: ${(e as Error).message}` });
      continue;
    }
    const { ir, diagnostics } = compile(text, file);
    if (!ir) {
      const errors = diagnostics.filter((d) => d.severity === "error");
      problems.push({ file, message: errors.map((d) => formatDiagnostic(d, text)).join("\n\n") });
      continue;
    }
    const other = policies.find((p) => p.id === ir.id);
    if (other) {
      problems.push({
        file,
        message: `policy id \`${ir.id}\` is also the id of \`${other.file}\`; expected unique ids`,
      });
      continue;
    }
    policies.push(loadedPolicy(ir, file));
  }
  policies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { policies, problems };
}

function subsidiaFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...subsidiaFiles(path));
    else if (entry.isFile() && entry.name.endsWith(".subsidia")) out.push(path);
  }
  return out;
}
