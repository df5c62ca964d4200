import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { formatDiagnostic } from "@subsidia/compiler";
import { policyFiles } from "../load.js";
import { loadDocument } from "../library/load-library.js";
import type { Paint } from "../paint.js";
import { cliLang, tr } from "../lang.js";
import { type PerFile, watchPaths } from "../watch.js";
import { examples } from "../help.js";

export interface CheckOptions {
  json?: boolean | undefined;
  watch?: boolean | undefined;
}

/** `--json`: one document with every file's diagnostics (code, severity, message, span…) and the counts. */
function checkJson(paths: string[]): { out: string; code: number } {
  const files = policyFiles(paths).map((file) => ({ file, diagnostics: loadDocument(file).diagnostics }));
  const all = files.flatMap((f) => f.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  return {
    out: `${JSON.stringify({ files, errors, warnings: all.length - errors }, null, 2)}\n`,
    code: errors > 0 ? 1 : 0,
  };
}

/** Every diagnostic of each file, as `check` prints them; a file without problems prints nothing. */
export function checkFiles(files: string[], paint: Paint): PerFile {
  const blocks = new Map<string, string>();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const p = loadDocument(file);
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
export function check(paths: string[], paint: Paint, opts: CheckOptions = {}): { out: string; code: number } {
  if (opts.json) return checkJson(paths);
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
    .option("--json", "print one JSON document: each file's diagnostics, and the counts")
    .addHelpText(
      "after",
      examples(
        "subsidia check policies/heilongjiang/biomanufacturing-2026.subsidia",
        "subsidia check policies",
        "subsidia check --watch policies",
      ),
    )
    .action((files: string[], opts: CheckOptions) =>
      opts.watch ? watchPaths(files, (fs) => checkFiles(fs, stdoutPaint)) : run(() => check(files, stdoutPaint, opts)),
    );
}
