// The reader of a document's library for the `subsidia-language-server` bin (Node only, so outside src/:
// the package itself touches no file). It reads a library as `subsidia check`, `subsidia lsp` and the VS Code
// extension (apps/vscode/src/library-host.ts) do: the folder with `library.json` above the file, else the
// file's own folder; every `.subsidia` file under it, so that a rule, an amendment or a policy that `uses` a
// vocabulary is checked with the documents it names. A library that cannot be read leaves the document
// checked alone.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The file that marks a library's folder and gives each id its level. */
const LEVELS_FILE = "library.json";

/** The folder of the library a file belongs to: the nearest above it with `library.json`, else its own. */
export function libraryRootOf(file) {
  for (let dir = dirname(file); ; ) {
    if (existsSync(join(dir, LEVELS_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(file);
    dir = up;
  }
}

/** Every `.subsidia` file under `dir`, sorted, skipping hidden folders, node_modules and link cycles. */
export function subsidiaFiles(dir, seen = new Set()) {
  let names;
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

const readText = (file) => {
  const text = readFileSync(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * A `LibraryHost` (src/model/library.ts) on the file system. `parseLevels` is the package's reader of
 * `library.json`, passed in so that this file runs with the built package or with its sources.
 */
export function nodeLibraryHost(parseLevels) {
  return {
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
}
