import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const flagship = "policies/heilongjiang/biomanufacturing-2026.subsidia";
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** Runs the CLI from its sources in the repository root, as a user would run `subsidia …`. */
export function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
    cwd: repo,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "0", LC_ALL: "", LC_MESSAGES: "", LANG: "C", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
