import type { Command } from "commander";
import { CliError } from "../errors.js";
import { run } from "../run.js";

// Placeholder until issue 8) lands: the command is listed but refuses to run.
export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description("evaluate many applicants from JSONL (not available yet)")
    .allowUnknownOption()
    .action(() => run(() => { throw new CliError("`subsidia batch` is not available yet", 2); }));
}
