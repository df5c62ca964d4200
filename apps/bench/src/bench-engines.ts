/**
 * Evaluation and parse + check, each engine (and each policy size) in a process of its own,
 * from bundles of the working tree and, for before/after rows, of an earlier commit
 * (engines/bundle.ts). Processes run in passes, every engine once per pass, so that the
 * machine's load touches them alike; every row reports the minimum and the median of all
 * its rounds, and ratios are taken between rows of the same run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleChild, checkout } from "./engines/bundle.js";
import type { ChildResult, ChildTask, CompileTask } from "./engines/child.js";
import { ENGINES, type EngineName, RUNTIME_ENGINES } from "./engines/engines.js";
import { differences, type Figures } from "./figures.js";
import { median } from "./measure.js";
import { flagshipFile, repo } from "./policy.js";

export interface Timing {
  /** every round's figure: µs per applicant, or ms per compile */
  all: number[];
  min: number;
  median: number;
}

export interface EngineRow extends Timing {
  engine: EngineName;
  /** "before": the engine of the earlier commit */
  tree: "after" | "before";
  /** applicants of the fixed set whose figures differ from the interpreter's, and the first difference */
  wrong: number;
  example?: string;
}

export interface EnginesOptions {
  applicants: number;
  rounds: number;
  passes: number;
  populations: number[];
  scales: number[];
  /** a commit (or any revision) whose engines give the "before" rows; null: none */
  before: string | null;
  /** each round at least this many ms of CPU (passes over the set repeated); 0 or absent: one pass */
  minRoundMs?: number;
  /** each process warms up for at least this many ms of CPU before its timed rounds (default 1500) */
  warmupMs?: number;
}

export interface EnginesResults {
  rows: EngineRow[];
  populations: { engine: EngineName; size: number; micros: number }[];
  scales: { scale: number; tree: "after" | "before"; timing: Timing }[];
  options: EnginesOptions;
}

const timing = (all: number[]): Timing => ({ all, min: Math.min(...all), median: median(all) });

function runChild(bundle: string, task: ChildTask | CompileTask): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, JSON.stringify(task)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (err += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`a benchmark process failed: ${err}`)),
    );
  });
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/** Everything `npm run bench` measures of the evaluators and of parse + check. */
export async function benchEngines(options: EnginesOptions): Promise<EnginesResults> {
  const dir = mkdtempSync(join(tmpdir(), "subsidia-engines-"));
  try {
    const bundles = { after: await bundleChild(repo, join(dir, "after.mjs")), before: "" };
    if (options.before)
      bundles.before = await bundleChild(checkout(options.before, join(dir, "tree")), join(dir, "before.mjs"));
    const policyFile = join(repo, flagshipFile);
    const runs: { engine: EngineName; tree: "after" | "before" }[] = [
      ...(Object.keys(ENGINES) as EngineName[]).map((engine) => ({ engine, tree: "after" as const })),
      ...(options.before ? RUNTIME_ENGINES.map((engine) => ({ engine, tree: "before" as const })) : []),
    ];
    const rounds = new Map<string, number[]>();
    const figures = new Map<string, Figures[]>();
    for (let pass = 0; pass < options.passes; pass++) {
      say(`evaluation, pass ${pass + 1} of ${options.passes}…`);
      for (const { engine, tree } of runs) {
        const task: ChildTask = {
          engine,
          policyFile,
          count: options.applicants,
          rounds: options.rounds,
          warmup: 3,
          warmupMs: options.warmupMs ?? 1500,
          ...(options.minRoundMs ? { minRoundMs: options.minRoundMs } : {}),
          figures: pass === 0,
        };
        const r = await runChild(bundles[tree], task);
        const key = `${engine}@${tree}`;
        rounds.set(key, [...(rounds.get(key) ?? []), ...r.times]);
        if (r.figures) figures.set(key, r.figures);
      }
    }
    const reference = figures.get("interpreter@after")!;
    const rows = runs.map(({ engine, tree }): EngineRow => {
      const key = `${engine}@${tree}`;
      const got = figures.get(key)!;
      let wrong = 0;
      let example: string | undefined;
      reference.forEach((want, i) => {
        const d = differences(want, got[i]!);
        if (d.length === 0) return;
        wrong++;
        example ??= d.find((x) => !x.startsWith("total") && !x.startsWith("upTo")) ?? d[0];
      });
      return { engine, tree, ...timing(rounds.get(key)!), wrong, ...(example ? { example } : {}) };
    });
    const populations: EnginesResults["populations"] = [];
    for (const size of options.populations)
      for (const engine of ["limit", "compiled", "interpreter"] as const) {
        say(`${engine}: ${size.toLocaleString("en-US")} applicants…`);
        const task: ChildTask = { engine, policyFile, count: 2000, rounds: 0, warmup: 3, population: size };
        populations.push({ engine, size, micros: (await runChild(bundles.after, task)).times[0]! });
      }
    const scales: EnginesResults["scales"] = [];
    const sizes = options.scales;
    const trees = options.before ? (["after", "before"] as const) : (["after"] as const);
    for (const tree of sizes.length > 0 ? trees : []) {
      const which = tree === "before" ? " (before)" : "";
      say(`parse + check, the flagship ${sizes.join(", ")} times over in turn${which}…`);
      const task: CompileTask = { kind: "compile", policyFile, scales: sizes, batches: 9, work: 40 };
      const { byScale } = await runChild(bundles[tree], task);
      sizes.forEach((scale, i) => scales.push({ scale, tree, timing: timing(byScale![i]!) }));
    }
    return { rows, populations, scales, options };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
