import type { Command } from "commander";
import { type LimitFlags, limitOptions, readLimits, wholeNumber } from "../limits.js";
import { CliError } from "../errors.js";
import { tr } from "../lang.js";
import { requirePolicy } from "../load.js";
import { runAsync, stderrPaint, writeErr } from "../run.js";
import { defaultWorkers, runBatch } from "../batch/run-batch.js";
import { renderSummary } from "../batch/summary.js";
import { engineOf } from "../engines/engine-option.js";
import { loadDuckdb } from "../engines/load-duckdb.js";

export interface BatchOptions extends LimitFlags {
  facts: string;
  out?: string;
  workers?: string;
  explain?: boolean;
  engine?: string;
}

/** `subsidia batch POLICY --facts FILE.jsonl [--out OUT.jsonl]`: many applicants, one record per line. */
export async function batchCommand(file: string, opts: BatchOptions): Promise<number> {
  const workers = opts.workers === undefined ? defaultWorkers() : wholeNumber(opts.workers, "--workers", 1, 64);
  const limits = readLimits(opts);
  const policy = await requirePolicy(file, stderrPaint);
  const engine = engineOf(opts.engine, opts.facts);
  if (engine === "duckdb" && opts.explain) throw new CliError(tr()("usage.explainNeedsJs"));
  const summary =
    engine === "duckdb"
      ? await (await loadDuckdb(() => import("../engines/duckdb/batch.js"))).runDuckdbBatch({
          policy,
          facts: opts.facts,
          out: opts.out,
          limits,
        })
      : await runBatch({ policy, facts: opts.facts, out: opts.out, workers, explain: opts.explain === true, limits });
  writeErr(renderSummary(summary, opts.out, stderrPaint));
  if (summary.interrupted) return summary.interrupted === "SIGINT" ? 130 : 143;
  return summary.errors > 0 ? 1 : 0;
}

export function registerBatch(program: Command): void {
  limitOptions(program.command("batch"))
    .description("evaluate many applicants from JSONL (one facts object per line), one JSON record per line, in order")
    .argument("<file>", "a .subsidia file")
    .requiredOption("-f, --facts <file>", "applicants' facts as JSON Lines (- for standard input)")
    .option("-o, --out <file>", "write the records there instead of standard output")
    .option("--workers <n>", "worker threads (default: one per core)")
    .option("--explain", "full results with explanations (slower: the interpreter instead of the compiled evaluator)")
    .option(
      "--engine <name>",
      "`js` (default) or `duckdb`: the policy compiled to SQL, run in embedded DuckDB; " +
        "reads JSON Lines, Parquet or CSV",
    )
    .addHelpText(
      "after",
      "\nEach input line gives one output line: the line number and the amounts, or `error` for a line that is not\n" +
        "valid JSON or not valid facts; the run never stops at a bad line. A summary goes to stderr; the exit\n" +
        "status is 1 when some lines gave error records. A policy with `select` or `budget` is decided over the\n" +
        "whole population once every line is read: each award it decides says why (docs/population.md).\n" +
        "\nExamples:\n  $ subsidia batch policies/heilongjiang/biomanufacturing-2026.subsidia " +
        "--facts applicants.jsonl --out awards.jsonl\n" +
        "  $ cat applicants.jsonl | subsidia batch policy.subsidia --facts - | jq .total",
    )
    .action((file: string, opts: BatchOptions) => runAsync(() => batchCommand(file, opts)));
}
