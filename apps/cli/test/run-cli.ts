import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const flagship = "policies/heilongjiang/biomanufacturing-2026.subsidia";
export const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
/** The cache of compiled policies of this test file's runs: shared by its runs, never the user's. */
export const cacheDir = mkdtempSync(join(tmpdir(), "subsidia-test-cache-"));

const bundle = fileURLToPath(new URL("../dist/bundle/subsidia.mjs", import.meta.url));

/** The newest modification time of a file under `dir` (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The command that runs the CLI: the published bundle (what `npx subsidia` runs once installed; a quarter of the
 * start-up time of the sources through tsx) when it was built after the last change to any source it holds (turbo
 * builds it before the tests), else the TypeScript sources, so that a test never runs a stale build.
 * `SUBSIDIA_TEST_SOURCES=1` forces the sources.
 */
export const cliCommand: string[] = (() => {
  // tsx by its full address: some tests run the CLI in a folder outside the repository
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const sources = ["--conditions=source", "--import", tsx, main];
  if (process.env.SUBSIDIA_TEST_SOURCES === "1" || !existsSync(bundle)) return sources;
  const apps = ["cli", "server"].map((a) => join(repo, "apps", a, "src"));
  const packages = readdirSync(join(repo, "packages")).map((p) => join(repo, "packages", p, "src"));
  const changed = Math.max(...[...apps, ...packages].map(newest), statSync(join(repo, "package-lock.json")).mtimeMs);
  return statSync(bundle).mtimeMs > changed ? [bundle] : sources;
})();

/** Runs the CLI in the repository root, as a user would run `subsidia …` (see `cliCommand`). */
export function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...cliCommand, ...args], {
    cwd: repo,
    input,
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: "",
      FORCE_COLOR: "0",
      LC_ALL: "",
      LC_MESSAGES: "",
      LANG: "C",
      SUBSIDIA_CACHE_DIR: cacheDir,
      ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
