import { homedir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";

/**
 * Where compiled policies are cached: `$SUBSIDIA_CACHE_DIR`, else `$XDG_CACHE_HOME/subsidia`, else
 * `%LOCALAPPDATA%\subsidia` on Windows, else `~/.cache/subsidia`. `undefined`: the cache is off
 * (`--no-cache` on the command line, or `SUBSIDIA_NO_CACHE` set to anything but `0` or empty).
 */
export function cacheDir(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (cacheOff(argv, env)) return undefined;
  if (env.SUBSIDIA_CACHE_DIR) return env.SUBSIDIA_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "subsidia");
  if (process.platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "subsidia");
  return join(homedir(), ".cache", "subsidia");
}

function cacheOff(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const off = env.SUBSIDIA_NO_CACHE;
  if (off !== undefined && off !== "" && off !== "0") return true;
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--no-cache");
}

/** The global `--no-cache` option (read from the command line by `cacheDir`, before commander parses). */
export function registerCacheOption(program: Command): void {
  program.option("--no-cache", "compile policies afresh, without reading or writing the cache of compiled policies");
}
