import type { HostLibrary, LibraryHost } from "../src/index.js";

/** The folder of the library a file belongs to: the nearest above it with `library.json`, else its own. */
export function libraryRootOf(file: string): string;
/** Every `.subsidia` file under `dir`, sorted, skipping hidden folders, node_modules and link cycles. */
export function subsidiaFiles(dir: string, seen?: Set<string>): string[];
/** A `LibraryHost` on the file system, given the package's reader of `library.json`. */
export function nodeLibraryHost(parseLevels: (text: string) => HostLibrary["levels"] | undefined): LibraryHost;
