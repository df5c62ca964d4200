import { CliError } from "./errors.js";
import { paintFor } from "./paint.js";

export const stdoutPaint = paintFor(process.stdout);
export const stderrPaint = paintFor(process.stderr);

/**
 * Runs a command; its output is written only once it completed, so stdout never
 * holds a partial result. A CliError goes to stderr with its exit code.
 */
export function run(fn: () => string | { out: string; code: number }): void {
  try {
    const r = fn();
    const { out, code } = typeof r === "string" ? { out: r, code: 0 } : r;
    process.stdout.write(out);
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

function fail(e: unknown): void {
  if (e instanceof CliError) {
    process.stderr.write(`${stderrPaint.red("error:")} ${e.message}\n`);
    process.exitCode = e.code;
  } else {
    process.stderr.write(
      `${stderrPaint.red("internal error:")} ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 70;
  }
}
