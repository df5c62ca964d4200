import { isSafeNumber, parse as parseLossless } from "lossless-json";

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * One pass over the text: the number of object keys it holds (an upper bound: an escaped
 * quote before a colon inside a string counts too), or -1 when a number may lose digits in
 * a double (16 or more digits, or an exponent; digits inside strings count too: harmless).
 */
function scan(text: string): number {
  let run = 0;
  let keys = 0;
  let digit = false;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46) {
      if (++run >= 16) return -1;
      digit = c !== 46;
      quote = false;
      continue;
    }
    if ((c === 101 || c === 69) && digit) return -1;
    run = 0;
    digit = false;
    if (c === 58 && quote) keys++;
    if (c === 34) quote = true;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 10) quote = false;
  }
  return keys;
}

function keysIn(v: unknown): number {
  if (v === null || typeof v !== "object") return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += keysIn(x);
    return n;
  }
  for (const k in v) n += 1 + keysIn((v as Record<string, unknown>)[k]);
  return n;
}

/** As `subsidia eval` reads a facts file: numbers that a double holds exactly stay numbers, longer ones become decimal strings. */
function lossless(text: string): Parsed {
  try {
    return { ok: true, value: parseLossless(text, null, (s: string) => (isSafeNumber(s) ? Number(s) : s)) };
  } catch (e) {
    const msg = String((e as Error).message);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? ` at column ${Number(pos[1]) + 1}` : "";
    return {
      ok: false,
      message: `malformed JSON: ${msg.replace(/ at position \d+/, "").replace(/^./, (c) => c.toLowerCase())}${at}; expected one JSON object of facts`,
    };
  }
}

/**
 * Reads one JSONL line exactly as `subsidia eval` reads a facts file (lossless numbers,
 * duplicate keys rejected), taking the fast native `JSON.parse` whenever that gives the
 * same value: no number that a double would round, no repeated key.
 */
export function parseLine(text: string): Parsed {
  if (text.charCodeAt(0) !== 123 && text.trim() === "")
    return { ok: false, message: "empty line: expected one JSON object of facts" };
  const keys = scan(text);
  if (keys >= 0) {
    try {
      const value: unknown = JSON.parse(text);
      // fewer keys in the value than in the text: a key was repeated
      if (keysIn(value) === keys) return { ok: true, value };
    } catch {
      // lossless-json says what is wrong, with the column
    }
  }
  return lossless(text);
}
