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
