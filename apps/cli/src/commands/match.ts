import type { Command } from "commander";
import { type Match, match } from "@subsidia/runtime";
import { CliError } from "../errors.js";
import { type LimitFlags, limitOptions, readFactsFile, readLimits } from "../limits.js";
import { readLibrary, requireLibrary } from "../library/load-library.js";
import { renderMatch } from "../library/render-library.js";
import type { Paint } from "../paint.js";
import { inputName, run, stdoutPaint } from "../run.js";
import { cliLang, tr } from "../lang.js";
import { whatIfFacts } from "../what-if.js";
import { type PolicyAwards, renderStackedWhatIf, stackedDifference } from "../what-if-stacked.js";
import { evalErrors, factErrors } from "./eval.js";
import { examples } from "../help.js";

export interface MatchOptions extends LimitFlags {
  facts: string;
  on?: string;
  json?: boolean;
  whatIf?: string[];
}

/** A real calendar date `YYYY-MM-DD`, or a usage error. */
function isoDate(text: string): string {
  const d = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text)
    throw new CliError(tr()("usage.onDate", { value: text }), 2);
  return text;
}

/**
 * `subsidia match [DIR] --facts F [--on DATE] [--json]`: the applicant against every policy of
 * the library in DIR (default `policies`), each with its rules and amendments in force, stacked
 * across policies (从优、就高、不重复), awards largest first.
 */
export function matchCommand(dir: string | undefined, opts: MatchOptions, paint: Paint): string {
  const on = opts.on === undefined ? undefined : isoDate(opts.on);
  const lib = requireLibrary(readLibrary(dir ?? "policies"), paint);
  const limits = readLimits(opts);
  const facts = readFactsFile(opts.facts, limits);
  const matched = (f: unknown, factsFile: string): Match => {
    const out = match(f, lib, { maxItems: limits.maxItems, ...(on ? { on } : {}) });
    if (!out.ok) {
      if (out.kind === "facts") throw new CliError(factErrors(inputName(factsFile), out.errors));
      throw new CliError(evalErrors(out.policy, out.errors));
    }
    const { ok: _ok, ...result } = out;
    return result;
  };
  const result = matched(facts, opts.facts);
  if (!opts.whatIf?.length) return opts.json ? `${JSON.stringify(result, null, 2)}\n` : renderMatch(result, paint);
  const changed = whatIfFacts(opts.whatIf, facts);
  const whatIf = stackedDifference(changed.changes, awardsOf(result), awardsOf(matched(changed.facts, "--what-if")));
  if (opts.json) return `${JSON.stringify({ ...result, whatIf }, null, 2)}\n`;
  return `${renderMatch(result, paint)}\n${renderStackedWhatIf(whatIf, paint, cliLang(), tr()).join("\n")}`;
}

/** Each matched policy's awards (after stacking) and total, as `--what-if` compares them. */
function awardsOf(m: Match): { total: string; policies: PolicyAwards[] } {
  return {
    total: m.total,
    policies: m.policies.map((p) => ({
      policy: p.id,
      awards: m.awards.filter((a) => a.policy === p.id),
      total: p.total,
    })),
  };
}

export function registerMatch(program: Command): void {
  limitOptions(
    program
      .command("match")
      .description("every policy of a library an applicant qualifies for, stacked across policies, largest first")
      .argument("[dir]", "the library's folder (default: policies)")
      .requiredOption("-f, --facts <file>", "the applicant's facts as JSON (- for standard input)")
      .option("--on <date>", "match as if the applicant applied on this date (YYYY-MM-DD)")
      .option("--json", "print one JSON document instead of the report")
      .option(
        "--what-if <path=value>",
        "match with a fact changed too and show what changes in each policy's awards (repeatable)",
        (v: string, all: string[] = []) => [...all, v],
      ),
  )
    .addHelpText(
      "after",
      examples(
        "subsidia match --facts applicant.json",
        "subsidia match policies --facts applicant.json --on 2027-03-01 --json",
        "subsidia match --facts applicant.json --what-if 'rdInvestment.current=1000000'",
      ),
    )
    .action((dir: string | undefined, opts: MatchOptions) => run(() => matchCommand(dir, opts, stdoutPaint)));
}
