import { evaluate, evaluateAll, type FactsError as FactError } from "@subsidia/runtime";
import type { Policy } from "@subsidia/ir";
import { CliError } from "../errors.js";
import { readFacts, requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";
import { renderReport } from "../report.js";

export interface EvalOptions { facts: string; json?: boolean }

/** `subsidia eval FILE… --facts F [--json]`: one policy, or several evaluated together with stacking. */
export function evalCommand(files: string[], opts: EvalOptions, paint: Paint): string {
  const policies = files.map((f) => requirePolicy(f, paint));
  const facts = readFacts(opts.facts);
  for (const p of policies) {
    const outcome = evaluate(p, facts);
    if (!outcome.ok) {
      throw new CliError(outcome.kind === "facts" ? factErrors(opts.facts, outcome.errors) : `${p.file}: invalid policy IR: ${outcome.errors.map((e) => e.message).join("; ")}`);
    }
    if (policies.length === 1) {
      return opts.json ? JSON.stringify(outcome.result, null, 2) + "\n" : renderReport(p, outcome.result, paint);
    }
  }
  const all = evaluateAll(policies, facts);
  if (opts.json) return JSON.stringify(all, null, 2) + "\n";
  return renderCombined(policies, all, paint);
}

function renderCombined(policies: Policy[], all: ReturnType<typeof evaluateAll>, paint: Paint): string {
  const parts = all.results.map((r, i) => renderReport(policies[i]!, r, paint));
  const lines = [paint.bold(`Together (${all.results.length} policies): total due ${all.total} yuan, up to ${all.upToTotal} yuan`)];
  for (const s of all.superseded) {
    lines.push(`  not granted (从优、就高、不重复): ${s.policy} art. ${s.article} ${s.clause}${s.item ? ` ${s.item}` : ""} ${s.amount} — ${s.by.policy} art. ${s.by.article} ${s.by.clause} is more favourable`);
  }
  return [...parts, lines.join("\n") + "\n"].join("\n");
}

export function factErrors(file: string, errors: FactError[]): string {
  return [`${file}: invalid facts (${errors.length} problem${errors.length === 1 ? "" : "s"}):`, ...errors.map((e) => `  ${e.path}: ${e.message}`)].join("\n");
}
