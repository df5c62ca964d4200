import { Command } from "commander";
import { registerCheck } from "./commands/check.js";
import { registerCompile } from "./commands/compile.js";
import { registerEval } from "./commands/eval.js";
import { registerTest } from "./commands/test.js";
import { registerFmt } from "./commands/fmt.js";
import { registerDiff } from "./commands/diff.js";
import { registerPopulation } from "./commands/population.js";
import { registerCodegen } from "./commands/codegen.js";
import { registerBatch } from "./commands/batch.js";
import { registerSql } from "./commands/sql.js";

/**
 * The `subsidia` program. Each command lives in `commands/<name>.ts` and exports
 * `register<Name>(program)`; add new commands to this list.
 */
export function buildProgram(): Command {
  const program = new Command()
    .name("subsidia")
    .description("Check, compile, evaluate and test subsidy policies written in the Subsidia language.")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  const commands = [
    registerCheck,
    registerCompile,
    registerEval,
    registerTest,
    registerFmt,
    registerDiff,
    registerPopulation,
    registerCodegen,
    registerBatch,
    registerSql,
  ];
  for (const register of commands) register(program);
  return program;
}
