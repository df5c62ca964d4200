import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "./errors.js";
import { DEFAULT_LIMITS, type FactsLimits, lineColumn, parseFactsText, problemText } from "./facts-input.js";
import { cliLang, tr } from "./lang.js";
import { cannotRead } from "./load.js";
import { inputName } from "./run.js";

/** `--max-bytes`, `--max-depth`, `--max-items` on a command that reads facts. */
export function limitOptions(command: Command): Command {
  return command
    .option("--max-bytes <n>", `the most bytes of one applicant's facts (default ${DEFAULT_LIMITS.maxBytes})`)
    .option(
      "--max-depth <n>",
      `how deep one applicant's facts may nest (default ${DEFAULT_LIMITS.maxDepth}, at most 1000)`,
    )
    .option("--max-items <n>", `the most items a list of facts may hold (default ${DEFAULT_LIMITS.maxItems})`);
}

export interface LimitFlags {
  maxBytes?: string;
  maxDepth?: string;
  maxItems?: string;
}

/** A whole number from `min` to `max` given to `option`, or wrong usage (exit 2). */
export function wholeNumber(text: string, option: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new CliError(tr()("usage.wholeNumber", { option, min, max, value: text }), 2);
  return Number(text);
}

export function readLimits(flags: LimitFlags): FactsLimits {
  const big = Number.MAX_SAFE_INTEGER;
  return {
    maxBytes:
      flags.maxBytes === undefined ? DEFAULT_LIMITS.maxBytes : wholeNumber(flags.maxBytes, "--max-bytes", 2, big),
    maxDepth:
      flags.maxDepth === undefined ? DEFAULT_LIMITS.maxDepth : wholeNumber(flags.maxDepth, "--max-depth", 1, 1000),
    maxItems:
      flags.maxItems === undefined ? DEFAULT_LIMITS.maxItems : wholeNumber(flags.maxItems, "--max-items", 0, big),
  };
}

const tooBig = (name: string, bytes: number, max: number) => new CliError(tr()("facts.tooBig", { name, bytes, max }));

/** One applicant's facts from a JSON file (`-`: standard input), within the limits; errors at line:column. */
export function readFactsFile(file: string, limits: FactsLimits): unknown {
  const name = inputName(file);
  if (file !== "-") {
    try {
      const size = statSync(file).size;
      if (size > limits.maxBytes) throw tooBig(name, size, limits.maxBytes);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw cannotRead(file, e);
    }
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  if (bytes.length > limits.maxBytes) throw tooBig(name, bytes.length, limits.maxBytes);
  const text = bytes.toString("utf8");
  const parsed = parseFactsText(text, limits);
  if (parsed.ok) return parsed.value;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const where =
    parsed.offset === undefined ? name : tr()("facts.at", { name, ...lineColumn(text.slice(bom), parsed.offset) });
  throw new CliError(tr()("facts.notOneObject", { where, problem: problemText(parsed.problem, cliLang()) }));
}
