/**
 * How fast the CLI starts, each command in a fresh process as a user meets it: `node -e 0`
 * (the floor), `subsidia --help`, `subsidia eval` of one applicant. Runs interleaved; the
 * ratio is the median of the per-round ratios to `node -e 0` of the same round.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "./measure.js";
import { flagshipFile, repo } from "./policy.js";

export interface StartupRow {
  name: string;
  ms: number;
  ratio: number;
}

function wall(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return performance.now() - start;
}

export function benchStartup(rounds: number): StartupRow[] {
  const cli = join(repo, "apps/cli/bin/subsidia.mjs");
  const commands: [string, string[]][] = [
    ["`node -e 0`", ["-e", "0"]],
    ["`subsidia --help`", [cli, "--help"]],
    ["`subsidia eval` one applicant", [cli, "eval", flagshipFile, "--facts", "examples/applicant.json", "--json"]],
  ];
  for (const [, args] of commands) wall(args); // warm the file cache
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) commands.forEach(([, args], k) => times[k]!.push(wall(args)));
  return commands.map(([name], k) => ({
    name,
    ms: median(times[k]!),
    ratio: median(times[k]!.map((t, i) => t / times[0]![i]!)),
  }));
}
