import { cacheDir } from "./cache-dir.js";
import { cacheKey, type Compiled, compiledShape, readEntry, writeEntry } from "./ir-cache.js";

type Compile = (text: string, file: string) => Compiled;

/**
 * A policy file's compile, from the cache when this build compiled the same text under the same
 * name before (docs/cli.md, "The cache of compiled policies"). On a hit neither the compiler nor
 * the parser is loaded; on a miss they are, and a successful compile is written to the cache.
 */
export async function compileCached(text: string, file: string): Promise<Compiled> {
  const entry = lookup(text, file);
  if (entry.hit) return entry.hit;
  const { compile } = await import("@subsidia/compiler");
  return entry.keep(compile(text, file));
}

/** The same for a caller that has the compiler loaded already (`check`, `test`): `compile` runs on a miss. */
export function compileCachedWith(compile: Compile, text: string, file: string): Compiled {
  const entry = lookup(text, file);
  return entry.hit ?? entry.keep(compile(text, file));
}

function lookup(text: string, file: string): { hit?: Compiled | undefined; keep: (c: Compiled) => Compiled } {
  const dir = cacheDir();
  if (dir === undefined) return { keep: (c) => c };
  const key = cacheKey(file, text);
  return {
    hit: readEntry(dir, key, compiledShape),
    keep: (c) => (c.ir ? writeEntry(dir, key, { ir: c.ir, diagnostics: c.diagnostics }) : c),
  };
}
