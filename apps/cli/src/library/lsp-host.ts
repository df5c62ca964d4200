import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LibraryHost } from "@subsidia/language-server";
import { libraryFiles, libraryRootOf } from "./load-library.js";

/**
 * The library of an open document for the language server, read as `subsidia check` reads it
 * (`libraryRootOf`, `libraryFiles`): the folder with `library.json` above the file, else the
 * file's own folder. A document not saved yet is read with an empty text (the editor's text
 * replaces it); a library that cannot be read leaves the document checked alone.
 */
export const lspLibraryHost: LibraryHost = {
  libraryOf(uri) {
    if (!uri.startsWith("file:")) return undefined;
    const file = fileURLToPath(uri);
    try {
      const saved = existsSync(file);
      const { texts, levels } = libraryFiles(resolve(libraryRootOf(file)), saved ? [file] : []);
      const files = [...texts].map(([f, text]) => ({ file: resolve(f), text }));
      if (!saved) files.unshift({ file, text: "" });
      return { file, files, levels };
    } catch {
      return undefined;
    }
  },
  uriOf: (file) => pathToFileURL(file).href,
};
