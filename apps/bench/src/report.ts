/** The benchmark's one table, as Markdown, with the machine it ran on. */
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import type { BatchTiming } from "./bench-batch.js";
import type { DiffTiming } from "./bench-diff.js";
import type { CompileTiming } from "./bench-compile.js";
import type { EnginesResults } from "./bench-engines.js";
import type { StartupRow } from "./bench-startup.js";
import type { LimitsTiming } from "./bench-limits.js";
import { renderEngines } from "./report-engines.js";

export interface Results {
  compile: CompileTiming;
  limits: LimitsTiming;
  engines: EnginesResults;
  batch: BatchTiming | null;
  diff: DiffTiming[];
  startup: StartupRow[];
  loadStart: number;
  loadEnd: number;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const int = (x: number) => Math.round(x).toLocaleString("en-US");
const times = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
const verdict = (ok: boolean, text: string) => `${ok ? "✓" : "✗"} ${text}`;

/** How far a figure is from its target: `✓ target < 30 ms` or `✗ target < 5×, missed by 1.9×`. */
function target(value: number, limit: number, unit: string, show: (x: number) => string): string {
  return value <= limit
    ? verdict(true, `< ${show(limit)}${unit}`)
    : verdict(false, `< ${show(limit)}${unit}, missed by ${times(value / limit)}`);
}

export function machine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() ?? "unknown CPU";
  const gb = Math.round(totalmem() / 2 ** 30);
  return `${model}, ${cpu.length} cores, ${gb} GB, ${osType()} ${release()}, Node ${process.version}`;
}

export function renderTable(r: Results): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const lines = [
    row(["measure", "result", "", "target", "notes"]),
    row(["---", "---", "---", "---", "---"]),
    row([
      "parse + compile the flagship, warm",
      ms(r.compile.warm),
      "",
      target(r.compile.warm, 30, " ms", (x) => String(x)),
      "median of 30 compiles after 20 warm-up",
    ]),
    row([
      "parse + compile the flagship, cold process",
      ms(r.compile.coldCompile),
      "",
      "",
      `first compile in a fresh \`node\`; loading the built compiler takes ${ms(r.compile.coldLoad)} more`,
    ]),
    row([
      "check 1 MiB of random bytes",
      ms(r.limits.randomBytes),
      "",
      target(r.limits.randomBytes, 3000, " ms", String),
      "`compile()` of the longest text allowed: 100 errors listed, then a count of the rest",
    ]),
    row([
      "check 1 MiB of broken articles",
      ms(r.limits.brokenArticles),
      "",
      target(r.limits.brokenArticles, 3000, " ms", String),
      "parser recovery stops after 100 errors",
    ]),
  ];
  if (r.batch) {
    const b = r.batch;
    const ok = b.seconds < 20 && (b.peakMB ?? 0) < 300;
    const cpuText = b.cpuSeconds === null ? "" : `, ${b.cpuSeconds.toFixed(1)} s CPU`;
    const rss = b.peakMB === null ? "not measured" : `${int(b.peakMB)} MB`;
    const slow = b.seconds >= 20 ? ` (missed by ${times(b.seconds / 20)})` : "";
    const big = (b.peakMB ?? 0) >= 300 ? " (missed)" : "";
    const how = `\`subsidia batch\` ${b.built ? "built" : "from sources"}, ${int(b.inputMB)} MB of input`;
    lines.push(
      row([
        `batch: ${int(b.lines)} applicants, JSONL → JSONL`,
        `${b.seconds.toFixed(1)} s wall (${int(b.perSecond)}/s)${cpuText}, peak RSS ${rss}`,
        "",
        verdict(ok, `< 20 s${slow}, < 300 MB${big}`),
        `${how}, worker threads on every core; wall time, median of ${b.runs} runs`,
      ]),
    );
    lines.push(
      row([
        "batch ÷ plain two-worker script, same input",
        `${b.seconds.toFixed(1)} s ÷ ${b.plainSeconds.toFixed(1)} s`,
        "",
        target(b.ratio, 1.2, "× the script", (x) => x.toFixed(1)),
        "`subsidia batch --workers 2` over `apps/bench/src/plain-batch.ts` (readline per half, `JSON.parse`, " +
          "the compiled evaluator, two unmerged output files); median of the per-run ratios, runs alternated",
      ]),
    );
    for (const w of b.scaling)
      lines.push(
        row([
          `batch ÷ plain script, ${w.workers} ${w.workers === 1 ? "worker" : "workers"} each`,
          `${w.seconds.toFixed(1)} s ÷ ${w.plainSeconds.toFixed(1)} s`,
          "",
          target(w.ratio, 1.2, "× the script", (x) => x.toFixed(2)),
          `${int(w.lines)} applicants; \`subsidia batch --workers ${w.workers}\` over \`plain-batch.ts\` cut in ` +
            `${w.workers} ${w.workers === 1 ? "part" : "parts"}; median of the per-run ratios, runs alternated ` +
            "(1, 2, 4 … workers up to the machine's cores)",
        ]),
      );
  } else lines.push(row(["batch", "not run (`--no-batch`)", "", "", ""]));
  for (const d of r.diff) {
    const cpu = (x: number | null) => (x === null ? "" : `, ${x.toFixed(1)} s CPU`);
    lines.push(
      row([
        `diff --population: ${int(d.lines)} applicants ÷ plain two-worker script`,
        `${d.seconds.toFixed(1)} s${cpu(d.cpuSeconds)} ÷ ${d.plainSeconds.toFixed(1)} s${cpu(d.plainCpuSeconds)}`,
        "",
        target(d.ratio, 1.5, "× the script", (x) => x.toFixed(1)),
        "`subsidia diff` of the flagship and a changed copy (two behavioural changes) over " +
          "`apps/bench/src/plain-diff.ts` (readline per half, `JSON.parse`, both compiled evaluators, totals " +
          `in cents; the totals checked equal); wall time, median of the per-run ratios of ${d.runs} alternated runs`,
      ]),
    );
  }
  for (const s of r.startup)
    lines.push(
      row([
        `start: ${s.name}`,
        ms(s.ms),
        "",
        s.goal === undefined
          ? s.name === "`node -e 0`"
            ? "the floor"
            : ""
          : target(s.ratio, s.goal, "× `node -e 0`", (x) => x.toFixed(0)),
        `wall time of a fresh process, median of the rounds; ${times(s.ratio)} \`node -e 0\`` +
          " (median of per-round ratios)",
      ]),
    );
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; ` +
      `load average ${r.loadStart.toFixed(1)} at the start, ${r.loadEnd.toFixed(1)} at the end.`,
    "Compile and evaluation times are CPU time (wall time would count the waits for a busy core).",
    "",
    ...lines,
    "",
    ...renderEngines(r.engines),
    "",
  ].join("\n");
}

export const load = (): number => loadavg()[0] ?? 0;
