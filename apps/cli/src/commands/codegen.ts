import type { Command } from "commander";
import { CliError } from "../errors.js";
import { run } from "../run.js";

// Placeholder until issue 6) lands: the command is listed but refuses to run.
export function registerCodegen(program: Command): void {
  program
    .command("codegen")
    .description("generate a typed TypeScript SDK from policies (not available yet)")
    .allowUnknownOption()
    .action(() => run(() => { throw new CliError("`subsidia codegen` is not available yet", 2); }));
}
