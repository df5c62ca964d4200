/**
 * The console blocks of a docs page: each `$ npx subsidia …` with the output shown under it.
 * Read by the page's test (library-docs.test.ts) and rewritten by scripts/update-doc-examples.ts,
 * so that both read a block the same way.
 */

export interface DocExample {
  /** the command line after `$ ` */
  command: string;
  /** its arguments after `npx subsidia`, as the shell reads them */
  args: string[];
  /** the output shown under it; `...` as its first line shows the end of the output only */
  shown: string;
}

const CONSOLE = /^```console\n([\s\S]*?)^```$/gm;
const PREFIX = "npx subsidia ";
const ELIDED = "...\n";

/** The arguments of a command line: an argument in single quotes is one argument (none holds a space). */
export function commandArgs(command: string): string[] {
  return command
    .slice(PREFIX.length)
    .split(" ")
    .map((a) => a.replace(/^'(.*)'$/, "$1"));
}

/** The parts of a console block's body, each a command line and what is shown under it (text before the first is kept). */
function parts(body: string): { command: string; shown: string }[] {
  return body
    .split(/^\$ /m)
    .slice(1)
    .map((part) => {
      const [command = "", ...lines] = part.split("\n");
      return { command, shown: lines.join("\n") };
    });
}

export function consoleExamples(text: string): DocExample[] {
  return [...text.matchAll(CONSOLE)].flatMap((block) =>
    parts(block[1] ?? "")
      .filter((p) => p.command.startsWith(PREFIX))
      .map((p) => ({ ...p, args: commandArgs(p.command) })),
  );
}

/** Whether `stdout` is what `shown` shows: all of it, or its end after `...`. */
export function shows(shown: string, stdout: string): boolean {
  return shown.startsWith(ELIDED) ? stdout.endsWith(shown.slice(ELIDED.length)) : stdout === shown;
}

/** What to show of `stdout` in place of `shown`: all of it, or as many last lines as were shown after `...`. */
export function toShow(shown: string, stdout: string): string {
  if (!shown.startsWith(ELIDED)) return stdout;
  const kept = shown.slice(ELIDED.length).split("\n").length;
  return ELIDED + stdout.split("\n").slice(-kept).join("\n");
}

/** The page with the output of each `$ npx subsidia …` of its console blocks replaced by `run`'s. */
export function rewriteConsoleBlocks(text: string, run: (args: string[]) => string): string {
  return text.replace(CONSOLE, (_block, body: string) => {
    const before = body.split(/^\$ /m)[0] ?? "";
    const out = parts(body).map(({ command, shown }) =>
      command.startsWith(PREFIX)
        ? `$ ${command}\n${toShow(shown, run(commandArgs(command)))}`
        : `$ ${command}\n${shown}`,
    );
    return `\`\`\`console\n${before}${out.join("")}\`\`\``;
  });
}
