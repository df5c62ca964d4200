import type { Command } from "commander";
import { CliError } from "../errors.js";
import { run } from "../run.js";

// Placeholder until issue 5) lands: the command is listed but refuses to run.
export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("semantic diff of two policy versions (not available yet)")
    .allowUnknownOption()
    .action(() => run(() => { throw new CliError("`subsidia diff` is not available yet", 2); }));
}
