import { compileLibrary, type CompiledLibrary, type LibraryFile } from "@subsidia/compiler";
import { Level } from "@subsidia/ir";
import type { Diagnostic } from "@subsidia/syntax";

/** The library a document belongs to, as the host reads it from disk. */
export interface HostLibrary {
  /** the document's own file name, as the library's spans name it */
  file: string;
  /** every file of the library, the document's own among them, with its text on disk */
  files: LibraryFile[];
  /** each id's level of government (the library's `library.json`) */
  levels: Record<string, Level>;
}

/**
 * What the server cannot do itself (it touches no file): find and read the library of a
 * document. `subsidia lsp` gives the reader of `subsidia check` (apps/cli); without a host,
 * every document is checked alone.
 */
export interface LibraryHost {
  /** the library of the document at `uri`, or undefined when it is not a file or cannot be read */
  libraryOf(uri: string): HostLibrary | undefined;
  /** the URI of a file the library names */
  uriOf(file: string): string;
}

/**
 * The levels of a library's `library.json` text (`{ "levels": { "id": "provincial" } }`), for a
 * host that reads the file itself; undefined when it is not JSON or names an unknown level
 * (`subsidia check` reports it; the document is then checked alone).
 */
export function parseLevels(text: string): Record<string, Level> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const levels = (json as { levels?: unknown } | null)?.levels ?? {};
  if (typeof levels !== "object" || levels === null) return undefined;
  const out: Record<string, Level> = {};
  for (const [id, level] of Object.entries(levels)) {
    const parsed = Level.safeParse(level);
    if (!parsed.success) return undefined;
    out[id] = parsed.data;
  }
  return out;
}

/** The codes that say a document needs its library: a rule, amendment or vocabulary alone (R013), a `uses` (R011). */
export const NEEDS_LIBRARY = new Set(["R013", "R011"]);

/**
 * The library of a document compiled with the texts of the open documents in place of
 * the files on disk (`openText(uri)`), as `subsidia check` compiles it.
 */
export function compileLibraryOf(
  host: LibraryHost,
  uri: string,
  openText: (uri: string) => string | undefined,
): { file: string; library: CompiledLibrary; texts: Map<string, string> } | undefined {
  const lib = host.libraryOf(uri);
  if (!lib) return undefined;
  const files = lib.files.map((f) => ({ file: f.file, text: openText(host.uriOf(f.file)) ?? f.text }));
  const texts = new Map(files.map((f) => [f.file, f.text]));
  return { file: lib.file, library: compileLibrary(files, lib.levels), texts };
}

/** A document's own diagnostics out of its library's. */
export function diagnosticsIn(library: CompiledLibrary, file: string): Diagnostic[] {
  return library.diagnostics.filter((d) => d.span.file === file);
}
