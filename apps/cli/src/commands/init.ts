import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { CliError } from "../errors.js";
import { tr } from "../lang.js";
import { projectFiles } from "../init/project.js";
import { run } from "../run.js";

/**
 * `subsidia init [DIR]`: a new policy project in DIR (default: the current folder), which must be empty or not
 * exist; nothing is written when it is not. Prints the files it wrote.
 */
export function init(dir: string): string {
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0)
    throw new CliError(tr()("init.notEmpty", { dir: `\`${dir}\`` }));
  const files = projectFiles(basename(root));
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.contents);
  }
  const t = tr();
  const created = files.map((f) => t("init.created", { path: join(dir, f.path) }));
  const next = t("init.next", { command: `cd ${dir} && npm install && npx subsidia test policies` });
  return `${created.join("\n")}\n\n${next}\n`;
}

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("start a policy project: a policy with a test, example facts, a README and a CI workflow")
    .argument("[dir]", "an empty or new folder", ".")
    .addHelpText("after", "\nExamples:\n  $ subsidia init my-policies\n  $ mkdir p && cd p && subsidia init")
    .action((dir: string) => run(() => init(dir)));
}
