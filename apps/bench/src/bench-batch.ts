/** `subsidia batch` on N generated applicants, JSONL to JSONL: wall time, throughput, peak RSS. */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
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
}

async function generate(file: string, lines: number): Promise<void> {
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

async function once_(
  input: string,
  output: string,
): Promise<{ seconds: number; cpuSeconds: number | null; peakMB: number | null }> {
  const cli = join(repo, "apps/cli/bin/subsidia.mjs");
  const args = [cli, "batch", flagshipFile, "--facts", input, "--out", output];
  const useTime = existsSync(timeBin);
  const start = performance.now();
  const r = useTime
    ? spawnSync(timeBin, ["-f", "peak-rss-kb %M cpu %U %S", process.execPath, ...args], { cwd: repo, encoding: "utf8" })
    : spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`subsidia batch failed (${r.status}): ${r.stderr}`);
  const m = /peak-rss-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { seconds, cpuSeconds: m ? Number(m[2]) + Number(m[3]) : null, peakMB: m ? Number(m[1]) / 1024 : null };
}

export async function benchBatch(lines: number, runs: number): Promise<BatchTiming> {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-bench-"));
  try {
    const input = join(dir, "applicants.jsonl");
    const output = join(dir, "awards.jsonl");
    await generate(input, lines);
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(await once_(input, output));
      const written = await countLines(output);
      if (written !== lines) throw new Error(`subsidia batch wrote ${written} records for ${lines} lines`);
    }
    const seconds = median(results.map((r) => r.seconds));
    const peaks = results.flatMap((r) => (r.peakMB === null ? [] : [r.peakMB]));
    const cpus = results.flatMap((r) => (r.cpuSeconds === null ? [] : [r.cpuSeconds]));
    const built = existsSync(join(repo, "apps/cli/dist/main.js"));
    return {
      lines,
      inputMB: statSync(input).size / 2 ** 20,
      seconds,
      cpuSeconds: cpus.length > 0 ? median(cpus) : null,
      perSecond: lines / seconds,
      peakMB: peaks.length > 0 ? median(peaks) : null,
      built,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
