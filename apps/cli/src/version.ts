import { readFileSync } from "node:fs";

/** The release, written into the bundle by its build (scripts/bundle.mjs); absent when run from the sources. */
declare const __SUBSIDIA_VERSION__: string | undefined;

/** `subsidia --version`: this package's release (every Subsidia package has the same one). */
export const cliVersion: string =
  typeof __SUBSIDIA_VERSION__ === "string"
    ? __SUBSIDIA_VERSION__
    : (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
