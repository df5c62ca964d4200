import { Command, CommanderError } from "commander";
import { check } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { evalCommand } from "./commands/eval.js";
import { testCommand } from "./commands/test.js";
import { CliError } from "./errors.js";
import { paintFor } from "./paint.js";

const out = paintFor(process.stdout);
const err = paintFor(process.stderr);

/** Runs a command; output is written only when it completed, so stdout never holds a partial result. */
function run(fn: () => string | { out: string; code: number }): void {
  try {
    const r = fn();
    const { out: text, code } = typeof r === "string" ? { out: r, code: 0 } : r;
    process.stdout.write(text);
    process.exitCode = code;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${err.red("error:")} ${e.message}\n`);
      process.exitCode = e.code;
    } else {
      process.stderr.write(`${err.red("internal error:")} ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    }
  }
}

const program = new Command()
  .name("subsidia")
  .description("Check, compile, evaluate and test subsidy policies written in the Subsidia language.")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride();

program
  .command("check")
  .description("report every error and warning in policy files (file:line:col code message)")
  .argument("<files...>", ".subsidia files or folders")
  .addHelpText("after", "\nExamples:\n  $ subsidia check policies/heilongjiang/biomanufacturing-2026.subsidia\n  $ subsidia check policies")
  .action((files: string[]) => run(() => check(files, out)));

program
  .command("compile")
  .description("print the compiled IR of a policy as JSON")
  .argument("<file>", "a .subsidia file")
  .addHelpText("after", "\nExample:\n  $ subsidia compile policies/heilongjiang/biomanufacturing-2026.subsidia > policy.ir.json")
  .action((file: string) => run(() => compileCommand(file, err)));

program
  .command("eval")
  .description("evaluate one applicant's facts against policies; several policies stack (从优、就高、不重复)")
  .argument("<files...>", ".subsidia files")
  .requiredOption("-f, --facts <file>", "the applicant's facts as JSON (- for standard input)")
  .option("--json", "print one JSON document instead of the report")
  .addHelpText("after", "\nExamples:\n  $ subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json\n  $ subsidia eval policies/heilongjiang/biomanufacturing-2026.subsidia --facts applicant.json --json")
  .action((files: string[], opts: { facts: string; json?: boolean }) => run(() => evalCommand(files, opts, out)));

program
  .command("test")
  .description("run the tests written in policy files (default: every policy under ./policies)")
  .argument("[paths...]", ".subsidia files or folders")
  .addHelpText("after", "\nExamples:\n  $ subsidia test\n  $ subsidia test policies/heilongjiang/biomanufacturing-2026.subsidia")
  .action((paths: string[]) => run(() => testCommand(paths, out)));

try {
  program.parse();
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
  else throw e;
}
