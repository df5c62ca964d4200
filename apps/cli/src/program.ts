import { Command } from "commander";
import { registerCacheOption } from "./cache/cache-dir.js";
import { localizeHelp } from "./help-lang.js";
import { cliLang, registerLang } from "./lang.js";
import { cliVersion } from "./version.js";

type Register = (program: Command) => void;

interface LazyCommand {
  name: string;
  /** the line `subsidia --help` shows; the command's own module is loaded only to run it or show its help */
  summary: string;
  load: () => Promise<Register>;
}

/**
 * The commands of `subsidia`. Each lives in `commands/<name>.ts` and exports
 * `register<Name>(program)`; add one line here for a new command. Only the command being
 * run is imported, so `subsidia --help` loads none of the compiler, runtime or parser.
 */
export const commands: LazyCommand[] = [
  {
    name: "check",
    summary: "report every error and warning in policy files (file:line:col code message)",
    load: async () => (await import("./commands/check.js")).registerCheck,
  },
  {
    name: "compile",
    summary: "print the compiled IR of a policy as JSON",
    load: async () => (await import("./commands/compile.js")).registerCompile,
  },
  {
    name: "eval",
    summary: "evaluate one applicant's facts against policies; several policies stack (从优、就高、不重复)",
    load: async () => (await import("./commands/eval.js")).registerEval,
  },
  {
    name: "match",
    summary: "every policy of a library an applicant qualifies for, stacked across policies, largest first",
    load: async () => (await import("./commands/match.js")).registerMatch,
  },
  {
    name: "library",
    summary: "the library's index (policies, implementing rules, amendments, vocabularies) and its checks",
    load: async () => (await import("./commands/library.js")).registerLibrary,
  },
  {
    name: "test",
    summary: "run the tests written in policy files (default: every policy under ./policies)",
    load: async () => (await import("./commands/test.js")).registerTest,
  },
  {
    name: "fmt",
    summary: "rewrite policy files in the canonical style (2-space indent, one entry per line, comments kept)",
    load: async () => (await import("./commands/fmt.js")).registerFmt,
  },
  {
    name: "diff",
    summary: "what changed between two versions of a policy, with witnesses and the budget impact",
    load: async () => (await import("./commands/diff.js")).registerDiff,
  },
  {
    name: "population",
    summary: "synthetic populations of applicants, to see the shape of a change's impact without real data",
    load: async () => (await import("./commands/population.js")).registerPopulation,
  },
  {
    name: "codegen",
    summary: "generate a typed TypeScript SDK from policies",
    load: async () => (await import("./commands/codegen.js")).registerCodegen,
  },
  {
    name: "batch",
    summary: "evaluate many applicants from JSON Lines, one JSON record per line, in order",
    load: async () => (await import("./commands/batch.js")).registerBatch,
  },
  {
    name: "lsp",
    summary: "run the language server for editors, speaking LSP on standard input and output",
    load: async () => (await import("./commands/lsp.js")).registerLsp,
  },
  {
    name: "sql",
    summary: "compile a policy to SQL: the DDL of its table layout and the query that evaluates every applicant",
    load: async () => (await import("./commands/sql.js")).registerSql,
  },
  {
    name: "serve",
    summary: "run the decision service: policies over HTTP, every decision recorded in a hash-chained log",
    load: async () => (await import("./commands/serve.js")).registerServe,
  },
  {
    name: "replay",
    summary: "re-evaluate the decisions of a decision log and report any that differ",
    load: async () => (await import("./commands/replay.js")).registerReplay,
  },
  {
    name: "verify-log",
    summary: "check a decision log's hash chain: an edited, deleted, inserted or moved line is reported",
    load: async () => (await import("./commands/verify-log.js")).registerVerifyLog,
  },
  {
    name: "init",
    summary: "start a new policy project: a policy with one article, example facts, a README and a CI workflow",
    load: async () => (await import("./commands/init.js")).registerInit,
  },
  {
    name: "completion",
    summary: "print a shell completion script for bash, zsh or fish",
    load: async () => (await import("./commands/completion.js")).registerCompletion,
  },
];

/** The program's own options that take a value: `subsidia --lang zh eval …` names `eval`, not `zh`. */
const VALUED = new Set(["--lang"]);

/** The command named on the command line (`subsidia eval …`, `subsidia help eval`), if any. */
export function named(args: readonly string[]): LazyCommand | undefined {
  const words = args.filter((a, i) => !a.startsWith("-") && !VALUED.has(args[i - 1] ?? ""));
  const name = words[0] === "help" ? words[1] : words[0];
  return commands.find((c) => c.name === name);
}

/**
 * The `subsidia` program for these arguments: the command they name is registered in full
 * (its options, help and action), every other one as its name and summary only.
 */
export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command()
    .name("subsidia")
    .description("Check, compile, evaluate and test subsidy policies written in the Subsidia language.")
    .version(cliVersion)
    .showHelpAfterError()
    .exitOverride();
  registerLang(program);
  registerCacheOption(program);
  const chosen = named(args);
  // completion describes every command's options: it needs them all registered in full
  const full = chosen?.name === "completion";
  for (const c of commands) {
    if (c === chosen || full) (await c.load())(program);
    else program.command(c.name).description(c.summary);
  }
  localizeHelp(program, cliLang());
  return program;
}
