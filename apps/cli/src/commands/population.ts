import type { Command } from "commander";
import { CliError } from "../errors.js";
import { run } from "../run.js";

// Placeholder until issue 5) lands: the command is listed but refuses to run.
export function registerPopulation(program: Command): void {
  program
    .command("population")
    .description("synthetic populations of applicants (not available yet)")
    .allowUnknownOption()
    .action(() => run(() => { throw new CliError("`subsidia population` is not available yet", 2); }));
}
