import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { type CompiledLibrary, compile, compileLibrary, formatDiagnostic } from "@subsidia/compiler";
import { LibraryIndex, type Level, Level as LevelSchema } from "@subsidia/ir";
import { compileCachedWith } from "../cache/compile-cached.js";
import { compileLibraryCached } from "../cache/library-cached.js";
import { CliError } from "../errors.js";
import { cliLang, tr } from "../lang.js";
import { type Loaded, policyFiles, readText } from "../load.js";
import type { Paint } from "../paint.js";

/** The file beside a library's policies that gives each id its level of government. */
export const LEVELS_FILE = "library.json";

export interface ReadLibrary extends CompiledLibrary {
  texts: Map<string, string>;
}

/** The levels of `DIR/library.json` (`{ "levels": { "id": "provincial" } }`), or none. */
function readLevels(dir: string): Record<string, Level> {
  const path = join(dir, LEVELS_FILE);
  if (!existsSync(path)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (e) {
    throw new CliError(tr()("error.notJson", { path: `\`${path}\``, detail: (e as Error).message }));
  }
  const levels = (json as { levels?: unknown } | null)?.levels ?? {};
  const out: Record<string, Level> = {};
  for (const [id, level] of Object.entries(levels as Record<string, unknown>)) {
    const parsed = LevelSchema.safeParse(level);
    if (!parsed.success) {
      const expected = LevelSchema.options.map((l) => `\`${l}\``).join(cliLang() === "en" ? ", " : "、");
      const unknown = { path: `\`${path}\``, id, level: `\`${String(level)}\``, expected };
      throw new CliError(tr()("error.unknownLevel", unknown));
    }
    out[id] = parsed.data;
  }
  return out;
}

/** Every `.subsidia` file of a folder (and `extra` files, named as given), compiled and linked as one library. */
export function readLibrary(dir: string, extra: readonly string[] = []): ReadLibrary {
  const { texts, levels } = libraryFiles(dir, extra);
  const lib = compileLibraryCached(texts, levels, () => {
    const compiled = compileLibrary(
      [...texts].map(([file, text]) => ({ file, text })),
      levels,
    );
    LibraryIndex.parse(compiled.index);
    return compiled;
  });
  return { ...lib, texts };
}

/** The texts of a library's files (the `extra` files first, named as given) and its levels, not yet compiled. */
export function libraryFiles(
  dir: string,
  extra: readonly string[] = [],
): { texts: Map<string, string>; levels: Record<string, Level> } {
  const byPath = new Map<string, string>();
  for (const f of extra) byPath.set(resolve(f), f);
  for (const f of dir === "" ? [] : policyFiles([dir])) if (!byPath.has(resolve(f))) byPath.set(resolve(f), f);
  return { texts: new Map([...byPath.values()].map((f) => [f, readText(f)])), levels: readLevels(dir) };
}

/** A library's diagnostics formatted for the terminal, each against its own file's text. */
export function formatLibraryDiagnostics(lib: ReadLibrary, paint: Paint, errorsOnly = false): string[] {
  return lib.diagnostics
    .filter((d) => !errorsOnly || d.severity === "error")
    .map((d) => formatDiagnostic(d, lib.texts.get(d.span.file) ?? "", paint, cliLang()));
}

/** Fails with every error of the library; warnings do not stop it. */
export function requireLibrary(lib: ReadLibrary, paint: Paint): ReadLibrary {
  const errors = formatLibraryDiagnostics(lib, paint, true);
  if (errors.length > 0) throw new CliError(errors.join("\n\n"));
  return lib;
}

/** The folder of the library a file belongs to: the nearest above it with `library.json`, else its own. */
export function libraryRootOf(file: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, LEVELS_FILE))) return relative(process.cwd(), dir) || ".";
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}

export type Role = "policy" | "rule" | "amendment" | "vocabulary";

/**
 * A file as `check` and `test` read it: a policy compiles alone, unless it `uses` a vocabulary;
 * a rule, an amendment, a vocabulary and such a policy are compiled with their library
 * (`libraryRootOf`), and keep only their own diagnostics.
 */
export function loadDocument(file: string): Loaded & { role: Role } {
  const text = readText(file);
  const alone = compileCachedWith(compile, text, file);
  const needs = alone.diagnostics.find((d) => d.code === "R013" || d.code === "R011");
  if (needs === undefined) return { file, text, ...alone, role: "policy" };
  const role: Role = needs.code === "R011" ? "policy" : (needs.id.split(".")[1] as Role);
  const lib = readLibrary(libraryRootOf(file), [file]);
  const diagnostics = lib.diagnostics.filter((d) => d.span.file === file);
  const ir = lib.policies.find((p) => p.file === file);
  return { file, text, diagnostics, role, ...(ir ? { ir } : {}) };
}
