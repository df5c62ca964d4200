import type { Command } from "commander";
import { CliError } from "../errors.js";
import { run } from "../run.js";

// Placeholder until issue 4) lands: the command is listed but refuses to run.
export function registerFmt(program: Command): void {
  program
    .command("fmt")
    .description("format policy files in the canonical style (not available yet)")
    .allowUnknownOption()
    .action(() => run(() => { throw new CliError("`subsidia fmt` is not available yet", 2); }));
}
