import type { Command } from "commander";
import { tr } from "../lang.js";
import { formatLibraryDiagnostics, readLibrary } from "../library/load-library.js";
import type { Paint } from "../paint.js";
import { run, stdoutPaint } from "../run.js";

/**
 * `subsidia library [DIR] [--json]`: the library's index (each policy, rule, amendment and
 * vocabulary: id, level, validity, what it implements or amends) and every diagnostic of the
 * library read as a whole; exit 1 when any is an error.
 */
export function libraryCommand(dir: string | undefined, opts: { json?: boolean }, paint: Paint) {
  const lib = readLibrary(dir ?? "policies");
  const errors = lib.diagnostics.filter((d) => d.severity === "error").length;
  const code = errors > 0 ? 1 : 0;
  if (opts.json) return { out: `${JSON.stringify({ ...lib.index, diagnostics: lib.diagnostics }, null, 2)}\n`, code };
  const t = tr();
  const lines = lib.index.entries.flatMap((e) => {
    const validity = e.validity ? ` · ${e.validity.from} – ${e.validity.to}` : "";
    const of = e.of
      ? ` · ${t(e.kind === "rule" ? "library.implements" : "library.amends", { id: e.of })}`
      : e.uses
        ? ` · ${t("library.uses", { ids: e.uses.join(", ") })}`
        : "";
    const [kind, level] = [t(`library.kind.${e.kind}`), t(`library.level.${e.level}`)];
    return [
      t("library.entry", { kind, id: e.id, level, validity, of }),
      paint.dim(`  ${e.title}`),
      paint.dim(`  ${e.file}`),
    ];
  });
  const diagnostics = formatLibraryDiagnostics(lib, paint);
  const warnings = lib.diagnostics.length - errors;
  const summary = errors + warnings === 0 ? paint.green(t("check.clean")) : t("check.summary", { errors, warnings });
  return { out: `${[...lines, "", ...diagnostics.flatMap((d) => [d, ""]), summary].join("\n")}\n`, code };
}

export function registerLibrary(program: Command): void {
  program
    .command("library")
    .description("the library's index (policies, implementing rules, amendments, vocabularies) and its checks")
    .argument("[dir]", "the library's folder (default: policies)")
    .option("--json", "print the index and the diagnostics as one JSON document")
    .action((dir: string | undefined, opts: { json?: boolean }) => run(() => libraryCommand(dir, opts, stdoutPaint)));
}
