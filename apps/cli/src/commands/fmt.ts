import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { formatDiagnostic } from "@subsidia/compiler";
import { format } from "@subsidia/syntax";
import { CliError } from "../errors.js";
import { cliLang, tr } from "../lang.js";
import { policyFiles, readText } from "../load.js";
import type { Paint } from "../paint.js";
import { run, stdoutPaint } from "../run.js";
import { examples } from "../help.js";

export interface FmtOptions {
  check?: boolean | undefined;
}

/**
 * `subsidia fmt FILE…`: rewrites each file in the canonical style. With
 * `--check` nothing is written: the files that would change are listed and the
 * exit code is 1 when there is any. A file with syntax errors is left as it is
 * and reported (exit 1). `-` formats standard input to standard output.
 */
export function fmt(paths: string[], opts: FmtOptions, paint: Paint): { out: string; code: number } {
  if (paths.includes("-")) return fmtStdin(paths, opts);
  const lines: string[] = [];
  const counts = { changed: 0, same: 0, broken: 0 };
  for (const file of policyFiles(paths)) {
    const text = readText(file);
    const r = format(text, file);
    if (r.text === undefined) {
      counts.broken++;
      lines.push(
        paint.red(tr()("fmt.hasErrors", { file })),
        ...r.diagnostics.map((d) => formatDiagnostic(d, text, paint, cliLang())),
        "",
      );
      continue;
    }
    if (r.text === text) {
      counts.same++;
      continue;
    }
    counts.changed++;
    if (opts.check) lines.push(`${paint.yellow(tr()("fmt.wouldReformat"))} ${file}`);
    else {
      writeFileSync(file, r.text);
      lines.push(`${paint.green(tr()("fmt.formatted"))} ${file}`);
    }
  }
  lines.push(summary(counts, opts.check === true));
  const failed = counts.broken > 0 || (opts.check === true && counts.changed > 0);
  return { out: `${lines.join("\n")}\n`, code: failed ? 1 : 0 };
}

function summary(c: { changed: number; same: number; broken: number }, check: boolean): string {
  const t = tr();
  const parts = [
    c.changed > 0 ? t(check ? "fmt.countWould" : "fmt.countReformatted", { count: c.changed }) : "",
    c.same > 0 ? t("fmt.countSame", { count: c.same }) : "",
    c.broken > 0 ? t("fmt.countBroken", { count: c.broken }) : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(cliLang() === "zh" ? "，" : ", ") : t("fmt.noFiles");
}

/** `subsidia fmt -`: standard input to standard output; with `--check`, only the exit code. */
function fmtStdin(paths: string[], opts: FmtOptions): { out: string; code: number } {
  if (paths.length > 1) throw new CliError(tr()("usage.stdinAlone"), 2);
  const text = readText("-");
  const r = format(text, "standard input");
  if (r.text === undefined)
    throw new CliError(r.diagnostics.map((d) => formatDiagnostic(d, text, undefined, cliLang())).join("\n\n"));
  if (opts.check)
    return r.text === text
      ? { out: `${tr()("fmt.stdinFormatted")}\n`, code: 0 }
      : { out: `${tr()("fmt.stdinWould")}\n`, code: 1 };
  return { out: r.text, code: 0 };
}

export function registerFmt(program: Command): void {
  program
    .command("fmt")
    .description("rewrite policy files in the canonical style (2-space indent, one entry per line, comments kept)")
    .argument("<files...>", ".subsidia files or folders, or - for standard input")
    .option("--check", "write nothing; list the files that would change and exit 1 if any")
    .addHelpText(
      "after",
      examples("subsidia fmt policies", "subsidia fmt --check policies", "subsidia fmt - < draft.subsidia"),
    )
    .action((files: string[], opts: FmtOptions) => run(() => fmt(files, opts, stdoutPaint)));
}
