import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Policy } from "@subsidia/ir";
import type { Diagnostic } from "@subsidia/syntax";
import { compileCached } from "./cache/compile-cached.js";
import { CliError } from "./errors.js";
import { cliLang } from "./lang.js";
import type { Paint } from "./paint.js";

/** A file's text (`-`: standard input), a UTF-8 byte order mark left out. */
export function readText(file: string): string {
  let text: string;
  try {
    text = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file === "-" ? "standard input" : `\`${file}\``}: ${readError(e)}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a file cannot be read, in words. */
export function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT"
    ? "no such file"
    : code === "EISDIR"
      ? "it is a folder"
      : code === "EACCES"
        ? "permission denied"
        : String((e as Error).message);
}

export interface Loaded {
  file: string;
  text: string;
  ir?: Policy | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Compiles a policy (or takes its compile from the cache) or fails with its formatted
 * diagnostics (errors and warnings). The compiler is loaded only to compile or to format.
 */
export async function requirePolicy(file: string, paint: Paint): Promise<Policy> {
  const text = readText(file);
  const p = await compileCached(text, file);
  if (p.ir) return p.ir;
  const { formatDiagnostic } = await import("@subsidia/compiler");
  throw new CliError(p.diagnostics.map((d) => formatDiagnostic(d, text, paint, cliLang())).join("\n\n"));
}

/**
 * The `.subsidia` files that paths name: a file as given (it must be a policy file), a folder
 * searched below, sorted, skipping hidden folders and `node_modules`, entries that cannot be
 * read (a dangling link) and folders already seen (a link loop). Fails when nothing is found.
 */
export function policyFiles(paths: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const path = join(dir, name);
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(path);
      } catch {
        continue; // a dangling link, or no permission
      }
      if (st.isDirectory()) walk(path);
      else if (name.endsWith(".subsidia")) out.push(path);
    }
  };
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      throw new CliError(`cannot read \`${p}\`: no such file or folder`);
    }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p);
      if (out.length === before) throw new CliError(`no \`.subsidia\` files in \`${p}\``);
    } else if (!p.endsWith(".subsidia"))
      throw new CliError(`\`${p}\` is not a policy file: expected a \`.subsidia\` file or a folder of them`);
    else out.push(p);
  }
  return out;
}
