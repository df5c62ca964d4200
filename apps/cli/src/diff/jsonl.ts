import { createReadStream, statSync } from "node:fs";
import { splitLines, piecesLines } from "../batch/chunks.js";
import { CliError } from "../errors.js";
import { DEFAULT_LIMITS, type FactsLimits, parseFactsText } from "../facts-input.js";

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

/**
 * Reads a JSON Lines file piece by piece (never all of it at once), lines split on line feeds
 * only, as `subsidia batch` reads them; blank lines are skipped, every other line goes to
 * `value` or, when it is not JSON, to `malformed` with its number.
 */
export async function readJsonLines(
  file: string,
  on: LineHandlers,
  limits: FactsLimits = DEFAULT_LIMITS,
): Promise<number> {
  const input = file === "-" ? process.stdin : createReadStream(file, { highWaterMark: 2 ** 20 });
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot read \`${file}\`: ${e.code === "EISDIR" ? "it is a folder" : e.message}`)),
    ),
  );
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let n = 0;
  const read = (async () => {
    for await (const piece of splitLines(input as AsyncIterable<Uint8Array>, limits.maxBytes)) {
      if (piece.kind === "oversized") {
        on.malformed(++n, `a line of more than ${piece.bytes} bytes, more than the limit of ${limits.maxBytes}`);
        continue;
      }
      for (const text of piecesLines(decoder.decode(piece.bytes))) {
        n++;
        if (text.trim() === "") continue;
        const r = parseFactsText(text, limits);
        if (r.ok) on.value(r.value, n);
        else
          on.malformed(
            n,
            r.offset !== undefined && r.message.startsWith("malformed")
              ? `${r.message} at column ${r.offset + 1}`
              : r.message,
          );
      }
      if (on.progress) on.progress("bytesRead" in input ? (input.bytesRead as number) : 0, n);
    }
  })();
  await Promise.race([read, failed]);
  return n;
}
