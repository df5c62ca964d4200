import { type Command, InvalidArgumentError } from "commander";
import { bashScript, fishScript, zshScript } from "../completion/scripts.js";
import { commandSpecs } from "../completion/spec.js";
import { run } from "../run.js";
import { examples } from "../help.js";

const SHELLS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;
type Shell = keyof typeof SHELLS;

const parseShell = (value: string): Shell => {
  if (!(value in SHELLS)) throw new InvalidArgumentError(`expected \`bash\`, \`zsh\` or \`fish\`; got \`${value}\``);
  return value as Shell;
};

export function registerCompletion(program: Command): void {
  program
    .command("completion")
    .description("print a shell completion script: commands, options, policy files, facts files, languages")
    .argument("<shell>", "bash, zsh or fish", parseShell)
    .addHelpText(
      "after",
      examples(
        "source <(subsidia completion bash)",
        "subsidia completion zsh > ~/.zfunc/_subsidia",
        "subsidia completion fish > ~/.config/fish/completions/subsidia.fish",
      ),
    )
    .action((shell: Shell) => run(() => SHELLS[shell](commandSpecs(program))));
}
