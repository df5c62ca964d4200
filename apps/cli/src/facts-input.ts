import { isSafeNumber, parse as parseLossless } from "lossless-json";
import { type Lang, t, translateJsonError } from "@subsidia/messages";
import { DEFAULT_MAX_ITEMS } from "@subsidia/runtime";

/** Limits on one applicant's facts: the bytes of its JSON, how deep it nests, how many items a list holds. */
export interface FactsLimits {
  maxBytes: number;
  maxDepth: number;
  maxItems: number;
}

export const DEFAULT_LIMITS: FactsLimits = { maxBytes: 16 * 2 ** 20, maxDepth: 64, maxItems: DEFAULT_MAX_ITEMS };

/** What is wrong with the text of facts: nested too deep (at `path`, `""` for the facts themselves), or malformed JSON. */
export type TextProblem = { kind: "deep"; path: string; max: number } | { kind: "json"; detail: string };

/** A failure's `message` is its problem in English: batch writes it into its records, which are data. */
export type Parsed =
  | { ok: true; value: unknown }
  | { ok: false; message: string; problem: TextProblem; offset?: number };

/** A problem with the text of facts in a language: `malformed JSON: …`, `JSON 格式错误：…`. */
export function problemText(problem: TextProblem, lang: Lang): string {
  if (problem.kind === "json") return t(lang, "facts.malformed", { detail: translateJsonError(problem.detail, lang) });
  const path = problem.path === "" ? t(lang, "facts.root") : problem.path;
  return t(lang, "facts.tooDeep", { path, max: problem.max });
}

const failed = (problem: TextProblem, offset?: number): Parsed => ({
  ok: false,
  message: problemText(problem, "en"),
  problem,
  ...(offset !== undefined ? { offset } : {}),
});

interface Scan {
  /** object keys in the text */
  keys: number;
  /** a number that a double could round (16 or more digits, or an exponent) */
  lossy: boolean;
  /** where the text nests deeper than allowed, or -1 */
  deepAt: number;
}

/** One pass over the text: keys, numbers a double could round, nesting (strings skipped, escapes included). */
function scan(text: string, maxDepth: number): Scan {
  let keys = 0;
  let depth = 0;
  let run = 0;
  let lossy = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 92) j++;
        else if (d === 34) break;
      }
      i = j;
      let k = j + 1;
      while (
        k < n &&
        (text.charCodeAt(k) === 32 ||
          text.charCodeAt(k) === 9 ||
          text.charCodeAt(k) === 10 ||
          text.charCodeAt(k) === 13)
      )
        k++;
      if (text.charCodeAt(k) === 58) keys++;
      run = 0;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 46) {
      if (++run >= 16) lossy = true;
      continue;
    }
    if ((c === 101 || c === 69) && run > 0) lossy = true;
    run = 0;
    if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { keys, lossy, deepAt: i };
    } else if (c === 125 || c === 93) depth--;
  }
  return { keys, lossy, deepAt: -1 };
}

/** The path of the value that starts at `offset` (`projects[0].id`; `""` for the facts themselves), read by a small tokenizer up to there. */
export function pathAt(text: string, offset: number): string {
  const stack: { key: string | number; inArray: boolean }[] = [];
  let pendingKey: string | null = null;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) if (text[j] === "\\") j++;
      const top = stack.at(-1);
      if (top && !top.inArray) {
        let k = j + 1;
        while (/\s/.test(text[k] ?? "")) k++;
        if (text[k] === ":") {
          try {
            pendingKey = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            pendingKey = text.slice(i + 1, j);
          }
        }
      }
      i = j;
    } else if (c === "{" || c === "[") {
      const top = stack.at(-1);
      if (top && !top.inArray && pendingKey !== null) top.key = pendingKey;
      stack.push({ key: c === "[" ? 0 : "", inArray: c === "[" });
    } else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      const top = stack.at(-1);
      if (top?.inArray) top.key = (top.key as number) + 1;
    }
  }
  const top = stack.at(-1);
  if (top && !top.inArray && pendingKey !== null) top.key = pendingKey;
  let out = "";
  for (const { key: k } of stack) {
    if (typeof k === "number") out += `[${k}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(k)) out += out === "" ? k : `.${k}`;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out;
}

/** Counts the keys of a parsed value (bounded depth: the text was scanned first). */
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

/** lossless-json's message in our style: lower case first (`JSON` kept), the position apart. */
function jsonMessage(e: unknown): { message: string; offset?: number } {
  const raw = String((e as Error).message);
  const pos = /at position (\d+)/.exec(raw);
  const message = raw.replace(/ at position \d+/, "").replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  return pos ? { message, offset: Number(pos[1]) } : { message };
}

/**
 * One applicant's facts from JSON text, as every command reads them: a byte order mark left
 * out; refused beyond `limits.maxDepth`; numbers a double would round kept as decimal strings
 * (lossless-json), repeated keys refused; the fast native `JSON.parse` whenever it gives the
 * same value. The size limit is the caller's (it knows the bytes).
 */
export function parseFactsText(input: string, limits: Pick<FactsLimits, "maxDepth">): Parsed {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const s = scan(text, limits.maxDepth);
  if (s.deepAt >= 0) return failed({ kind: "deep", path: pathAt(text, s.deepAt), max: limits.maxDepth }, s.deepAt);
  if (!s.lossy) {
    try {
      const value: unknown = JSON.parse(text);
      // fewer keys in the value than in the text: a key was repeated
      if (keysIn(value) === s.keys) return { ok: true, value };
    } catch {
      // lossless-json says what is wrong, and where
    }
  }
  try {
    return { ok: true, value: parseLossless(text, null, (t: string) => (isSafeNumber(t) ? Number(t) : t)) };
  } catch (e) {
    const m = jsonMessage(e);
    return failed({ kind: "json", detail: m.message }, m.offset);
  }
}

/** The line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
