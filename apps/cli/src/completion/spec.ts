import type { Command } from "commander";

/** What a value on the command line is, for completion: policy files, facts files, folders, a language, a git revision. */
export type ValueKind =
  | "policy"
  | "facts"
  | "jsonl"
  | "dir"
  | "file"
  | "lang"
  | "git"
  | "shell"
  | "fact"
  | "whatIf"
  | "none";

export interface OptionSpec {
  long: string;
  short?: string | undefined;
  description: string;
  value: ValueKind | undefined;
}

export interface CommandSpec {
  /** `eval`, or `population sample` */
  name: string;
  description: string;
  options: OptionSpec[];
  args: ValueKind;
}

const OPTION_VALUES: Record<string, ValueKind> = {
  "--facts": "facts",
  "--population": "jsonl",
  "--out": "file",
  "--git": "git",
  "--lang": "lang",
  "--fixed": "fact",
  "--what-if": "whatIf",
};
const ARGS: Record<string, ValueKind> = { init: "dir", completion: "shell", population: "none" };

/** The commands and options of the program as completion needs them, read from commander so they never drift. */
export function commandSpecs(program: Command): { global: OptionSpec[]; commands: CommandSpec[] } {
  const optionsOf = (c: Command): OptionSpec[] =>
    c.options.flatMap((o) =>
      o.long === undefined
        ? []
        : [
            {
              long: o.long,
              short: o.short,
              description: o.description,
              value: o.required || o.optional ? (OPTION_VALUES[o.long] ?? "none") : undefined,
            },
          ],
    );
  const commands: CommandSpec[] = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      const name = `${prefix}${sub.name()}`;
      commands.push({ name, description: sub.description(), options: optionsOf(sub), args: ARGS[name] ?? "policy" });
      walk(sub, `${name} `);
    }
  };
  walk(program, "");
  return { global: optionsOf(program).filter((o) => o.long !== "--version"), commands };
}
