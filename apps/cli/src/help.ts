/** The `Examples:` block after a command's help: one `$ subsidia …` line per example. */
export const examples = (...commands: string[]): string => `\nExamples:\n${commands.map((c) => `  $ ${c}`).join("\n")}`;
