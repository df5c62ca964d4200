import { type Command, InvalidArgumentError } from "commander";
import { isLang, type Lang, langOfLocale, t, type Translate, translator } from "@subsidia/messages";

/**
 * The language of the CLI's output: `--lang en|zh`, else the locale (the first of `LC_ALL`, `LC_MESSAGES`
 * and `LANG` that is set decides, as POSIX says: `LC_ALL=C` means English whatever `LANG` is), else English.
 * `--json` output never changes with it.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return langOfLocale(set) ?? "en";
}

/** `--lang zh` or `--lang=zh` anywhere on the command line, read before commander parses (usage errors use it). */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === "--") return undefined;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

let chosen: Lang | undefined;

export function cliLang(): Lang {
  if (chosen !== undefined) return chosen;
  const given = langFromArgv(process.argv.slice(2));
  return given !== undefined && isLang(given) ? given : langFromEnv();
}

/** The labels in the CLI's language. */
export const tr = (): Translate => translator(cliLang());

const parseLang = (value: string): Lang => {
  if (!isLang(value)) throw new InvalidArgumentError(t(cliLang(), "usage.badLang", { value }));
  chosen = value;
  return value;
};

/** Commander's usage errors in the CLI's language: `error: missing required argument 'files'`. */
const USAGE: [RegExp, (m: RegExpMatchArray, tr: Translate) => string][] = [
  [/^error: missing required argument (.+)$/, (m, tr) => tr("usage.missingArgument", { name: m[1]! })],
  [/^error: required option (.+) not specified$/, (m, tr) => tr("usage.missingOption", { name: m[1]! })],
  [/^error: unknown option (\S+)(.*)$/, (m, tr) => tr("usage.unknownOption", { name: m[1]! }) + m[2]!],
  [/^error: unknown command (\S+)(.*)$/, (m, tr) => tr("usage.unknownCommand", { name: m[1]! }) + m[2]!],
  [/^error: too many arguments.*$/, (_, tr) => tr("usage.tooManyArguments")],
  [/^error: option (.+) argument missing$/, (m, tr) => tr("usage.optionMissingArgument", { name: m[1]! })],
  [
    /^error: option (.+) argument (.+) is invalid\.?(.*)$/,
    (m, tr) => `${tr("usage.invalidArgument", { name: m[1]!, value: m[2]! })}${m[3] ? `: ${m[3].trim()}` : ""}`,
  ],
];

export function translateUsage(text: string, lang: Lang = cliLang()): string {
  if (lang === "en") return text;
  const tr = translator(lang);
  return text
    .split("\n")
    .map((line) => {
      const similar = /^\(Did you mean (.+)\?\)$/.exec(line);
      if (similar) return tr("usage.didYouMean", { name: similar[1]! });
      for (const [re, to] of USAGE) {
        const m = line.match(re);
        if (m) return `${tr("usage.error")}${to(m, tr)}`;
      }
      return line;
    })
    .join("\n");
}

/** The global `--lang` option, and usage errors in the chosen language. One line in program.ts registers it. */
export function registerLang(program: Command): void {
  program
    .option("--lang <lang>", "language of the output: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)", parseLang)
    .configureOutput({ outputError: (text, write) => write(translateUsage(text)) });
}
