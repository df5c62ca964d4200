import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { evaluate, evaluateAll, type FactsError, type Stacked } from "@subsidia/runtime";
import type { Policy } from "@subsidia/ir";
import { CliError } from "../errors.js";
import { readFacts, requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";
import { renderReport } from "../report.js";
import { money, tr } from "../lang.js";

export interface EvalOptions {
  facts: string;
  json?: boolean;
}

/** `subsidia eval FILE… --facts F [--json]`: one policy, or several evaluated together with stacking. */
export function evalCommand(files: string[], opts: EvalOptions, paint: Paint): string {
  const policies = files.map((f) => requirePolicy(f, paint));
  const facts = readFacts(opts.facts);
  if (policies.length === 1) {
    const policy = policies[0]!;
    const outcome = evaluate(policy, facts);
    if (!outcome.ok)
      throw new CliError(
        outcome.kind === "facts"
          ? factErrors(factsName(opts.facts), outcome.errors)
          : evalErrors(policy.file ?? policy.id, outcome.errors),
      );
    return opts.json ? `${JSON.stringify(outcome.result, null, 2)}\n` : renderReport(policy, outcome.result, paint);
  }
  const all = evaluateAll(policies, facts);
  if (!all.ok)
    throw new CliError(
      all.kind === "facts" ? factErrors(factsName(opts.facts), all.errors) : evalErrors(all.policy, all.errors),
    );
  const { ok: _ok, ...stacked } = all;
  if (opts.json) return `${JSON.stringify(stacked, null, 2)}\n`;
  return renderCombined(policies, stacked, paint);
}

function renderCombined(policies: Policy[], all: Stacked, paint: Paint): string {
  const parts = all.results.map((r, i) => renderReport(policies[i]!, r, paint));
  const t = tr();
  const lines = [
    paint.bold(
      t("report.together", { count: all.results.length, total: money(all.total), upToTotal: money(all.upToTotal) }),
    ),
  ];
  for (const s of all.superseded) {
    const what = `${s.policy} ${t("report.articleShort", { number: s.article })} ${s.clause}${s.item ? ` ${s.item}` : ""}`;
    const by = `${s.by.policy} ${t("report.articleShort", { number: s.by.article })} ${s.by.clause}`;
    lines.push(`  ${t("report.superseded", { what, amount: money(s.amount), by })}`);
  }
  return [...parts, `${lines.join("\n")}\n`].join("\n");
}

export function factErrors(file: string, errors: FactsError[]): string {
  return [
    `${file}: invalid facts (${errors.length} problem${errors.length === 1 ? "" : "s"}):`,
    ...errors.map((e) => `  ${e.path}: ${e.message}`),
  ].join("\n");
}

function evalErrors(where: string, errors: { path: string; message: string }[]): string {
  return [`${where}: cannot evaluate:`, ...errors.map((e) => `  ${e.path}: ${e.message}`)].join("\n");
}

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("evaluate one applicant's facts against policies; several policies stack (从优、就高、不重复)")
    .argument("<files...>", ".subsidia files")
    .requiredOption("-f, --facts <file>", "the applicant's facts as JSON (- for standard input)")
    .option("--json", "print one JSON document instead of the report")
    .addHelpText(
      "after",
      "\nExamples:\n  $ subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json\n  $ subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json --json\n  $ cat applicant.json | subsidia eval a.subsidia b.subsidia --facts - --json",
    )
    .action((files: string[], opts: EvalOptions) => run(() => evalCommand(files, opts, stdoutPaint)));
}

const factsName = (file: string) => (file === "-" ? "standard input" : file);
