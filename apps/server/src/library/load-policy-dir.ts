import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compileLibrary, formatDiagnostic } from "@subsidia/compiler";
import { Level, type LibraryIndex } from "@subsidia/ir";
import type { Related } from "@subsidia/runtime";
import { z } from "zod";
import { loadedPolicy, type LoadedPolicy } from "./loaded-policy.js";

/** A file the library could not take: its path and the diagnostics or reason, formatted for a terminal. */
export interface LoadProblem {
  file: string;
  /** in English, as the HTTP API reports it */
  message: string;
  /** the same in 简体中文, for `subsidia serve --lang zh`'s lines (a policy's diagnostics as `check --lang zh` writes them) */
  zh?: string;
}

/** A problem in the language of the service's lines. */
export const problemIn = (p: LoadProblem, lang: "en" | "zh"): string =>
  lang === "zh" ? (p.zh ?? p.message) : p.message;

export interface LibraryLoad {
  policies: LoadedPolicy[];
  /** the implementing rules and amendments of the policies (docs/library.md) */
  related: Related;
  index: LibraryIndex;
  problems: LoadProblem[];
}

/**
 * The policy library: every `.subsidia` file under `dir` (hidden files and folders skipped),
 * compiled together (`compileLibrary`: policies, implementing rules, amendments, vocabularies),
 * the levels read from `dir/library.json`, policies sorted by id. Files are compiled under their
 * path relative to `dir`, so a policy's hash does not depend on where the library is installed.
 */
export function loadPolicyDir(dir: string): LibraryLoad {
  const empty = { policies: [], related: { rules: [], amendments: [] }, index: { entries: [] } };
  let paths: string[];
  try {
    paths = subsidiaFiles(dir);
  } catch (e) {
    return { ...empty, problems: [{ file: dir, message: `cannot read the folder: ${(e as Error).message}` }] };
  }
  const problems: LoadProblem[] = [];
  const texts = new Map<string, string>();
  for (const path of paths) {
    const file = relative(dir, path).split(sep).join("/");
    try {
      texts.set(file, readFileSync(path, "utf8"));
    } catch (e) {
      problems.push({ file, message: `cannot read it: ${(e as Error).message}` });
    }
  }
  const levels = readLevels(dir, problems);
  const lib = compileLibrary(
    [...texts].map(([file, text]) => ({ file, text })),
    levels,
  );
  for (const file of texts.keys()) {
    const errors = lib.diagnostics.filter((d) => d.span.file === file && d.severity === "error");
    if (errors.length > 0)
      problems.push({
        file,
        message: errors.map((d) => formatDiagnostic(d, texts.get(file) ?? "")).join("\n\n"),
        zh: errors.map((d) => formatDiagnostic(d, texts.get(file) ?? "", undefined, "zh")).join("\n\n"),
      });
  }
  const policies = lib.policies.map((ir) => loadedPolicy(ir, ir.file ?? ""));
  policies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { policies, related: { rules: lib.rules, amendments: lib.amendments }, index: lib.index, problems };
}

/** `library.json`: `{ "levels": { "<id>": "provincial" } }`, or no levels when there is none. */
function readLevels(dir: string, problems: LoadProblem[]): Record<string, Level> {
  let text: string;
  try {
    text = readFileSync(join(dir, "library.json"), "utf8");
  } catch {
    return {};
  }
  const parsed = z.object({ levels: z.record(z.string(), Level).default({}) }).safeParse(safeJson(text));
  if (parsed.success) return parsed.data.levels;
  problems.push({
    file: "library.json",
    message: `expected \`{ "levels": { "<id>": "provincial" } }\`: ${parsed.error.issues[0]?.message}`,
  });
  return {};
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
