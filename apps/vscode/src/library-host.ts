import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type LibraryHost, parseLevels } from "@subsidia/language-server";

/** The file that marks a library's folder and gives each id its level (as `subsidia check` reads it). */
const LEVELS_FILE = "library.json";

/** The folder of the library a file belongs to: the nearest above it with `library.json`, else its own. */
export function libraryRootOf(file: string): string {
  for (let dir = dirname(file); ; ) {
    if (existsSync(join(dir, LEVELS_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}

/** Every `.subsidia` file under `dir`, sorted, skipping hidden folders, node_modules and link cycles. */
export function subsidiaFiles(dir: string, seen = new Set<string>()): string[] {
  let names: string[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith(".") || name === "node_modules") return [];
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) return subsidiaFiles(path, seen);
    } catch {
      return []; // a dangling link, or no permission
    }
    return name.endsWith(".subsidia") ? [path] : [];
  });
}

const readText = (file: string) => {
  const text = readFileSync(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * The library of an open document for the bundled server, read as `subsidia check` and
 * `subsidia lsp` read it: the folder with `library.json` above the file, else the file's own
 * folder. A document not saved yet is read with an empty text (the editor's text replaces it);
 * a library that cannot be read leaves the document checked alone.
 */
export const nodeLibraryHost: LibraryHost = {
  libraryOf(uri) {
    if (!uri.startsWith("file:")) return undefined;
    const file = resolve(fileURLToPath(uri));
    try {
      const root = libraryRootOf(file);
      const levelsPath = join(root, LEVELS_FILE);
      const levels = existsSync(levelsPath) ? parseLevels(readText(levelsPath)) : {};
      if (levels === undefined) return undefined;
      const paths = subsidiaFiles(root).filter((f) => f !== file);
      const files = [file, ...paths].map((f) => ({ file: f, text: f === file && !existsSync(f) ? "" : readText(f) }));
      return { file, files, levels };
    } catch {
      return undefined;
    }
  },
  uriOf: (file) => pathToFileURL(file).href,
};
