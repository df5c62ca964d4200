import { type Command, InvalidArgumentError } from "commander";
import { bashScript, fishScript, zshScript } from "../completion/scripts.js";
import { commandSpecs } from "../completion/spec.js";
import { policyFactPaths } from "../completion/fact-paths.js";
import { run, stdoutPaint } from "../run.js";
import { examples } from "../help.js";

const SHELLS = { bash: bashScript, zsh: zshScript, fish: fishScript } as const;
/** What the scripts run to complete the fact paths of the policies on the command line. */
const PATHS = { "fact-paths": "fixed", "what-if-paths": "what-if" } as const;
type Shell = keyof typeof SHELLS | keyof typeof PATHS;

const parseShell = (value: string): Shell => {
  if (!(value in SHELLS) && !(value in PATHS))
    throw new InvalidArgumentError(`expected \`bash\`, \`zsh\` or \`fish\`; got \`${value}\``);
  return value as Shell;
};

export function registerCompletion(program: Command): void {
  program
    .command("completion")
    .description("print a shell completion script: commands, options, policy files, facts files, languages")
    .argument("<shell>", "bash, zsh or fish", parseShell)
    .argument("[policies...]", "with `fact-paths` or `what-if-paths` (what the scripts run): the policies' fact paths")
    .addHelpText(
      "after",
      examples(
        "source <(subsidia completion bash)",
        "subsidia completion zsh > ~/.zfunc/_subsidia",
        "subsidia completion fish > ~/.config/fish/completions/subsidia.fish",
      ),
    )
    .action((shell: Shell, policies: string[]) =>
      run(() =>
        shell in PATHS
          ? policyFactPaths(policies, PATHS[shell as keyof typeof PATHS], stdoutPaint)
          : SHELLS[shell as keyof typeof SHELLS](commandSpecs(program)),
      ),
    );
}
