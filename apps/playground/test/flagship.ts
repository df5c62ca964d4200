import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The flagship policy and the contract examples the playground bundles, read from disk for tests. */
export const FLAGSHIP_FILE = fileURLToPath(
  new URL("../../../policies/heilongjiang/biomanufacturing-2026.subsidia", import.meta.url),
);
export const flagshipText = readFileSync(FLAGSHIP_FILE, "utf8");

export function example(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../src/examples/${name}.facts.json`, import.meta.url)), "utf8"),
  ) as Record<string, unknown>;
}
