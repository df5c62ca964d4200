/**
 * One measurement in a process of its own (the decimal engines slow each other down when
 * they share one). An engine: built from the flagship, warmed up, then timed in rounds over
 * the fixed set of applicants, or in one pass over a large population generated chunk by
 * chunk (only the evaluation is timed); with the figures of the fixed set when asked (to
 * count cents that differ). Or parse + check of the flagship made k times larger, timed in
 * batches of compiles (the garbage collector's share amortised as in real use). Prints one
 * JSON line of CPU times. Bundled by bundle.ts.
 */
import { readFileSync } from "node:fs";
import { compile } from "@subsidia/compiler";
import { applicant, applicants } from "../applicants.js";
import { figuresOf, type Figures } from "../figures.js";
import { cpuMs } from "../measure.js";
import { scaledPolicy } from "../scaled-policy.js";
import { ENGINES, type EngineName, type Run } from "./engines.js";

export interface CompileTask {
  kind: "compile";
  policyFile: string;
  /** the flagship this many times over (scaled-policy.ts), each size in turn in this one process */
  scales: number[];
  /** timed rounds, each a batch of every size (`work` / scale compiles), after one round of warm-up */
  batches: number;
  work: number;
}

export interface ChildTask {
  kind?: "eval";
  engine: EngineName;
  /** the policy's text, compiled here by the tree's own compiler */
  policyFile: string;
  /** the fixed set: this many applicants, timed `rounds` times after `warmup` rounds */
  count: number;
  /** passes over the set in one round (a longer round averages out a busy machine's jitter) */
  repeat?: number;
  /**
   * instead of `repeat`: as many passes per round as make a round last this many ms of CPU, from
   * the last warm-up round (the fast engines' rounds of a few ms are mostly a busy machine's noise)
   */
  minRoundMs?: number;
  rounds: number;
  /** untimed passes over the set before the rounds: at least this many */
  warmup: number;
  /**
   * and at least this many ms of CPU in all (the optimising compiler needs about a second of a fast
   * engine's calls to settle: rounds timed before it are 3–10× slower and make the median noise)
   */
  warmupMs?: number;
  /** instead of the fixed set: one timed pass over this many applicants, generated in chunks */
  population?: number;
  /** also return each applicant's figures (the first pass only) */
  figures?: boolean;
}

export interface ChildResult {
  /** CPU µs per applicant, one per round (one in all for a population); ms per compile for a compile task */
  times: number[];
  /** a compile task: ms per compile, one per round, for each of its scales */
  byScale?: number[][];
  figures?: Figures[];
}

async function timeAll(run: Run, set: readonly Record<string, unknown>[], repeat = 1): Promise<number> {
  const start = cpuMs();
  for (let i = 0; i < repeat; i++)
    for (const facts of set) {
      const r = run(facts);
      if (r instanceof Promise) await r;
    }
  return ((cpuMs() - start) * 1000) / (set.length * repeat);
}

async function figures(run: Run, set: readonly Record<string, unknown>[]): Promise<Figures[]> {
  const out: Figures[] = [];
  for (const facts of set) {
    let r = (await run(facts)) as Figures | { ok: boolean; result?: Figures };
    if ("ok" in r) {
      if (!r.ok || !r.result) throw new Error(`the engine failed on a benchmark applicant: ${JSON.stringify(r)}`);
      r = r.result;
    }
    out.push(figuresOf(r as Figures));
  }
  return out;
}

async function population(run: Run, size: number): Promise<number> {
  const chunk = 10_000;
  let cpu = 0;
  for (let from = 0; from < size; from += chunk) {
    const set = Array.from({ length: Math.min(chunk, size - from) }, (_, i) => applicant(from + i));
    cpu += (await timeAll(run, set)) * set.length;
  }
  return cpu / size;
}

/**
 * ms of CPU per parse + check of the flagship at each scale, one figure per round: the sizes take
 * turns, so that a machine that gets busier or quieter during the run moves all of them alike (the
 * ratio of two sizes measured in turn, not one after the other, is what the linear goal compares).
 */
function compiles(task: CompileTask, text: string): ChildResult {
  const { ir } = compile(text, task.policyFile);
  if (!ir) throw new Error("the flagship does not compile");
  const texts = task.scales.map((scale) => {
    const big = scaledPolicy(text, ir, scale);
    if (!compile(big, "scaled.subsidia").ir) throw new Error(`the flagship ${scale} times over does not compile`);
    return { big, perBatch: Math.max(1, Math.ceil(task.work / scale)) };
  });
  const batch = ({ big, perBatch }: (typeof texts)[number]) => {
    const start = cpuMs();
    for (let i = 0; i < perBatch; i++) compile(big, "scaled.subsidia");
    return (cpuMs() - start) / perBatch;
  };
  for (const t of texts) batch(t);
  const byScale: number[][] = texts.map(() => []);
  for (let round = 0; round < task.batches; round++) texts.forEach((t, i) => byScale[i]!.push(batch(t)));
  return { times: byScale.flat(), byScale };
}

async function main(task: ChildTask | CompileTask): Promise<ChildResult> {
  const text = readFileSync(task.policyFile, "utf8");
  if (task.kind === "compile") return compiles(task, text);
  const { ir, diagnostics } = compile(text, task.policyFile);
  if (!ir) throw new Error(`the policy does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
  const run = ENGINES[task.engine](ir);
  const set = applicants(task.count);
  let last = 0;
  const warmStart = cpuMs();
  for (let r = 0; r < task.warmup || cpuMs() - warmStart < (task.warmupMs ?? 0); r++) last = await timeAll(run, set);
  if (task.population) return { times: [await population(run, task.population)] };
  const repeat = task.minRoundMs ? Math.max(1, Math.ceil((task.minRoundMs * 1000) / (last * set.length))) : task.repeat;
  const times: number[] = [];
  for (let r = 0; r < task.rounds; r++) times.push(await timeAll(run, set, repeat));
  return task.figures ? { times, figures: await figures(run, set) } : { times };
}

const task = JSON.parse(process.argv[2] ?? "{}") as ChildTask | CompileTask;
process.stdout.write(`${JSON.stringify(await main(task))}\n`);
