/**
 * How fast the CLI starts, each command in a fresh process as a user meets it: `node -e 0`
 * (the floor), `subsidia --help`, `subsidia eval` of one applicant with its policy's compile in
 * the cache (docs/cli.md) and without (`--no-cache`: what a first run costs), and with `--before
 * REV` the same commands of the CLI bundled from that commit. Runs interleaved; the ratio is the
 * median of the per-round ratios to `node -e 0` of the same round.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCliAt } from "./cli-before.js";
import { median } from "./measure.js";
import { flagshipFile, repo } from "./policy.js";

export interface StartupRow {
  name: string;
  ms: number;
  ratio: number;
  /** at most this many times `node -e 0` */
  goal?: number | undefined;
}

function wall(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", env });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return performance.now() - start;
}

export function benchStartup(rounds: number, before: string | null = null): StartupRow[] {
  const work = mkdtempSync(join(tmpdir(), "subsidia-startup-"));
  try {
    const env = { ...process.env, SUBSIDIA_CACHE_DIR: join(work, "cache") };
    const evalArgs = ["eval", flagshipFile, "--facts", "examples/applicant.json", "--json"];
    const cli = join(repo, "apps/cli/bin/subsidia.mjs");
    const commands: [string, string[], number?][] = [
      ["`node -e 0`", ["-e", "0"]],
      ["`subsidia --help`", [cli, "--help"], 2],
      ["`subsidia eval` one applicant, compile cached", [cli, ...evalArgs], 3],
      ["`subsidia eval` one applicant, `--no-cache`", [cli, ...evalArgs, "--no-cache"]],
    ];
    if (before) {
      const old = bundleCliAt(before, join(work, "before"));
      commands.push(
        [`\`subsidia --help\`, **before** (${before})`, [old, "--help"]],
        [`\`subsidia eval\` one applicant, **before** (${before})`, [old, ...evalArgs]],
      );
    }
    for (const [, args] of commands) wall(args, env); // warm the file cache, and fill the cache of compiles
    const times = commands.map(() => [] as number[]);
    for (let i = 0; i < rounds; i++) commands.forEach(([, args], k) => times[k]!.push(wall(args, env)));
    return commands.map(([name, , goal], k) => ({
      name,
      ms: median(times[k]!),
      ratio: median(times[k]!.map((t, i) => t / times[0]![i]!)),
      goal,
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
