import { evaluateWith } from "@subsidia/runtime";
import { CliError } from "../errors.js";
import { type LimitFlags, readFactsFile, readLimits } from "../limits.js";
import type { Paint } from "../paint.js";
import { renderReport } from "../report.js";
import { tr } from "../lang.js";
import { inputName } from "../run.js";
import { readLibrary, requireLibrary } from "./load-library.js";
import { renderApplied } from "./render-library.js";

/**
 * `subsidia eval POLICY --with RULE… --facts F`: one policy with the implementing rules and
 * amendments given, each applied when in force on the applicant's date. Nothing is picked up
 * implicitly: only the files named here are read.
 */
export function evalWith(
  files: string[],
  withFiles: string[],
  opts: LimitFlags & { facts: string; json?: boolean | undefined },
  paint: Paint,
  errors: {
    facts: (file: string, e: { path: string; message: string }[]) => string;
    evaluation: (where: string, e: { path: string; message: string }[]) => string;
  },
): string {
  if (files.length !== 1) throw new CliError(tr()("usage.withOnePolicy"), 2);
  const lib = requireLibrary(readLibrary("", [...files, ...withFiles]), paint);
  const policy = lib.policies.find((p) => p.file === files[0]);
  if (policy === undefined) throw new CliError(tr()("usage.notPolicyBeforeWith", { file: files[0]! }), 2);
  const notDocs = withFiles.filter(
    (f) => !lib.rules.some((r) => r.file === f) && !lib.amendments.some((a) => a.file === f),
  );
  if (notDocs.length > 0) throw new CliError(tr()("usage.notRuleAfterWith", { file: notDocs[0]! }), 2);
  const limits = readLimits(opts);
  const facts = readFactsFile(opts.facts, limits);
  const out = evaluateWith(policy, lib, facts, { maxItems: limits.maxItems });
  if (!out.ok) {
    if (out.kind === "facts") throw new CliError(errors.facts(inputName(opts.facts), out.errors));
    throw new CliError(errors.evaluation(policy.file ?? policy.id, out.errors));
  }
  if (opts.json) return `${JSON.stringify({ ...out.result, applied: out.applied }, null, 2)}\n`;
  const date = out.result.applicationDate ?? "";
  return `${renderReport(out.policy, out.result, paint)}\n${renderApplied(out.applied, date, paint)}`;
}
