import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { formatDiagnostic } from "@subsidia/compiler";
import { loadPolicy, policyFiles } from "../load.js";
import type { Paint } from "../paint.js";
import { cliLang, tr } from "../lang.js";

/** `subsidia check FILE…`: every diagnostic of every file; exit 1 when any has errors. */
export function check(paths: string[], paint: Paint): { out: string; code: number } {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of policyFiles(paths)) {
    const p = loadPolicy(file);
    for (const d of p.diagnostics) {
      lines.push(formatDiagnostic(d, p.text, paint, cliLang()), "");
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  const summary =
    errors + warnings === 0 ? paint.green(tr()("check.clean")) : tr()("check.summary", { errors, warnings });
  lines.push(summary);
  return { out: `${lines.join("\n")}\n`, code: errors > 0 ? 1 : 0 };
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("report every error and warning in policy files (file:line:col code message)")
    .argument("<files...>", ".subsidia files or folders")
    .addHelpText(
      "after",
      "\nExamples:\n  $ subsidia check policies/heilongjiang/biomanufacturing-2026.subsidia\n  $ subsidia check policies",
    )
    .action((files: string[]) => run(() => check(files, stdoutPaint)));
}
