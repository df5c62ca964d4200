import type { Command } from "commander";
import pc from "picocolors";
import { diffPolicies } from "@subsidia/diff";
import { CliError } from "../errors.js";
import { tr } from "../lang.js";
import { type LimitFlags, limitOptions, readLimits } from "../limits.js";
import { runAsync, stderrPaint, stdoutPaint, writeErr, writeOut } from "../run.js";
import { renderImpactMarkdown, renderImpactText } from "../diff/render-impact.js";
import { renderMarkdown } from "../diff/render-markdown.js";
import { renderText } from "../diff/render-text.js";
import { runImpact, type ImpactRun } from "../diff/run-impact.js";
import { loadVersions } from "../diff/versions.js";
import type { Paint } from "../paint.js";
import { engineOf } from "../engines/engine-option.js";
import { loadDuckdb } from "../engines/load-duckdb.js";
import { examples } from "../help.js";

export interface DiffOptions extends LimitFlags {
  git?: string;
  json?: boolean;
  markdown?: boolean;
  population?: string;
  top: string;
  engine?: string;
}

function count(text: string, option: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new CliError(tr()("usage.atLeastOne", { option, value: text }), 2);
  return Number(text);
}

/**
 * `subsidia diff OLD NEW` / `subsidia diff --git REV FILE`: the semantic diff, a witness per
 * behavioural change and, with `--population`, the budget impact. Returns what to print.
 */
export async function diffCommand(
  files: string[],
  opts: DiffOptions,
  paint: Paint,
): Promise<{ out: string; problems: string[] }> {
  if (opts.json && opts.markdown) throw new CliError(tr()("usage.jsonOrMarkdown"), 2);
  const top = count(opts.top, "--top");
  const v = loadVersions(files, opts.git, paint);
  const diff = diffPolicies(v.before, v.after);
  let impact: ImpactRun | undefined;
  if (opts.population !== undefined)
    impact =
      engineOf(opts.engine, opts.population) === "duckdb"
        ? await (await loadDuckdb(() => import("../engines/duckdb/impact.js"))).runDuckdbImpact(
            opts.population,
            v.before,
            v.after,
            top,
            readLimits(opts),
          )
        : await runImpact(opts.population, v.before, v.after, top, readLimits(opts));
  const problems = impact?.problems ?? [];
  if (opts.json)
    return {
      out: `${JSON.stringify({ ...diff, ...(impact ? { impact: impact.summary } : {}) }, null, 2)}\n`,
      problems,
    };
  if (opts.markdown)
    return {
      out: [
        renderMarkdown(diff, v.after, v.labels),
        ...(impact ? [renderImpactMarkdown(impact.summary, opts.population!)] : []),
      ].join("\n"),
      problems,
    };
  return {
    out: [
      renderText(diff, v.before, v.after, v.labels, paint),
      ...(impact ? [renderImpactText(impact.summary, opts.population!, paint)] : []),
    ].join("\n"),
    problems,
  };
}

export function registerDiff(program: Command): void {
  limitOptions(program.command("diff"))
    .description(
      "what changed between two versions of a policy, clause by clause, with an applicant paid differently " +
        "by each behavioural change and, over a population, the budget impact",
    )
    .argument("<files...>", "OLD and NEW .subsidia files, or one file with --git")
    .option("--git <rev>", "compare FILE at git revision REV (e.g. HEAD~1) with FILE as it is now")
    .option(
      "--json",
      "print one JSON document: each change with article, clause, kind, behavioural, before/after, witness",
    )
    .option("--markdown", "print Markdown ready to paste as a pull-request comment")
    .option(
      "--population <file>",
      "JSON Lines, one applicant's facts per line (- for standard input): totals before and after",
    )
    .option("--top <n>", "how many of the largest individual changes to list", "10")
    .option(
      "--engine <name>",
      "`js` (default) or `duckdb`: both versions compiled to SQL, run in embedded DuckDB (JSON Lines, Parquet or CSV)",
    )
    .addHelpText(
      "after",
      examples(
        "subsidia diff old.subsidia new.subsidia",
        "subsidia diff --git HEAD~1 policies/heilongjiang/biomanufacturing-2026.subsidia --markdown",
        "subsidia population sample new.subsidia --count 10000 --seed 7 --out applicants.jsonl",
        "subsidia diff old.subsidia new.subsidia --population applicants.jsonl",
      ),
    )
    .action((files: string[], opts: DiffOptions) =>
      runAsync(async () => {
        const { out, problems } = await diffCommand(
          files,
          opts,
          opts.json || opts.markdown ? pc.createColors(false) : stdoutPaint,
        );
        // `skipped: line 2 (…)`, `已跳过：第 2 行（…）`: no space after a full-width colon
        const skipped = tr()("error.skipped");
        const gap = skipped.endsWith("：") ? "" : " ";
        for (const p of problems) writeErr(`${stderrPaint.yellow(skipped)}${gap}${p}\n`);
        writeOut(out);
        // like batch: a population with lines that could not be read is not a clean run
        return problems.length > 0 ? 1 : 0;
      }),
    );
}
