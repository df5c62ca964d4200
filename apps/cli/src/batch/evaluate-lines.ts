import type { Policy } from "@subsidia/ir";
import {
  compileAmounts,
  evaluateFacts,
  type AmountsOutcome,
  type AmountsResult,
  type EvalOutcome,
  type Result,
} from "@subsidia/runtime";
import { parseLine } from "./parse-line.js";

/** A slice of the input sent to a worker: `first` is the line number of `lines[0]` (1-based). */
export interface LinesIn {
  seq: number;
  first: number;
  lines: string[];
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
  return `{"line":${line},"inForce":${r.inForce},${date}"total":"${r.total}","upToTotal":"${r.upToTotal}","awards":${JSON.stringify(r.awards)},"pending":${JSON.stringify(r.pending)}}`;
}

/** A result's total (two decimals, as results write amounts) in cents. */
const cents = (yuan: string): bigint => BigInt(yuan.replace(".", ""));

/** The interpreter, for `--explain`: full results with explanations. */
function interpret(policy: Policy, facts: unknown): Outcome {
  const out = evaluateFacts(policy, facts);
  return out.ok
    ? out
    : { ok: false, kind: out.kind, errors: out.errors.map((e) => ({ path: e.path, message: e.message })) };
}

/**
 * The work of one worker: each line → its record. By default the compiled evaluator gives
 * the amounts (the policy id and non-monetary measures are left out, they are the same on
 * every line); with `explain` the interpreter gives full results with explanations.
 */
export function lineEvaluator(policy: Policy, explain: boolean): (input: LinesIn) => LinesOut {
  const compiled = compileAmounts(policy);
  const evaluate = explain ? (facts: unknown) => interpret(policy, facts) : (facts: unknown) => compiled.run(facts);
  return ({ seq, first, lines }) => {
    const out = new Utf8Writer(lines.length * 512);
    let errors = 0;
    const errorLines: number[] = [];
    let totalCents = 0n;
    let upToTotalCents = 0n;
    lines.forEach((raw, i) => {
      const line = first + i;
      const parsed = parseLine(line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
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
        out.write(JSON.stringify({ line, error, problems }));
      }
      out.write("\n");
    });
    return { seq, bytes: out.bytes(), count: lines.length, errors, errorLines, totalCents, upToTotalCents };
  };
}
