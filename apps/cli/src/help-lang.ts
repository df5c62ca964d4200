import { type Argument, type Command, Help, type Option } from "commander";
import { type Lang, translateHelp, translateHelpProse } from "@subsidia/messages";

/**
 * `--help` in the CLI's language: the descriptions of every command, argument and option registered so far,
 * commander's titles and its `(default: …)`, and the prose after the options. English is left as registered.
 * Called once every command of the run is added (only the one run is registered in full).
 */
export function localizeHelp(program: Command, lang: Lang): void {
  if (lang === "en") return;
  const help = (text: string) => translateHelp(text, lang);
  /** `(default: "8080", env: NAME)`, commander's notes after a description, in the language. */
  const noted = (description: string, text: string) => {
    if (!text.startsWith(description) || text === description) return text;
    const notes = text
      .slice(description.length)
      .trim()
      .slice(1, -1)
      .split(/, (?=\w+: )/);
    // an environment variable is a name, in backticks as code is
    const note = (n: string) =>
      n.replace(/^(\w+): (.*)$/, (_, label: string, value: string) =>
        label === "env" ? `${help("env:")}\`${value}\`` : `${help(`${label}:`)}${value}`,
      );
    return `${description}（${notes.map(note).join("；")}）`;
  };
  const visit = (c: Command) => {
    c.description(help(c.description()));
    for (const a of c.registeredArguments) a.description = help(a.description);
    for (const o of c.options) o.description = help(o.description);
    c.helpOption("-h, --help", help("display help for command"));
    c.configureHelp({
      styleTitle: help,
      optionDescription(this: Help, option: Option) {
        return noted(option.description, Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument: Argument) {
        return noted(argument.description, Help.prototype.argumentDescription.call(this, argument));
      },
    });
    // the help goes to stdout for `--help`, to stderr after a usage error
    const out = c.configureOutput();
    c.configureOutput({
      writeOut: (text) => out.writeOut?.(translateHelpProse(text, lang)),
      writeErr: (text) => out.writeErr?.(translateHelpProse(text, lang)),
    });
    // a command with subcommands lists `help [command]` among them
    if (c.commands.length > 0) c.helpCommand("help [command]", help("display help for command"));
    for (const s of c.commands) visit(s);
  };
  visit(program);
}
