import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { isSafeNumber, parse } from "lossless-json";
import { CliError } from "../errors.js";

export interface LineHandlers {
  /** one parsed line (numbers a double holds exactly as numbers, longer ones as decimal text) */
  value(value: unknown, line: number): void;
  /** a line that is not JSON */
  malformed(line: number, message: string): void;
  /** called now and then with the bytes read so far */
  progress?(bytes: number, lines: number): void;
}

/** The size of a population file in bytes, for a progress bar; null for standard input. */
export function sizeOf(file: string): number | null {
  if (file === "-") return null;
  try {
    return statSync(file).size;
  } catch {
    throw new CliError(`cannot read \`${file}\`: no such file`);
  }
}

function parseLine(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: parse(text, null, (s: string) => (isSafeNumber(s) ? Number(s) : s)) };
  } catch (e) {
    const msg = String((e as Error).message)
      .replace(/ at position (\d+)/, (_, p: string) => ` at column ${Number(p) + 1}`)
      .replace(/^./, (c) => c.toLowerCase());
    return { ok: false, message: `malformed JSON: ${msg}` };
  }
}

/**
 * Reads a JSON Lines file line by line (never all of it at once); blank lines are skipped,
 * every other line goes to `value` or, when it is not JSON, to `malformed` with its number.
 */
export async function readJsonLines(file: string, on: LineHandlers): Promise<number> {
  const input = file === "-" ? process.stdin : createReadStream(file);
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot read \`${file}\`: ${e.code === "EISDIR" ? "it is a folder" : e.message}`)),
    ),
  );
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const read = (async () => {
    for await (const text of lines) {
      n++;
      if (text.trim() === "") continue;
      const r = parseLine(text);
      if (r.ok) on.value(r.value, n);
      else on.malformed(n, r.message);
      if (on.progress && n % 500 === 0) on.progress("bytesRead" in input ? (input.bytesRead as number) : 0, n);
    }
  })();
  await Promise.race([read, failed]);
  return n;
}
