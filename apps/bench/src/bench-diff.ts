/**
 * `subsidia diff OLD NEW --population FILE` against the plain two-worker script (`plain-diff.ts`)
 * on the same generated applicants: wall and CPU time, runs alternated, and the totals of both
 * checked equal (the plain script's in cents).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundlePlain, generate, type Timed, timed } from "./bench-batch.js";
import { median } from "./measure.js";
import { flagshipFile, repo } from "./policy.js";

/** The flagship's version with two behavioural changes (a rate of art. 4, an amount of art. 10). */
export const changedFile = "packages/diff/test/fixtures/flagship/changed.subsidia";

export interface DiffTiming {
  lines: number;
  runs: number;
  /** medians of the runs: wall seconds and CPU seconds (all threads), of `subsidia diff` and of the plain script */
  seconds: number;
  cpuSeconds: number | null;
  plainSeconds: number;
  plainCpuSeconds: number | null;
  /** the median of the per-run ratios of wall times (runs alternated) */
  ratio: number;
}

const cents = (yuan: string) => BigInt(yuan.replace(".", ""));

/** Both totals of the CLI's impact and of the plain script, which must agree to the cent. */
function agree(cli: string, plain: string): void {
  const impact = (JSON.parse(cli) as { impact: Record<"before" | "after", { total: string; upToTotal: string }> })
    .impact;
  const want = [impact.before.total, impact.before.upToTotal, impact.after.total, impact.after.upToTotal].map(cents);
  const got = (JSON.parse(plain) as { totals: number[] }).totals.map(BigInt);
  if (want.some((w, i) => w !== got[i]))
    throw new Error(`subsidia diff and the plain script disagree: ${want.join(", ")} against ${got.join(", ")}`);
}

export async function benchDiff(sizes: readonly number[], runs: number): Promise<DiffTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-bench-diff-"));
  try {
    const script = await bundlePlain(dir, "plain-diff");
    const cli = join(repo, "apps/cli/bin/subsidia.mjs");
    const out: DiffTiming[] = [];
    for (const lines of sizes) {
      const input = join(dir, `applicants-${lines}.jsonl`);
      await generate(input, lines);
      const ours: Timed[] = [];
      const plain: Timed[] = [];
      for (let i = 0; i < runs; i++) {
        const o = timed([process.execPath, cli, "diff", flagshipFile, changedFile, "--population", input, "--json"]);
        const p = timed([process.execPath, script, input, join(repo, flagshipFile), join(repo, changedFile)]);
        agree(o.stdout, p.stdout);
        ours.push(o);
        plain.push(p);
      }
      const cpu = (ts: typeof ours) =>
        ts.every((t) => t.cpuSeconds !== null) ? median(ts.map((t) => t.cpuSeconds!)) : null;
      out.push({
        lines,
        runs,
        seconds: median(ours.map((t) => t.seconds)),
        cpuSeconds: cpu(ours),
        plainSeconds: median(plain.map((t) => t.seconds)),
        plainCpuSeconds: cpu(plain),
        ratio: median(ours.map((t, i) => t.seconds / plain[i]!.seconds)),
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
