import { createReadStream } from "node:fs";
import type { Policy } from "@subsidia/ir";
import type { ImpactSummary } from "@subsidia/diff";
import { translateSkipReason } from "@subsidia/messages";
import { PIECE_BYTES, splitLines } from "../batch/chunks.js";
import { WorkerPool } from "../batch/pool.js";
import { defaultWorkers } from "../batch/run-batch.js";
import { CliError } from "../errors.js";
import { cliLang } from "../lang.js";
import { inputName } from "../run.js";
import { DEFAULT_LIMITS, type FactsLimits } from "../facts-input.js";
import { readError } from "../load.js";
import type { ImpactOut } from "./impact-lines.js";
import { LimitedImpact } from "./limited-impact.js";
import { sizeOf } from "./jsonl.js";
import { progressBar } from "./progress.js";

export interface ImpactRun {
  summary: ImpactSummary;
  /** `FILE:LINE: reason` for the first skipped lines, for standard error */
  problems: string[];
}

/**
 * A population file through both versions, at the speed of `subsidia batch`: the main thread
 * cuts the input into pieces of whole lines (split on line feeds only) for the worker pool;
 * each worker reads each line once and runs both versions' compiled evaluators; the sums are
 * added here in input order. Every line that is not an applicant both versions accept is
 * counted and reported by number.
 */
export async function runImpact(
  file: string,
  before: Policy,
  after: Policy,
  top: number,
  limits: FactsLimits = DEFAULT_LIMITS,
  workers = defaultWorkers(),
): Promise<ImpactRun> {
  const impact = new LimitedImpact(before, after, { top });
  const bar = progressBar(sizeOf(file), "impact");
  const input = file === "-" ? process.stdin : createReadStream(file, { highWaterMark: PIECE_BYTES });
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot read ${file === "-" ? "standard input" : `\`${file}\``}: ${readError(e)}`)),
    ),
  );
  failed.catch(() => {});
  const pool = new WorkerPool<ImpactOut>(workers, { role: "impact", before, after, limits, top });
  const pending: Promise<ImpactOut>[] = [];
  let applicants = 0;
  const addOne = async () => {
    const out = await pending.shift()!;
    if ("part" in out) {
      impact.merge(out.part);
      applicants += out.applicants;
    } else
      for (const l of out.lines) {
        if (l.reason !== undefined) impact.skip({ line: l.line }, l.reason);
        else {
          impact.addResults(l.before!, l.after!, { line: l.line });
          applicants++;
        }
      }
    bar.update("bytesRead" in input ? (input.bytesRead as number) : 0, applicants);
  };
  try {
    let seq = 0;
    const read = (async () => {
      for await (const p of splitLines(input as AsyncIterable<Uint8Array>, limits.maxBytes)) {
        const out: Promise<ImpactOut> =
          p.kind === "lines"
            ? pool.run({ seq: seq++, first: p.first, bytes: p.bytes })
            : Promise.resolve({
                seq: seq++,
                count: 1,
                lines: [
                  {
                    line: p.first,
                    reason: `a line of more than ${p.bytes} bytes, more than the limit of ${limits.maxBytes}`,
                  },
                ],
              });
        out.catch(() => {});
        pending.push(out);
        while (pending.length >= 2 * workers + 2) await addOne();
      }
      while (pending.length > 0) await addOne();
    })();
    await Promise.race([read, failed]);
  } finally {
    bar.stop();
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
    await pool.close();
  }
  const summary = impact.summary();
  const name = inputName(file);
  // in the CLI's language: the reasons are written in English by the workers
  const reason = (r: string) => translateSkipReason(r, cliLang());
  const problems = summary.skipped.first.map((s) => `${name}:${s.ref.line}: ${reason(s.reason)}`);
  const more = summary.skipped.count - summary.skipped.first.length;
  if (more > 0) problems.push(`${name}: ${reason(`${more} more line${more === 1 ? "" : "s"} skipped`)}`);
  return { summary, problems };
}
