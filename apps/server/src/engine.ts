import { readFileSync } from "node:fs";
import { IR_VERSION } from "@subsidia/ir";

/** The release, written into the CLI's bundle by its build (scripts/bundle.mjs); absent when run from the packages. */
declare const __SUBSIDIA_VERSION__: string | undefined;

/** This package's release: in the bundle there is no `package.json` beside the code to read it from. */
const version =
  typeof __SUBSIDIA_VERSION__ === "string"
    ? __SUBSIDIA_VERSION__
    : (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** What evaluated a decision: the engine's release (all Subsidia packages are versioned together) and the IR version. */
export const engine = { name: "subsidia", version, ir: IR_VERSION } as const;
export type Engine = { name: string; version: string; ir: string };
