import type { Policy } from "@subsidia/ir";
import { Impact, type ImpactSummary } from "@subsidia/diff";
import { readJsonLines, sizeOf } from "./jsonl.js";
import { progressBar } from "./progress.js";

export interface ImpactRun {
  summary: ImpactSummary;
  /** `FILE:LINE: reason` for the first skipped lines, for standard error */
  problems: string[];
}

/**
 * Streams a population file through both versions: one applicant in memory at a time,
 * every line that is not an applicant both versions accept counted and reported by number.
 */
export async function runImpact(file: string, before: Policy, after: Policy, top: number): Promise<ImpactRun> {
  const impact = new Impact(before, after, { top });
  const bar = progressBar(sizeOf(file), "impact");
  let applicants = 0;
  try {
    await readJsonLines(file, {
      value: (facts, line) => {
        applicants++;
        impact.add(facts, { line });
      },
      malformed: (line, message) => impact.skip({ line }, message),
      progress: (bytes) => bar.update(bytes, applicants),
    });
  } finally {
    bar.stop();
  }
  const summary = impact.summary();
  const problems = summary.skipped.first.map((s) => `${file}:${s.ref.line}: ${s.reason}`);
  const more = summary.skipped.count - summary.skipped.first.length;
  if (more > 0) problems.push(`${file}: ${more} more line${more === 1 ? "" : "s"} skipped`);
  return { summary, problems };
}
