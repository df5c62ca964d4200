import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { formatDiagnostic } from "@subsidia/compiler";
import { loadPolicy, policyFiles } from "../load.js";
import type { Paint } from "../paint.js";

export interface CheckOptions {
  json?: boolean | undefined;
}

/** `--json`: one document with every file's diagnostics (code, severity, message, span…) and the counts. */
function checkJson(paths: string[]): { out: string; code: number } {
  const files = policyFiles(paths).map((file) => ({ file, diagnostics: loadPolicy(file).diagnostics }));
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  return {
    out: `${JSON.stringify({ files, errors, warnings: all.length - errors }, null, 2)}\n`,
    code: errors > 0 ? 1 : 0,
  };
}

/** `subsidia check FILE…`: every diagnostic of every file; exit 1 when any has errors. */
export function check(paths: string[], paint: Paint, opts: CheckOptions = {}): { out: string; code: number } {
  if (opts.json) return checkJson(paths);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of policyFiles(paths)) {
    const p = loadPolicy(file);
    for (const d of p.diagnostics) {
      lines.push(formatDiagnostic(d, p.text, paint), "");
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  const summary =
    errors + warnings === 0
      ? paint.green("no problems found")
      : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  lines.push(summary);
  return { out: `${lines.join("\n")}\n`, code: errors > 0 ? 1 : 0 };
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("report every error and warning in policy files (file:line:col code message)")
    .argument("<files...>", ".subsidia files or folders")
    .option("--json", "print one JSON document: each file's diagnostics, and the counts")
    .addHelpText(
      "after",
      "\nExamples:\n  $ subsidia check policies/heilongjiang/biomanufacturing-2026.subsidia\n  $ subsidia check policies",
    )
    .action((files: string[], opts: CheckOptions) => run(() => check(files, stdoutPaint, opts)));
}
