import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { createSampler } from "@subsidia/diff";
import { CliError } from "../errors.js";
import { cliLang, tr } from "../lang.js";
import { runAsync, stdoutPaint } from "../run.js";
import { compileVersion } from "../diff/versions.js";
import { readText } from "../load.js";
import { formatOf } from "../engines/file-format.js";
import { loadDuckdb } from "../engines/load-duckdb.js";
import { limitOptions } from "../limits.js";
import type { CliffOptions } from "./cliff-edges.js";

export interface SampleOptions {
  count: string;
  seed: string;
  out?: string;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

/**
 * `subsidia population sample POLICY --count N --seed S`: N plausible applicants drawn from
 * the policy's declared inputs, one JSON object per line, written as they are drawn.
 */
export async function sampleCommand(file: string, opts: SampleOptions): Promise<number> {
  if (!/^\d+$/.test(opts.count) || Number(opts.count) < 1 || Number(opts.count) > 100_000_000)
    throw new CliError(
      tr()("usage.wholeNumber", { option: "--count", min: 1, max: 100_000_000, value: opts.count }),
      2,
    );
  const policy = compileVersion(readText(file), file, stdoutPaint);
  const next = createSampler(policy, opts.seed);
  const format = opts.out !== undefined ? formatOf(opts.out) : null;
  if (format !== null) {
    const count = Number(opts.count);
    const { writePopulation } = await loadDuckdb(() => import("../engines/duckdb/write-population.js"));
    const files = await writePopulation(
      policy,
      (function* () {
        for (let i = 0; i < count; i++) yield next();
      })(),
      opts.out!,
      format,
    );
    const t = tr();
    const pattern = `${files[1]?.replace(/\.[^.]+\.[^.]+$/, ".LIST")}.${format}`;
    const lists = files.length > 1 ? t("population.lists", { count: files.length - 1, pattern }) : "";
    const applicants = count.toLocaleString(cliLang() === "zh" ? "zh-CN" : "en-US");
    process.stderr.write(`${t("population.written", { count: applicants, file: files[0]!, lists })}\n`);
    return 0;
  }
  const out = opts.out !== undefined ? createWriteStream(opts.out) : process.stdout;
  const why = (e: NodeJS.ErrnoException) =>
    e.code === "ENOENT"
      ? tr()("error.noSuchFolder")
      : e.code === "EACCES"
        ? tr()("error.permission")
        : e.code === "EISDIR"
          ? tr()("error.isFolder")
          : e.message;
  const failed = new Promise<never>((_, reject) =>
    out.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new CliError(
          tr()("error.cannotWrite", { what: `\`${opts.out ?? tr()("batch.standardOutput")}\``, why: why(e) }),
        ),
      ),
    ),
  );
  const work = (async () => {
    let chunk = "";
    for (let i = 1; i <= Number(opts.count); i++) {
      chunk += `${JSON.stringify(next())}\n`;
      if (i % 1000 === 0) {
        await write(out, chunk);
        chunk = "";
      }
    }
    if (chunk) await write(out, chunk);
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
  })();
  await Promise.race([work, failed]);
  return 0;
}

export function registerPopulation(program: Command): void {
  const population = program
    .command("population")
    .description("synthetic populations of applicants, to see the shape of a change's impact without real data");
  population
    .command("sample")
    .description("draw plausible applicants from a policy's declared inputs, one JSON object of facts per line")
    .argument("<policy>", "a .subsidia file")
    .requiredOption("-n, --count <n>", "how many applicants")
    .option("--seed <seed>", "any text or number: the same seed draws the same applicants", "1")
    .option(
      "-o, --out <file>",
      "write to this file instead of standard output; `.parquet` or `.csv`: the SQL table layout, one file per table",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ subsidia population sample policies/heilongjiang/biomanufacturing-2026.subsidia --count 100000 --seed 7 > applicants.jsonl\n  $ subsidia diff old.subsidia new.subsidia --population applicants.jsonl",
    )
    .action((file: string, opts: SampleOptions) => runAsync(() => sampleCommand(file, opts)));
  limitOptions(population.command("cliffs"))
    .description("per clause, how many applicants missed it by less than 1%, 5% and 10% of a threshold")
    .argument("<policy>", "a .subsidia file")
    .requiredOption("-f, --facts <file>", "applicants' facts as JSON Lines (- for standard input)")
    .option("--json", "print one JSON document instead of the table")
    .addHelpText(
      "after",
      "\nExample:\n  $ subsidia population cliffs policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicants.jsonl",
    )
    .action(async (file: string, opts: CliffOptions) =>
      runAsync(async () => (await import("./cliff-edges.js")).cliffsCommand(file, opts)),
    );
}
