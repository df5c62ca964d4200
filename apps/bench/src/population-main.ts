/**
 * `npm run bench:population -w @subsidia/bench -- [applicants…]`: the population benchmark
 * (default 1,000,000 and 10,000,000 sampled applicants; then 100,000 applicants with 1, 4 and
 * 16 list items). Prints a Markdown table for docs/performance.md. Populations are written
 * to $SUBSIDIA_BENCH_DIR (default a folder in /tmp) and kept for the next run.
 */
import { mkdirSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { itemsPopulation, type PopulationRun, runBatch, runsTable, samplePopulation } from "./bench-population.js";

const dir = process.env["SUBSIDIA_BENCH_DIR"] ?? join(tmpdir(), "subsidia-bench-population");
mkdirSync(dir, { recursive: true });
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs: PopulationRun[] = [];
const report = (r: PopulationRun) => {
  runs.push(r);
  process.stderr.write(`${runsTable([r]).split("\n").at(-1)}\n`);
};
for (const n of sizes.length > 0 ? sizes : [1_000_000, 10_000_000]) {
  const { jsonl, parquet } = samplePopulation(dir, n);
  report(runBatch(jsonl, "js", dir, n, null));
  report(runBatch(jsonl, "duckdb", dir, n, null));
  report(runBatch(parquet, "duckdb", dir, n, null));
}
if (process.env["SUBSIDIA_BENCH_ITEMS"] !== "0")
  for (const k of [1, 4, 16]) {
    const file = await itemsPopulation(dir, 100_000, k);
    report(runBatch(file, "js", dir, 100_000, k));
    report(runBatch(file, "duckdb", dir, 100_000, k));
  }
process.stdout.write(
  `${runsTable(runs)}\n\nload average while measuring: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")}\n`,
);
