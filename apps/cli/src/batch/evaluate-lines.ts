import type { Policy } from "@subsidia/ir";
import {
  compileAmounts,
  evaluatePolicy,
  EvaluationError,
  validateFacts,
  type AmountsOutcome,
  type AmountsResult,
  type EvalOutcome,
  type Result,
} from "@subsidia/runtime";
import { type FactsLimits, parseFactsText } from "../facts-input.js";
import { piecesLines } from "./chunks.js";

/** A piece of the input sent to a worker: whole lines as UTF-8, `first` the number of the first (1-based). */
export interface LinesIn {
  seq: number;
  first: number;
  bytes: Uint8Array;
}

/** What a worker sends back: the output records of those lines, in order, and their sums. */
export interface LinesOut {
  seq: number;
  /** one JSON record per input line, each followed by a newline, as UTF-8 (transferred, not copied) */
  bytes: Uint8Array;
  count: number;
  errors: number;
  /** the line numbers of the first few errors */
  errorLines: number[];
  /** sums of the lines' `total` and `upToTotal`, in cents */
  totalCents: bigint;
  upToTotalCents: bigint;
}

type Outcome = AmountsOutcome | EvalOutcome;

const encoder = new TextEncoder();

/** The records of a slice, encoded as they are written into one buffer that grows as needed. */
class Utf8Writer {
  private buf: Uint8Array;
  private end = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit
    if (this.end + text.length * 3 > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.end + text.length * 3));
      grown.set(this.buf.subarray(0, this.end));
      this.buf = grown;
    }
    this.end += encoder.encodeInto(text, this.buf.subarray(this.end)).written;
  }

  /** The bytes written, in a buffer of their own (to be transferred). */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.end);
  }
}

/**
 * The record of an evaluated line: its number and the result without the policy id and the
 * non-monetary measures. Written by hand around `JSON.stringify` of the lists: the other
 * values are a boolean, a date and two decimal strings, which need no escaping.
 */
function amountsRecord(line: number, r: AmountsResult | Result): string {
  const date = r.applicationDate === undefined ? "" : `"applicationDate":${JSON.stringify(r.applicationDate)},`;
  const totals = `"total":"${r.total}","upToTotal":"${r.upToTotal}"`;
  const lists = `"awards":${JSON.stringify(r.awards)},"pending":${JSON.stringify(r.pending)}`;
  return `{"line":${line},"inForce":${r.inForce},${date}${totals},${lists}}`;
}

/** A result's total (two decimals, as results write amounts) in cents. */
const cents = (yuan: string): bigint => BigInt(yuan.replace(".", ""));

/** The interpreter, for `--explain`: full results with explanations. */
function interpret(policy: Policy, facts: unknown, maxItems: number): Outcome {
  const valid = validateFacts(policy, facts, { maxItems });
  if (!valid.ok) return { ok: false, kind: "facts", errors: valid.errors };
  try {
    return { ok: true, result: evaluatePolicy(policy, valid.facts) };
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    return { ok: false, kind: "eval", errors: [{ path: e.path, message: e.message }] };
  }
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The error record of a line: its number, what is wrong and, for facts, each problem with its path. */
export function errorRecord(line: number, error: string, problems?: { path: string; message: string }[]): string {
  return JSON.stringify({ line, error, problems });
}

/**
 * The work of one worker: each line → its record. By default the compiled evaluator gives
 * the amounts (the policy id and non-monetary measures are left out, they are the same on
 * every line); with `explain` the interpreter gives full results with explanations.
 */
export function lineEvaluator(policy: Policy, explain: boolean, limits: FactsLimits): (input: LinesIn) => LinesOut {
  const compiled = compileAmounts(policy);
  const options = { maxItems: limits.maxItems };
  const evaluate = explain
    ? (facts: unknown) => interpret(policy, facts, limits.maxItems)
    : (facts: unknown) => compiled.run(facts, options);
  return ({ seq, first, bytes }) => {
    const lines = piecesLines(decoder.decode(bytes));
    const out = new Utf8Writer(lines.length * 512);
    let errors = 0;
    const errorLines: number[] = [];
    let totalCents = 0n;
    let upToTotalCents = 0n;
    lines.forEach((raw, i) => {
      const line = first + i;
      const parsed = parseLine(raw, limits);
      const outcome = parsed.ok ? evaluate(parsed.value) : null;
      if (outcome?.ok) {
        const r = outcome.result;
        totalCents += cents(r.total);
        upToTotalCents += cents(r.upToTotal);
        out.write(explain ? JSON.stringify({ line, ...r }) : amountsRecord(line, r));
      } else {
        errors++;
        if (errorLines.length < 10) errorLines.push(line);
        const problems =
          outcome && !outcome.ok ? outcome.errors.map((e) => ({ path: e.path, message: e.message })) : undefined;
        const error = !parsed.ok ? parsed.message : outcome!.kind === "facts" ? "invalid facts" : "cannot evaluate";
        out.write(errorRecord(line, error, problems));
      }
      out.write("\n");
    });
    return { seq, bytes: out.bytes(), count: lines.length, errors, errorLines, totalCents, upToTotalCents };
  };
}

/** One JSONL line as `subsidia eval` reads a facts file, within the limits (bytes, depth). */
export function parseLine(
  text: string,
  limits: FactsLimits,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length * 3 > limits.maxBytes) {
    const size = Buffer.byteLength(text);
    if (size > limits.maxBytes)
      return {
        ok: false,
        message: `a line of ${size} bytes, more than the limit of ${limits.maxBytes} (see --max-bytes)`,
      };
  }
  if (text.charCodeAt(0) !== 123 && text.trim() === "")
    return { ok: false, message: "empty line: expected one JSON object of facts" };
  const r = parseFactsText(text, limits);
  if (r.ok) return r;
  const at = r.offset !== undefined && r.message.startsWith("malformed") ? ` at column ${r.offset + 1}` : "";
  return { ok: false, message: `${r.message}${at}; expected one JSON object of facts` };
}
