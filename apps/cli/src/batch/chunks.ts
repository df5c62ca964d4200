/** A run of whole lines of the input, in bytes of its own (to be transferred to a worker, not copied). */
export interface Piece {
  kind: "lines";
  /** the line number of the first line (1-based) */
  first: number;
  bytes: Uint8Array;
  /** how many lines it holds */
  lines: number;
}

/** A line longer than the limit: never held in memory, only its number and the bytes seen. */
export interface Oversized {
  kind: "oversized";
  first: number;
  bytes: number;
}

const NL = 10;

/**
 * How many bytes the input is read by, and so the size of a piece: about 400 applicants of
 * the flagship. Smaller pieces keep both workers busy when one is slow (the output is
 * written in order); 1 MiB pieces were a third slower on a loaded machine.
 */
export const PIECE_BYTES = 2 ** 18;
const EMPTY: Uint8Array = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NL); i >= 0; i = bytes.indexOf(NL, i + 1)) n++;
  return n;
}

/**
 * Splits a byte stream into pieces of whole lines, on line feeds only: a carriage return
 * is white space inside JSON, and CRLF ends a line because the reader strips the CR before
 * the LF. A line longer than `maxBytes` is skipped as it streams by and reported alone.
 */
export async function* splitLines(
  input: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Piece | Oversized> {
  let carry: Uint8Array = EMPTY;
  let line = 1;
  let skipped = -1; // bytes of an oversized line seen so far, or -1
  for await (const chunk of input) {
    let start = 0;
    if (skipped >= 0) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        skipped += chunk.length;
        continue;
      }
      yield { kind: "oversized", first: line++, bytes: skipped + nl };
      skipped = -1;
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(NL);
    if (last >= start) {
      const bytes = concat(carry, chunk.subarray(start, last + 1));
      const lines = countLines(bytes);
      yield { kind: "lines", first: line, bytes, lines };
      line += lines;
      carry = chunk.slice(last + 1);
    } else carry = concat(carry, chunk.subarray(start));
    if (carry.length > maxBytes) {
      skipped = carry.length;
      carry = EMPTY;
    }
  }
  if (skipped >= 0) yield { kind: "oversized", first: line, bytes: skipped };
  else if (carry.length > 0) yield { kind: "lines", first: line, bytes: carry, lines: 1 };
}

/** The lines of a piece as text: split on line feeds, a CR before each LF left out. */
export function piecesLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}
