import { once } from "node:events";
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Policy } from "@subsidia/ir";
import { CliError } from "../errors.js";
import type { LinesIn, LinesOut } from "./evaluate-lines.js";
import { WorkerPool } from "./pool.js";
import { createProgress } from "./progress.js";
import type { Summary } from "./summary.js";

export interface BatchRun {
  policy: Policy;
  facts: string;
  out?: string | undefined;
  workers: number;
  explain: boolean;
  /** lines per slice sent to a worker */
  sliceLines?: number;
}

function inputSize(file: string): number | null {
  if (file === "-") return null;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`cannot read \`${file}\`: it is a folder`);
    return st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read \`${file}\`: no such file`);
  }
}

const failedWrite = (where: string, e: unknown) =>
  new CliError(`cannot write ${where}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);

/** The output, and the first error it reported (a full disk, a closed pipe), checked before each write. */
async function openOutput(file: string | undefined): Promise<{ out: Writable; where: string; failed: () => unknown }> {
  const where = file === undefined ? "standard output" : `\`${file}\``;
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

async function write(output: Awaited<ReturnType<typeof openOutput>>, bytes: Uint8Array): Promise<void> {
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

/**
 * Streams JSONL facts through worker threads and writes one record per input line, in input
 * order. Memory stays bounded: at most `2 × workers + 2` slices are read but not yet written,
 * reading waits while they are, and writing waits for the output to drain.
 */
export async function runBatch(run: BatchRun): Promise<Summary> {
  const size = inputSize(run.facts);
  const output = await openOutput(run.out);
  const input = run.facts === "-" ? process.stdin : createReadStream(run.facts);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const showProgress = run.out !== undefined || !process.stdout.isTTY;
  const progress = createProgress(showProgress ? process.stderr : ({ isTTY: false } as NodeJS.WriteStream), size);
  const pool = new WorkerPool(run.workers, { policy: run.policy, explain: run.explain });
  const summary: Summary = { lines: 0, errors: 0, errorLines: [], totalCents: 0n, upToTotalCents: 0n, seconds: 0 };
  const started = Date.now();
  const pending: Promise<LinesOut>[] = [];
  const maxPending = 2 * run.workers + 2;
  const sliceLines = run.sliceLines ?? 500;
  // progress in bytes read: ahead of the records written by the slices in flight, at most
  const bytesRead = () => (input as { bytesRead?: number }).bytesRead ?? 0;
  const flushOne = async () => {
    const r = await pending.shift()!;
    await write(output, r.bytes);
    summary.lines += r.count;
    summary.errors += r.errors;
    summary.errorLines.push(...r.errorLines.slice(0, Math.max(0, 10 - summary.errorLines.length)));
    summary.totalCents += r.totalCents;
    summary.upToTotalCents += r.upToTotalCents;
    progress.update(bytesRead(), summary.lines);
  };
  try {
    let slice: string[] = [];
    let next = 1;
    let seq = 0;
    const send = async () => {
      const result = pool.run({ seq: seq++, first: next, lines: slice } satisfies LinesIn);
      result.catch(() => {}); // awaited in order by flushOne; a failure must not count as unhandled meanwhile
      pending.push(result);
      next += slice.length;
      slice = [];
      while (pending.length >= maxPending) await flushOne();
    };
    for await (const line of lines) {
      slice.push(line);
      if (slice.length >= sliceLines) await send();
    }
    if (slice.length > 0) await send();
    while (pending.length > 0) await flushOne();
    if (output.out !== process.stdout) {
      output.out.end();
      await finished(output.out).catch((e: unknown) => {
        throw failedWrite(output.where, e);
      });
    }
    if (output.failed()) throw failedWrite(output.where, output.failed());
  } finally {
    progress.stop();
    lines.close();
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
