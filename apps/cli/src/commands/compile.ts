import type { Command } from "commander";
import { run, stderrPaint } from "../run.js";
import { requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";

/** `subsidia compile FILE`: the IR as JSON. */
export async function compileCommand(file: string, paint: Paint): Promise<string> {
  return `${JSON.stringify(await requirePolicy(file, paint), null, 2)}\n`;
}

export function registerCompile(program: Command): void {
  program
    .command("compile")
    .description("print the compiled IR of a policy as JSON")
    .argument("<file>", "a .subsidia file")
    .addHelpText(
      "after",
      "\nExample:\n  $ subsidia compile policies/heilongjiang/biomanufacturing-2026.subsidia > policy.ir.json",
    )
    .action((file: string) => run(() => compileCommand(file, stderrPaint)));
}
