import type { Command } from "commander";
import type { Policy } from "@subsidia/ir";
import {
  checkPolicy,
  citeDatedParams,
  evaluateAll,
  evaluatePolicy,
  EvaluationError,
  validateFacts,
  type FactsError,
  type Result,
  type Stacked,
} from "@subsidia/runtime";
import { withNearMisses } from "@subsidia/diff";
import { translateEvalError, translateFactsError } from "@subsidia/messages";
import { CliError } from "../errors.js";
import { type LimitFlags, limitOptions, readFactsFile, readLimits } from "../limits.js";
import { requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";
import { renderReport } from "../report.js";
import { money } from "../money-text.js";
import { inputName, run, stdoutPaint } from "../run.js";
import { cliLang, tr } from "../lang.js";
import { examples } from "../help.js";
import { difference, renderWhatIf, whatIfFacts } from "../what-if.js";
import { renderStackedWhatIf, stackedDifference } from "../what-if-stacked.js";
import { colon, type ExplainLevel } from "../why-not-report.js";

export interface EvalOptions extends LimitFlags {
  facts: string;
  json?: boolean;
  /** `concise` (default) or `full`: every reason and condition of the clauses not paid */
  explain?: string;
  /** `path=value`, repeatable: evaluate the changed facts too and show the difference */
  whatIf?: string[];
  /** facts a near miss must not change (declaration paths: `projects.highTech`) */
  fixed?: string[];
  /** implementing rules and amendments to apply (docs/library.md) */
  with?: string[];
}

/** One policy on facts already read: validated within the limits, then evaluated with explanations. */
function evaluateOne(policy: Policy, facts: unknown, maxItems: number, factsFile: string, whyNot = true): Result {
  const problems = checkPolicy(policy);
  if (problems.length > 0) throw new CliError(evalErrors(policy.file ?? policy.id, problems));
  const valid = validateFacts(policy, facts, { maxItems });
  if (!valid.ok) throw new CliError(factErrors(inputName(factsFile), valid.errors));
  try {
    return citeDatedParams(policy, evaluatePolicy(policy, valid.facts, { whyNot }));
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    throw new CliError(evalErrors(policy.file ?? policy.id, [{ path: e.path, message: e.message }]));
  }
}

/** `subsidia eval FILE… --facts F [--json]`: one policy, or several evaluated together with stacking. */
export async function evalCommand(files: string[], opts: EvalOptions, paint: Paint): Promise<string> {
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new CliError(tr()("usage.givenTwice", { file: twice }), 2);
  if (opts.with !== undefined && opts.whatIf?.length) throw new CliError(tr()("usage.whatIfWith"), 2);
  if (opts.with !== undefined) {
    // the library's compile needs the compiler: loaded only here, so that a cached `eval` never loads it
    const { evalWith } = await import("../library/eval-with.js");
    return evalWith(files, opts.with, opts, paint, { facts: factErrors, evaluation: evalErrors });
  }
  const limits = readLimits(opts);
  const policies: Policy[] = [];
  for (const f of files) policies.push(await requirePolicy(f, paint));
  const facts = readFactsFile(opts.facts, limits);
  const level = explainLevel(opts.explain);
  const near = { fixed: opts.fixed ?? [] };
  if (policies.length === 1) {
    const policy = policies[0]!;
    const result = withNearMisses(policy, facts, evaluateOne(policy, facts, limits.maxItems, opts.facts), near);
    if (!opts.whatIf?.length)
      return opts.json ? `${JSON.stringify(result, null, 2)}\n` : renderReport(policy, result, paint, cliLang(), level);
    const changed = whatIfFacts(opts.whatIf, facts);
    const after = evaluateOne(policy, changed.facts, limits.maxItems, "--what-if", false);
    const whatIf = difference(changed.changes, result, after);
    if (opts.json) return `${JSON.stringify({ ...result, whatIf }, null, 2)}\n`;
    const report = renderReport(policy, result, paint, cliLang(), level);
    return `${report}\n${renderWhatIf(whatIf, paint, cliLang(), tr()).join("\n")}`;
  }
  const stackAll = (f: unknown, factsFile: string, whyNot: boolean): Stacked => {
    const all = evaluateAll(policies, f, { maxItems: limits.maxItems, whyNot });
    if (!all.ok)
      throw new CliError(
        all.kind === "facts" ? factErrors(inputName(factsFile), all.errors) : evalErrors(all.policy, all.errors),
      );
    const { ok: _ok, ...rest } = all;
    return { ...rest, results: rest.results.map((r, i) => citeDatedParams(policies[i]!, r)) };
  };
  const rest = stackAll(facts, opts.facts, true);
  const stacked = { ...rest, results: rest.results.map((r, i) => withNearMisses(policies[i]!, facts, r, near)) };
  if (!opts.whatIf?.length) {
    if (opts.json) return `${JSON.stringify(stacked, null, 2)}\n`;
    return renderCombined(policies, stacked, paint, level);
  }
  const changed = whatIfFacts(opts.whatIf, facts);
  const after = stackAll(changed.facts, "--what-if", false);
  const awardsOf = (s: Stacked) => ({
    total: s.total,
    policies: s.results.map((r) => ({ policy: r.policy, awards: r.awards, total: r.total })),
  });
  const whatIf = stackedDifference(changed.changes, awardsOf(stacked), awardsOf(after));
  if (opts.json) return `${JSON.stringify({ ...stacked, whatIf }, null, 2)}\n`;
  const report = renderCombined(policies, stacked, paint, level);
  return `${report}\n${renderStackedWhatIf(whatIf, paint, cliLang(), tr()).join("\n")}`;
}

function explainLevel(v: string | undefined): ExplainLevel {
  if (v === undefined || v === "concise" || v === "full") return v ?? "concise";
  throw new CliError(tr()("usage.explainLevel", { value: v }), 2);
}

const collect = (v: string, all: string[] = []): string[] => [...all, v];

function renderCombined(policies: Policy[], all: Stacked, paint: Paint, level: ExplainLevel): string {
  const parts = all.results.map((r, i) => renderReport(policies[i]!, r, paint, cliLang(), level));
  const t = tr();
  const lines = [
    paint.bold(
      t("report.together", { count: all.results.length, total: money(all.total), upToTotal: money(all.upToTotal) }),
    ),
  ];
  for (const s of all.superseded) {
    const item = s.item ? ` ${s.item}` : "";
    const what = `${s.policy} ${t("report.articleShort", { number: s.article })} ${s.clause}${item}`;
    const by = `${s.by.policy} ${t("report.articleShort", { number: s.by.article })} ${s.by.clause}`;
    lines.push(`  ${t("report.superseded", { what, amount: money(s.amount), by })}`);
  }
  return [...parts, `${lines.join("\n")}\n`].join("\n");
}

export function factErrors(file: string, errors: FactsError[]): string {
  return [
    tr()("error.invalidFacts", { file, count: errors.length }),
    ...errors.map((e) => `  ${e.path}${colon(cliLang())}${translateFactsError(e.message, cliLang())}`),
  ].join("\n");
}

/** Why a policy cannot be evaluated: its file, then each reason after its path, in the CLI's language. */
export function evalErrors(where: string, errors: { path: string; message: string }[]): string {
  const lang = cliLang();
  return [
    tr()("error.cannotEvaluate", { where }),
    ...errors.map((e) => `  ${e.path}${colon(lang)}${translateEvalError(e.message, lang)}`),
  ].join("\n");
}

export function registerEval(program: Command): void {
  limitOptions(
    program
      .command("eval")
      .description("evaluate one applicant's facts against policies; several policies stack (从优、就高、不重复)")
      .argument("<files...>", ".subsidia files")
      .requiredOption("-f, --facts <file>", "the applicant's facts as JSON (- for standard input)")
      .option("--json", "print one JSON document instead of the report")
      .option("--explain <level>", "why clauses were not paid: concise (default) or full (every reason and condition)")
      .option(
        "--what-if <path=value>",
        "evaluate with a fact changed too and show the difference (repeatable)",
        collect,
      )
      .option("--fixed <path>", "a fact near misses must not change, e.g. projects.highTech (repeatable)", collect)
      .option("--with <files...>", "implementing rules and amendments to apply when in force (docs/library.md)"),
  )
    .addHelpText(
      "after",
      examples(
        "subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json",
        "subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json --json",
        "subsidia eval policy.subsidia --facts applicant.json --what-if 'projects[0].fixedAssetInvestment=20000000'",
        "cat applicant.json | subsidia eval a.subsidia b.subsidia --facts - --json",
      ),
    )
    .action((files: string[], opts: EvalOptions) => run(() => evalCommand(files, opts, stdoutPaint)));
}
