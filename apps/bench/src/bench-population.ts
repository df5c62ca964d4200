/**
 * Population runs (docs/performance.md, "Population runs in SQL"): `subsidia batch` with the
 * JavaScript engine and with `--engine duckdb`, on JSON Lines and on Parquet, at growing
 * numbers of applicants and of list items per applicant. Each run is its own process, timed
 * by /usr/bin/time: wall time, CPU time of all threads, peak resident memory.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { flagshipFile, repo } from "./policy.js";

/** Two digits of cents from a number. */
const cents = (k: number): string => String(k % 100).padStart(2, "0");

export interface PopulationRun {
  engine: "js" | "duckdb";
  format: "jsonl" | "parquet";
  applicants: number;
  items: number | null;
  inputMB: number;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  /** `total due …` of the summary: equal across engines */
  due: string;
}

const cli = join(repo, "apps/cli/bin/subsidia.mjs");

function timed(args: string[]): { seconds: number; cpuSeconds: number; peakMB: number; stderr: string } {
  const start = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "peak-rss-kb %M cpu %U %S", process.execPath, cli, ...args], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`subsidia ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  const m = /peak-rss-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing in ${r.stderr}`);
  return { seconds, cpuSeconds: Number(m[2]) + Number(m[3]), peakMB: Number(m[1]) / 1024, stderr: r.stderr };
}

const sizeMB = (file: string) => {
  let bytes = statSync(file).size;
  const dir = file.replace(/[^/]+$/, "");
  const base = file.slice(dir.length).replace(/\.parquet$/, "");
  if (file.endsWith(".parquet"))
    for (const list of [
      "pilotPlatforms",
      "techContracts",
      "projects",
      "digitalisation",
      "techTransformationLoans",
      "clinicalTrials",
      "productLaunches",
      "tcmProducts",
      "procurementWins",
      "newFoodApprovals",
      "keyNewProducts",
    ]) {
      const f = join(dir, `${base}.${list}.parquet`);
      if (existsSync(f)) bytes += statSync(f).size;
    }
  return bytes / 2 ** 20;
};

/** Samples `n` applicants of the flagship (the same seed: the same applicants in both formats). */
export function samplePopulation(dir: string, n: number): { jsonl: string; parquet: string } {
  const jsonl = join(dir, `population-${n}.jsonl`);
  const parquet = join(dir, `population-${n}.parquet`);
  for (const out of [jsonl, parquet])
    if (!existsSync(out)) {
      const r = spawnSync(
        process.execPath,
        [cli, "population", "sample", flagshipFile, "--count", String(n), "--seed", "1", "--out", out],
        { cwd: repo, encoding: "utf8" },
      );
      if (r.status !== 0) throw new Error(r.stderr);
    }
  return { jsonl, parquet };
}

/** `n` applicants, each with `k` key new products (article 12: a per-item cap and the enterprise cap). */
export async function itemsPopulation(dir: string, n: number, k: number): Promise<string> {
  const file = join(dir, `items-${n}-${k}.jsonl`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const products = Array.from({ length: k }, (_, j) => ({
      id: `k${j + 1}`,
      provincialKeyNewProduct: (i + j) % 5 !== 0,
      annualSalesRevenue: 2_000_000 + ((i * 7 + j * 13) % 9) * 500_000,
      annualTransactionAmount: `${1_000_000 + ((i * 31 + j * 17) % 200) * 50_000}.${cents(i + j)}`,
    }));
    if (!out.write(`${JSON.stringify({ applicationDate: "2026-06-30", keyNewProducts: products })}\n`))
      await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return file;
}

/** One batch run of a population file with an engine. */
export function runBatch(
  file: string,
  engine: "js" | "duckdb",
  dir: string,
  applicants: number,
  items: number | null,
): PopulationRun {
  const out = join(dir, `out-${engine}.jsonl`);
  const t = timed([
    "batch",
    flagshipFile,
    "--facts",
    file,
    "--out",
    out,
    ...(engine === "duckdb" ? ["--engine", "duckdb"] : []),
  ]);
  const due = /total due ([\d.]+)/.exec(t.stderr)?.[1] ?? "?";
  return {
    engine,
    format: file.endsWith(".parquet") ? "parquet" : "jsonl",
    applicants,
    items,
    inputMB: sizeMB(file),
    seconds: t.seconds,
    cpuSeconds: t.cpuSeconds,
    peakMB: t.peakMB,
    due,
  };
}

/** A Markdown table of runs. */
export function runsTable(runs: readonly PopulationRun[]): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const rows = runs.map(
    (r) =>
      `| ${[
        n(r.applicants),
        r.items ?? "sampled",
        `${r.format} (${r.inputMB.toFixed(0)} MB)`,
        r.engine,
        `${r.seconds.toFixed(1)} s`,
        `${r.cpuSeconds.toFixed(1)} s`,
        `${n(Math.round(r.applicants / r.seconds))}/s`,
        `${r.peakMB.toFixed(0)} MB`,
        r.due,
      ].join(" | ")} |`,
  );
  return [
    "| applicants | items per list | input | engine | wall | CPU | applicants/s (wall) | peak RSS | total due (yuan) |",
    "| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}
