/** The benchmark's one table, as Markdown, with the machine it ran on. */
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import type { BatchTiming } from "./bench-batch.js";
import type { CompileTiming } from "./bench-compile.js";
import type { EvalRow } from "./bench-eval.js";
import type { StartupRow } from "./bench-startup.js";
import type { LimitsTiming } from "./bench-limits.js";

export interface Results {
  compile: CompileTiming;
  limits: LimitsTiming;
  eval: EvalRow[];
  evalSet: number;
  rounds: number;
  batch: BatchTiming | null;
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

/** The target on json-rules-engine: the compiled evaluator at least 20× faster. */
function speedup(x: number): string {
  return verdict(x >= 20, `compiled ≥ 20× faster: it is ${times(x)}${x < 20 ? `, missed by ${times(20 / x)}` : ""}`);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${osType()} ${release()}, Node ${process.version}`;
}

export function renderTable(r: Results): string {
  const [base, compiled, interp, logic, rules] = r.eval;
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const evalRow = (e: EvalRow, goal: string, note: string) =>
    row([e.name, `${e.micros.toFixed(1)} µs/applicant (${int(1e6 / e.micros)}/s)`, times(e.ratio), goal, note]);
  const wrong = (e: EvalRow) =>
    e.wrong === 0
      ? "agrees with the interpreter"
      : `**${e.wrong} of ${int(r.evalSet)} applicants a cent off** (${e.example})`;
  const lines = [
    row(["measure", "result", "× baseline", "target", "notes"]),
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
    evalRow(base!, "the limit", "exact money (decimal.js), validates the facts, no explanations"),
    evalRow(
      compiled!,
      target(compiled!.ratio, 1.5, "× baseline", String),
      `exact money, validates the facts, no explanations; ${wrong(compiled!)}`,
    ),
    evalRow(
      interp!,
      target(interp!.ratio, 5, "× baseline", String),
      "exact money, validates the facts (zod), explains every step",
    ),
    evalRow(
      logic!,
      "",
      `binary floating point; custom code for rounding, lists and the art. 12 cap; no facts validation; ${wrong(logic!)}`,
    ),
    evalRow(
      rules!,
      speedup(rules!.micros / compiled!.micros),
      `binary floating point; custom operators for dates and "is given", custom code for amounts, rounding and the art. 12 cap; async; no facts validation; ${wrong(rules!)}`,
    ),
  ];
  if (r.batch) {
    const b = r.batch;
    const ok = b.seconds < 20 && (b.peakMB ?? 0) < 300;
    lines.push(
      row([
        `batch: ${int(b.lines)} applicants, JSONL → JSONL`,
        `${b.seconds.toFixed(1)} s wall (${int(b.perSecond)}/s)${b.cpuSeconds === null ? "" : `, ${b.cpuSeconds.toFixed(1)} s CPU`}, peak RSS ${b.peakMB === null ? "not measured" : `${int(b.peakMB)} MB`}`,
        "",
        verdict(
          ok,
          `< 20 s${b.seconds >= 20 ? ` (missed by ${times(b.seconds / 20)})` : ""}, < 300 MB${(b.peakMB ?? 0) >= 300 ? " (missed)" : ""}`,
        ),
        `\`subsidia batch\` ${b.built ? "built" : "from sources"}, ${int(b.inputMB)} MB of input, worker threads on every core; wall time, median of ${b.runs} runs`,
      ]),
    );
    lines.push(
      row([
        "batch ÷ plain two-worker script, same input",
        `${b.seconds.toFixed(1)} s ÷ ${b.plainSeconds.toFixed(1)} s`,
        "",
        target(b.ratio, 1.2, "× the script", (x) => x.toFixed(1)),
        "`subsidia batch --workers 2` over `apps/bench/src/plain-batch.ts` (readline per half, `JSON.parse`, the compiled evaluator, two unmerged output files); median of the per-run ratios, runs alternated",
      ]),
    );
  } else lines.push(row(["batch", "not run (`--no-batch`)", "", "", ""]));
  const goals: Record<string, number> = { "`subsidia --help`": 2, "`subsidia eval` one applicant": 3 };
  for (const s of r.startup)
    lines.push(
      row([
        `start: ${s.name}`,
        ms(s.ms),
        "",
        goals[s.name] === undefined
          ? "the floor"
          : target(s.ratio, goals[s.name]!, "× `node -e 0`", (x) => x.toFixed(0)),
        `wall time of a fresh process, median of the rounds; ${times(s.ratio)} \`node -e 0\` (median of per-round ratios)`,
      ]),
    );
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; load average ${r.loadStart.toFixed(1)} at the start, ${r.loadEnd.toFixed(1)} at the end.`,
    `Compile and evaluation times are CPU time of the benchmark process (wall time would count the waits for a busy core). Evaluation: ${int(r.evalSet)} fixed applicants (\`apps/bench/src/applicants.ts\`), median of ${r.rounds} rounds after 3 warm-up rounds, engines interleaved; × baseline is the median of the per-round ratios.`,
    "",
    ...lines,
    "",
  ].join("\n");
}

export const load = (): number => loadavg()[0] ?? 0;
