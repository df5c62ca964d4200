import { once } from "node:events";
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Policy } from "@subsidia/ir";
import { CliError } from "../errors.js";
import { tr } from "../lang.js";
import { readError } from "../load.js";
import type { FactsLimits } from "../facts-input.js";
import { PIECE_BYTES, splitLines } from "./chunks.js";
import { errorRecord, type LinesOut } from "./evaluate-lines.js";
import { WorkerPool } from "./pool.js";
import { createProgress } from "./progress.js";
import { holdsRecords, limitRecords } from "./population-limits.js";
import type { Summary } from "./summary.js";

export interface BatchRun {
  policy: Policy;
  facts: string;
  out?: string | undefined;
  workers: number;
  explain: boolean;
  limits: FactsLimits;
}

function inputSize(file: string): number | null {
  if (file === "-") return null;
  try {
    const st = statSync(file);
    if (st.isDirectory())
      throw new CliError(tr()("error.cannotRead", { what: `\`${file}\``, why: tr()("error.isFolder") }));
    return st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(tr()("error.cannotRead", { what: `\`${file}\``, why: tr()("error.noSuchFile") }));
  }
}

const failedWrite = (where: string, e: unknown) =>
  new CliError(tr()("error.cannotWrite", { what: where, why: (e as NodeJS.ErrnoException).code ?? String(e) }));

type Output = { out: Writable; where: string; failed: () => unknown };

/** The output, and the first error it reported (a full disk, a closed pipe), checked before each write. */
async function openOutput(file: string | undefined): Promise<Output> {
  const where = file === undefined ? tr()("batch.standardOutput") : `\`${file}\``;
  const out = file === undefined ? process.stdout : createWriteStream(file);
  let error: unknown = null;
  out.on("error", (e) => (error ??= e));
  if (file !== undefined) {
    try {
      await once(out, "open");
    } catch (e) {
      throw failedWrite(where, e);
    }
  }
  return { out, where, failed: () => error };
}

async function write(output: Output, bytes: Uint8Array | string): Promise<void> {
  if (output.failed()) throw failedWrite(output.where, output.failed());
  if (!output.out.write(bytes)) {
    try {
      await once(output.out, "drain");
    } catch (e) {
      throw failedWrite(output.where, e);
    }
  }
}

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** The signal that stopped a run early, as `interrupted by SIGINT`, or null. */
function watchSignals(): { stopped: () => NodeJS.Signals | null; wait: Promise<null>; dispose: () => void } {
  let signal: NodeJS.Signals | null = null;
  let wake: (v: null) => void = () => {};
  const wait = new Promise<null>((resolve) => (wake = resolve));
  const on = (s: NodeJS.Signals) => {
    if (signal !== null) process.exit(128 + (s === "SIGINT" ? 2 : 15)); // a second signal: now
    signal = s;
    wake(null);
  };
  process.on("SIGINT", on);
  process.on("SIGTERM", on);
  return {
    stopped: () => signal,
    wait,
    dispose: () => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
    },
  };
}

/** A piece's records computed here: the error record of a line longer than the limit. */
function oversizedOut(seq: number, line: number, bytes: number, max: number): LinesOut {
  const reason = `a line of more than ${Math.max(bytes, max)} bytes, more than the limit of ${max} (see --max-bytes)`;
  const record = `${errorRecord(line, reason)}\n`;
  return {
    seq,
    bytes: new TextEncoder().encode(record),
    count: 1,
    errors: 1,
    errorLines: [line],
    totalCents: 0n,
    upToTotalCents: 0n,
  };
}

/**
 * The held records of a policy with selections or budgets, decided over the whole population
 * (`limitRecords`) and written; the summary's totals are those of the records written.
 */
async function writeLimited(policy: Policy, held: Uint8Array[], output: Output, summary: Summary): Promise<void> {
  const decoder = new TextDecoder();
  const text = held.map((b) => decoder.decode(b)).join("");
  held.length = 0;
  const limited = limitRecords(policy, text);
  await write(output, limited.text);
  summary.totalCents = limited.totalCents;
  summary.upToTotalCents = limited.upToTotalCents;
  summary.limits = limited.limits;
}

/**
 * Streams JSONL facts through worker threads and writes one record per input line, in input
 * order. The main thread only cuts the input into pieces of whole lines (bytes, transferred
 * to a worker, not copied); workers parse, evaluate and encode. Memory stays bounded: at
 * most `2 × workers + 2` pieces are read but not yet written, reading waits while they are,
 * and writing waits for the output to drain. SIGINT or SIGTERM stops the reading; what was
 * read is written, then a last record `{"incomplete":true,…}`. A policy with a `select` or a
 * `budget` holds every record until the end: who is selected and funded depends on all of them.
 */
export async function runBatch(run: BatchRun): Promise<Summary> {
  const held: Uint8Array[] | null = holdsRecords(run.policy) ? [] : null;
  const size = inputSize(run.facts);
  const output = await openOutput(run.out);
  const input = run.facts === "-" ? process.stdin : createReadStream(run.facts, { highWaterMark: PIECE_BYTES });
  const failedRead = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          tr()("error.cannotRead", {
            what: run.facts === "-" ? tr()("error.standardInput") : `\`${run.facts}\``,
            why: readError(e),
          }),
        ),
      ),
    ),
  );
  failedRead.catch(() => {});
  const showProgress = run.out !== undefined || !process.stdout.isTTY;
  const progress = createProgress(showProgress ? process.stderr : ({ isTTY: false } as NodeJS.WriteStream), size);
  const pool = new WorkerPool<LinesOut>(run.workers, {
    role: "batch",
    policy: run.policy,
    explain: run.explain,
    limits: run.limits,
  });
  const summary: Summary = { lines: 0, errors: 0, errorLines: [], totalCents: 0n, upToTotalCents: 0n, seconds: 0 };
  const signals = watchSignals();
  const started = Date.now();
  const pending: Promise<LinesOut>[] = [];
  const maxPending = 2 * run.workers + 2;
  const bytesRead = () => (input as { bytesRead?: number }).bytesRead ?? 0;
  const flushOne = async () => {
    const r = await pending.shift()!;
    if (held) held.push(r.bytes);
    else await write(output, r.bytes);
    summary.lines += r.count;
    summary.errors += r.errors;
    summary.errorLines.push(...r.errorLines.slice(0, Math.max(0, 10 - summary.errorLines.length)));
    summary.totalCents += r.totalCents;
    summary.upToTotalCents += r.upToTotalCents;
    progress.update(bytesRead(), summary.lines);
  };
  try {
    let seq = 0;
    const pieces = splitLines(input as AsyncIterable<Uint8Array>, run.limits.maxBytes);
    for (;;) {
      const next = await Promise.race([pieces.next(), signals.wait, failedRead]);
      if (next === null || next.done) break;
      const p = next.value;
      const result =
        p.kind === "lines"
          ? pool.run({ seq: seq++, first: p.first, bytes: p.bytes })
          : Promise.resolve(oversizedOut(seq++, p.first, p.bytes, run.limits.maxBytes));
      result.catch(() => {}); // awaited in order by flushOne; a failure must not count as unhandled meanwhile
      pending.push(result);
      while (pending.length >= maxPending) await flushOne();
    }
    while (pending.length > 0) await flushOne();
    if (held) await writeLimited(run.policy, held, output, summary);
    const signal = signals.stopped();
    if (signal !== null) {
      summary.interrupted = signal;
      await write(
        output,
        `${JSON.stringify({ incomplete: true, reason: `interrupted by ${signal}`, lines: summary.lines })}\n`,
      );
    }
    if (output.out !== process.stdout) {
      output.out.end();
      await finished(output.out).catch((e: unknown) => {
        throw failedWrite(output.where, e);
      });
    }
    if (output.failed()) throw failedWrite(output.where, output.failed());
  } finally {
    signals.dispose();
    progress.stop();
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
    else process.stdin.destroy(); // an interrupted read of a pipe still open must not keep the process alive
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
