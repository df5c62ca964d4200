import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Policy } from "@subsidia/ir";
import type { Diagnostic } from "@subsidia/syntax";
import { compileCached } from "./cache/compile-cached.js";
import { CliError } from "./errors.js";
import { cliLang, tr } from "./lang.js";
import type { Paint } from "./paint.js";

/** A file's text (`-`: standard input), a UTF-8 byte order mark left out. */
export function readText(file: string): string {
  let text: string;
  try {
    text = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (e) {
    throw cannotRead(file, e);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a file cannot be read, in words (in the CLI's language; the system's own message otherwise). */
export function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const t = tr();
  return code === "ENOENT"
    ? t("error.noSuchFile")
    : code === "EISDIR"
      ? t("error.isFolder")
      : code === "EACCES"
        ? t("error.permission")
        : String((e as Error).message);
}

/** `cannot read \`FILE\`: no such file` (`-`: standard input), in the CLI's language. */
export function cannotRead(file: string, e: unknown): CliError {
  const what = file === "-" ? tr()("error.standardInput") : `\`${file}\``;
  return new CliError(tr()("error.cannotRead", { what, why: readError(e) }));
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
      throw new CliError(tr()("error.cannotRead", { what: `\`${p}\``, why: tr()("error.noSuchPath") }));
    }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p);
      if (out.length === before) throw new CliError(tr()("error.noPolicies", { path: `\`${p}\`` }));
    } else if (!p.endsWith(".subsidia")) throw new CliError(tr()("error.notPolicy", { path: `\`${p}\`` }));
    else out.push(p);
  }
  return out;
}
