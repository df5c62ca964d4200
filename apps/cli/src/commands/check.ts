import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { formatDiagnostic } from "@subsidia/compiler";
import { loadPolicy, policyFiles } from "../load.js";
import type { Paint } from "../paint.js";
import { cliLang, tr } from "../lang.js";
import { type PerFile, watchPaths } from "../watch.js";

/** Every diagnostic of each file, as `check` prints them; a file without problems prints nothing. */
export function checkFiles(files: string[], paint: Paint): PerFile {
  const blocks = new Map<string, string>();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const p = loadPolicy(file);
    const lines: string[] = [];
    for (const d of p.diagnostics) {
      lines.push(formatDiagnostic(d, p.text, paint, cliLang()), "");
      if (d.severity === "error") errors++;
      else warnings++;
    }
    blocks.set(file, lines.join("\n"));
  }
  const summary =
    errors + warnings === 0 ? paint.green(tr()("check.clean")) : tr()("check.summary", { errors, warnings });
  return { blocks, summary, code: errors > 0 ? 1 : 0 };
}

/** `subsidia check FILE…`: every diagnostic of every file; exit 1 when any has errors. */
export function check(paths: string[], paint: Paint): { out: string; code: number } {
  const r = checkFiles(policyFiles(paths), paint);
  const body = [...r.blocks.values()].filter((b) => b !== "");
  return { out: `${[...body, r.summary].join("\n")}\n`, code: r.code };
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("report every error and warning in policy files (file:line:col code message)")
    .argument("<files...>", ".subsidia files or folders")
    .option("-w, --watch", "check again whenever a policy file is saved, showing only what changed")
    .addHelpText(
      "after",
      "\nExamples:\n  $ subsidia check policies/heilongjiang/biomanufacturing-2026.subsidia\n  $ subsidia check policies\n  $ subsidia check --watch policies",
    )
    .action((files: string[], opts: { watch?: boolean }) =>
      opts.watch ? watchPaths(files, (fs) => checkFiles(fs, stdoutPaint)) : run(() => check(files, stdoutPaint)),
    );
}
