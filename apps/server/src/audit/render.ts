import type { ReplayReport } from "./replay-log.js";
import type { VerifyReport } from "./verify-log.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `subsidia verify-log`: one line per finding, then a summary with the head to record elsewhere. */
export function renderVerify(r: VerifyReport): string {
  const lines = r.findings.map((f) => `${f.where}: ${f.message}`);
  const head = r.head ? `; head seq ${r.head.seq} ${r.head.hash}` : "";
  lines.push(
    r.findings.length === 0
      ? `${r.source}: ${plural(r.decisions, "decision")}, chain intact${head}`
      : `${r.source}: ${plural(r.findings.length, "problem")} in ${plural(r.decisions, "decision")}${head}`,
  );
  return `${lines.join("\n")}\n`;
}

/** `subsidia replay`: one line per decision that did not replay to its result, then a summary. */
export function renderReplay(r: ReplayReport): string {
  const lines = r.findings.map((f) => `${f.where}: ${f.message}`);
  lines.push(
    `${r.source}: ${r.replayed} of ${plural(r.decisions, "decision")} replayed to the logged result` +
      (r.findings.length > 0 ? `; ${plural(r.findings.length, "difference")}` : ""),
  );
  return `${lines.join("\n")}\n`;
}
