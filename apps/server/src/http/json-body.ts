import { isSafeNumber, parse } from "lossless-json";
import { ApiError } from "./api-error.js";

/**
 * Parses a JSON body as `subsidia eval` reads a facts file: numbers that a double holds exactly
 * stay numbers, longer ones become decimal strings, so money stays exact.
 */
export function parseJsonBody(text: string): unknown {
  try {
    return parse(text, null, (s: string) => (isSafeNumber(s) ? Number(s) : s));
  } catch (e) {
    const msg = String((e as Error).message);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? ` at ${lineColumn(text, Number(pos[1]))}` : "";
    const what = msg.replace(/ at position \d+/, "").replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
    throw new ApiError(400, {
      code: "malformed-json",
      message: `malformed JSON${at}: ${what}; expected one JSON object of facts`,
      path: "(body)",
    });
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}
