/** `subsidia batch` on N generated applicants, JSONL to JSONL: wall time, throughput, peak RSS. */
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { applicant } from "./applicants.js";
import { median } from "./measure.js";
import { flagshipFile, repo } from "./policy.js";

export interface BatchTiming {
  lines: number;
  inputMB: number;
  seconds: number;
  /** CPU seconds of the whole process (user + system, all threads) */
  cpuSeconds: number | null;
  perSecond: number;
  /** peak resident set size of the whole process (main thread and workers), MB */
  peakMB: number | null;
  /** whether the CLI ran from its build (dist/) */
  built: boolean;
  runs: number;
  /** the plain two-worker script (`plain-batch.ts`) on the same input: wall time, median of its runs */
  plainSeconds: number;
  /** `subsidia batch --workers 2` over the plain script, the median of the per-run ratios (runs alternated) */
  ratio: number;
  /** `subsidia batch --workers N` over the plain script with N workers, for N = 1, 2, 4 … up to the cores */
  scaling: ScalingRow[];
}

/** One worker count of the scaling rows: medians of alternated runs on a smaller input. */
export interface ScalingRow {
  workers: number;
  lines: number;
  seconds: number;
  plainSeconds: number;
  /** the median of the per-run ratios */
  ratio: number;
}

/** 1, 2, 4 … up to the machine's cores (and the cores themselves when not a power of two). */
export function workerCounts(cores = availableParallelism()): number[] {
  const counts: number[] = [];
  for (let n = 1; n < cores; n *= 2) counts.push(n);
  return [...counts, cores];
}

/** `lines` of the fixed applicants (`applicants.ts`) as JSON Lines. */
export async function generate(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i += 1000) {
    let chunk = "";
    for (let j = i; j < Math.min(lines, i + 1000); j++) chunk += `${JSON.stringify(applicant(j))}\n`;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk as Buffer) if (b === 10) n++;
  return n;
}

const timeBin = "/usr/bin/time";

export type Timed = { seconds: number; cpuSeconds: number | null; peakMB: number | null; stdout: string };

/** A plain script (`plain-batch.ts`, `plain-diff.ts`) bundled as the CLI is (one file, no tsx at run time). */
export async function bundlePlain(dir: string, name = "plain-batch"): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(repo, `apps/bench/src/${name}.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["source"],
    minify: true,
    banner: { js: 'import { createRequire as __r } from "node:module";\nconst require = __r(import.meta.url);' },
    logLevel: "warning",
  });
  return outfile;
}

/** The plain script in a process of its own (two part files, no merge). */
function plainOnce(script: string, input: string, prefix: string, workers = 2): Timed {
  return timed([process.execPath, script, input, prefix, join(repo, flagshipFile), String(workers)]);
}

/** A command's wall time, and its CPU time and peak memory by /usr/bin/time where there is one. */
export function timed(command: string[]): Timed {
  const useTime = existsSync(timeBin);
  const start = performance.now();
  const r = useTime
    ? spawnSync(timeBin, ["-f", "peak-rss-kb %M cpu %U %S", ...command], { cwd: repo, encoding: "utf8" })
    : spawnSync(command[0]!, command.slice(1), { cwd: repo, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${command.slice(-3).join(" ")} failed (${r.status}): ${r.stderr}`);
  const m = /peak-rss-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const cpuSeconds = m ? Number(m[2]) + Number(m[3]) : null;
  return { seconds, cpuSeconds, peakMB: m ? Number(m[1]) / 1024 : null, stdout: r.stdout };
}

async function once_(input: string, output: string, workers?: number): Promise<Timed> {
  const cli = join(repo, "apps/cli/bin/subsidia.mjs");
  const args = [cli, "batch", flagshipFile, "--facts", input, "--out", output];
  if (workers !== undefined) args.push("--workers", String(workers));
  return timed([process.execPath, ...args]);
}

/**
 * `subsidia batch --workers N` against the plain script cut in N parts, for each count: whether the CLI keeps
 * within 1.2× of it as workers are added (no serial main thread). On `lines` applicants of their own.
 */
async function scaling(dir: string, script: string, lines: number, runs: number): Promise<ScalingRow[]> {
  const input = join(dir, "scaling.jsonl");
  const output = join(dir, "scaling-awards.jsonl");
  await generate(input, lines);
  const rows: ScalingRow[] = [];
  for (const workers of workerCounts()) {
    const ours: number[] = [];
    const plain: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      const a = await once_(input, output, workers);
      const p = plainOnce(script, input, join(dir, "plain-scaling"), workers);
      ours.push(a.seconds);
      plain.push(p.seconds);
      ratios.push(a.seconds / p.seconds);
    }
    rows.push({ workers, lines, seconds: median(ours), plainSeconds: median(plain), ratio: median(ratios) });
  }
  return rows;
}

export async function benchBatch(lines: number, runs: number, scalingLines = 200_000): Promise<BatchTiming> {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-bench-"));
  try {
    const input = join(dir, "applicants.jsonl");
    const output = join(dir, "awards.jsonl");
    await generate(input, lines);
    const script = await bundlePlain(dir);
    const results = [];
    const plain = [];
    const ratios = [];
    for (let i = 0; i < runs; i++) {
      results.push(await once_(input, output));
      const written = await countLines(output);
      if (written !== lines) throw new Error(`subsidia batch wrote ${written} records for ${lines} lines`);
      // the same two workers as the plain script, runs alternated: the ratio of this run
      const two = availableParallelism() === 2 ? results[i]! : await once_(input, output, 2);
      const p = plainOnce(script, input, join(dir, "plain"));
      plain.push(p.seconds);
      ratios.push(two.seconds / p.seconds);
    }
    const seconds = median(results.map((r) => r.seconds));
    const peaks = results.flatMap((r) => (r.peakMB === null ? [] : [r.peakMB]));
    const cpus = results.flatMap((r) => (r.cpuSeconds === null ? [] : [r.cpuSeconds]));
    const built = existsSync(join(repo, "apps/cli/dist/bundle/subsidia.mjs"));
    const scaled = scalingLines > 0 ? await scaling(dir, script, scalingLines, runs) : [];
    return {
      lines,
      inputMB: statSync(input).size / 2 ** 20,
      seconds,
      cpuSeconds: cpus.length > 0 ? median(cpus) : null,
      perSecond: lines / seconds,
      peakMB: peaks.length > 0 ? median(peaks) : null,
      built,
      runs,
      plainSeconds: median(plain),
      ratio: median(ratios),
      scaling: scaled,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
