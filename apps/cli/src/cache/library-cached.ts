import type { CompiledLibrary } from "@subsidia/compiler";
import type { Level } from "@subsidia/ir";
import { cacheDir } from "./cache-dir.js";
import { libraryCacheKey, onlyWarnings, readEntry, writeEntry } from "./ir-cache.js";

/** A library's compile as JSON: its lists, its index, and diagnostics that are all warnings. */
function libraryShape(json: unknown): json is CompiledLibrary {
  if (typeof json !== "object" || json === null) return false;
  const j = json as Record<string, unknown>;
  const lists = ["policies", "rules", "amendments", "vocabularies"].every((k) => Array.isArray(j[k]));
  return lists && typeof j["index"] === "object" && j["index"] !== null && onlyWarnings(j["diagnostics"]);
}

/**
 * A library's compile (`--with`, `match`, `library`, a rule or amendment given to `check`), from the cache when
 * this build compiled the same files with the same levels before; a library with an error is never cached.
 */
export function compileLibraryCached(
  texts: ReadonlyMap<string, string>,
  levels: Readonly<Record<string, Level>>,
  compile: () => CompiledLibrary,
): CompiledLibrary {
  const dir = cacheDir();
  if (dir === undefined) return compile();
  const key = libraryCacheKey(texts, levels);
  const hit = readEntry(dir, key, libraryShape);
  if (hit) return hit;
  const lib = compile();
  return lib.diagnostics.some((d) => d.severity === "error") ? lib : writeEntry(dir, key, lib);
}
