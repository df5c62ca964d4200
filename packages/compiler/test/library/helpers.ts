import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileLibrary, type LibraryFile } from "../../src/index.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** A file of the repository, by its path from the root, as the library reads it. */
export const repoFile = (path: string): LibraryFile => ({ file: path, text: readFileSync(root + path, "utf8") });

export const FLAGSHIP = "policies/heilongjiang/biomanufacturing-2026.subsidia";
export const RULE = "policies/heilongjiang/rules/FICTIONAL-kjt-rd-subsidy-rates.subsidia";

/** The flagship with other files given as text. */
export const withFlagship = (...files: LibraryFile[]) => compileLibrary([repoFile(FLAGSHIP), ...files]);

/** `code file:line:col` of each diagnostic, to compare in one line. */
export const where = (ds: readonly { code: string; span: { file: string; line: number; column: number } }[]) =>
  ds.map((d) => `${d.code} ${d.span.file}:${d.span.line}:${d.span.column}`);

/** A rule head implementing the flagship, with a window, then `body`. */
export const rule = (id: string, window: string, body: string, issued = "2026-04-01"): string =>
  `rule "${id}" implements "hlj-biomanufacturing-2026" {\n  title "${id}"\n  issued ${issued}\n  valid from ${window}\n}\n${body}`;
