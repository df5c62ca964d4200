import { Command } from "commander";
import { registerCheck } from "./commands/check.js";
import { registerCompile } from "./commands/compile.js";
import { registerEval } from "./commands/eval.js";
import { registerTest } from "./commands/test.js";

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
  for (const register of [registerCheck, registerCompile, registerEval, registerTest]) register(program);
  return program;
}
