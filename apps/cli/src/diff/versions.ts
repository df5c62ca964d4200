import { execFileSync } from "node:child_process";
import { basename, dirname } from "node:path";
import { checkPolicy } from "@subsidia/runtime";
import { compile, formatDiagnostic } from "@subsidia/compiler";
import type { Policy } from "@subsidia/ir";
import { CliError } from "../errors.js";
import { cliLang } from "../lang.js";
import { readText } from "../load.js";
import type { Paint } from "../paint.js";
import { amendedVersions } from "./amended.js";

/** A policy file's text as it was at a git revision (`git show REV:./FILE`, run in the file's folder). */
export function readAtRevision(rev: string, file: string): string {
  try {
    return execFileSync("git", ["show", `${rev}:./${basename(file)}`], {
      cwd: dirname(file),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === "ENOENT") throw new CliError("cannot run `git`: it is not installed or not on the PATH");
    const why =
      String(err.stderr ?? "")
        .trim()
        .split("\n")[0]
        ?.replace(/^fatal: /, "") ?? "";
    throw new CliError(`cannot read \`${file}\` at revision \`${rev}\`: ${why || "git show failed"}`);
  }
}

/** Compiles one version of a policy; errors are reported with `label` as the file name. */
export function compileVersion(text: string, label: string, paint: Paint): Policy {
  const r = compile(text, label);
  if (!r.ir) throw new CliError(r.diagnostics.map((d) => formatDiagnostic(d, text, paint, cliLang())).join("\n\n"));
  const problems = checkPolicy(r.ir);
  if (problems.length > 0)
    throw new CliError(
      `${label}: cannot evaluate the compiled policy:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
    );
  return r.ir;
}

export interface Versions {
  before: Policy;
  after: Policy;
  labels: [string, string];
}

/** The two versions to compare: two files, or one file at a git revision and as it is now. */
export function loadVersions(files: string[], rev: string | undefined, paint: Paint): Versions {
  if (rev !== undefined) {
    if (files.length !== 1)
      throw new CliError(`with \`--git ${rev}\`, give exactly one policy file, got ${files.length}`, 2);
    const file = files[0]!;
    const label = `${file}@${rev}`;
    const after = compileVersion(readText(file), file, paint);
    return { before: compileVersion(readAtRevision(rev, file), label, paint), after, labels: [label, file] };
  }
  if (files.length !== 2)
    throw new CliError(
      `expected two policy files (old and new) or \`--git REV FILE\`, got ${files.length} file${files.length === 1 ? "" : "s"}`,
      2,
    );
  const [a, b] = files as [string, string];
  const amended = amendedVersions(a, b, paint);
  if (amended) return amended;
  return {
    before: compileVersion(readText(a), a, paint),
    after: compileVersion(readText(b), b, paint),
    labels: [a, b],
  };
}
