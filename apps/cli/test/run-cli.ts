import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const flagship = "policies/heilongjiang/biomanufacturing-2026.subsidia";
export const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
/** The cache of compiled policies of this test file's runs: shared by its runs, never the user's. */
const cacheDir = mkdtempSync(join(tmpdir(), "subsidia-test-cache-"));

/** Runs the CLI from its sources in the repository root, as a user would run `subsidia …`. */
export function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
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
