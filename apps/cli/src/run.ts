import { CliError } from "./errors.js";
import { cliLang, tr } from "./lang.js";
import { paintFor, terminalText } from "./paint.js";

export const stdoutPaint = paintFor(process.stdout);
export const stderrPaint = paintFor(process.stderr);

/** Writes to standard output, control characters of the input escaped (JSON has none to escape). */
export function writeOut(text: string): void {
  process.stdout.write(terminalText(text));
}

/** Writes to standard error, control characters of the input escaped. */
export function writeErr(text: string): void {
  process.stderr.write(terminalText(text));
}

/**
 * Runs a command; its output is written only once it completed, so stdout never
 * holds a partial result. A CliError goes to stderr with its exit code.
 */
export async function run(
  fn: () => string | { out: string; code: number } | Promise<string | { out: string; code: number }>,
): Promise<void> {
  try {
    const r = await fn();
    const { out, code } = typeof r === "string" ? { out: r, code: 0 } : r;
    writeOut(out);
    process.exitCode = code;
  } catch (e) {
    fail(e);
  }
}

/** The same for commands that stream (batch, population impact): they write as they go. */
export async function runAsync(fn: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await fn();
  } catch (e) {
    fail(e);
  }
}

/** The exit status of an internal error (a bug, not bad input): 70, EX_SOFTWARE of sysexits.h. */
export const INTERNAL = 70;

/** A failure on stderr: a CliError's message with its code, anything else one line and exit 70, never a stack. */
export function fail(e: unknown): void {
  if (e instanceof CliError) {
    // `error: …` in English, `错误：…` in Chinese (the full-width colon carries its own space)
    const prefix = tr()("error.prefix");
    writeErr(`${stderrPaint.red(prefix)}${cliLang() === "en" ? " " : ""}${e.message}\n`);
    process.exitCode = e.code;
    return;
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const stack = process.env.SUBSIDIA_DEBUG && e instanceof Error ? `\n${e.stack}` : "";
  // the error's own words are the engine's or a library's, in English: only the frame around them is translated
  const t = tr();
  const [space, hint] = cliLang() === "en" ? [" ", ` ${t("error.internalHint")}`] : ["", t("error.internalHint")];
  writeErr(`${stderrPaint.red(t("error.internal"))}${space}${message.split("\n")[0]}${hint}${stack}\n`);
  process.exitCode = INTERNAL;
}

/** How a file argument is named in messages: `-` is standard input everywhere. */
export const inputName = (file: string): string => (file === "-" ? tr()("error.standardInput") : file);
