import { statSync } from "node:fs";
import { CliError } from "../errors.js";

/** The size of a population file in bytes, for a progress bar; null for standard input. */
export function sizeOf(file: string): number | null {
  if (file === "-") return null;
  try {
    return statSync(file).size;
  } catch {
    throw new CliError(`cannot read \`${file}\`: no such file`);
  }
}
