import { requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";

/** `subsidia compile FILE`: the IR as JSON. */
export function compileCommand(file: string, paint: Paint): string {
  return JSON.stringify(requirePolicy(file, paint), null, 2) + "\n";
}
