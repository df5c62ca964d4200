import { readFileSync } from "node:fs";
import { IR_VERSION } from "@subsidia/ir";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

/** What evaluated a decision: the engine's release (all Subsidia packages are versioned together) and the IR version. */
export const engine = { name: "subsidia", version: pkg.version, ir: IR_VERSION } as const;
export type Engine = { name: string; version: string; ir: string };
