/**
 * Timing helpers: every figure is the median of several runs. Times are CPU time of this
 * process (user + system), not wall time: on a machine that other work keeps busy, wall time
 * counts the time spent waiting for a core, CPU time only the work done.
 */

/** Milliseconds of CPU this process has used. */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface Engine {
  name: string;
  /** evaluates one applicant's plain JSON facts */
  run: (facts: Record<string, unknown>) => unknown;
}

export interface EngineTiming {
  name: string;
  /** median microseconds of CPU per applicant */
  micros: number;
  /** median over the rounds of (this engine's time / the first engine's time) in the same round */
  ratio: number;
}

async function timeSet(e: Engine, set: readonly Record<string, unknown>[]): Promise<number> {
  const start = cpuMs();
  for (const facts of set) {
    const r = e.run(facts);
    if (r instanceof Promise) await r;
  }
  return ((cpuMs() - start) * 1000) / set.length;
}

/**
 * Runs every engine over the whole set, round after round, interleaved so that a change in
 * the machine's load touches all of them alike; the first rounds warm the JIT and are dropped.
 */
export async function compareEngines(
  engines: readonly Engine[],
  set: readonly Record<string, unknown>[],
  rounds: number,
  warmup = 3,
): Promise<EngineTiming[]> {
  const times = engines.map(() => [] as number[]);
  for (let r = 0; r < warmup + rounds; r++) {
    for (let i = 0; i < engines.length; i++) {
      const t = await timeSet(engines[i]!, set);
      if (r >= warmup) times[i]!.push(t);
    }
  }
  return engines.map((e, i) => ({
    name: e.name,
    micros: median(times[i]!),
    ratio: median(times[i]!.map((t, r) => t / times[0]![r]!)),
  }));
}
