/**
 * `npm run bench:engines -w @subsidia/bench`: the evaluation table alone (each engine in a
 * process of its own, as `npm run bench` measures it), printed and not written anywhere; for
 * before/after runs of the evaluators without the compile, start-up and batch measures.
 * Flags: --before REV, --rounds N (5), --passes N (3), --applicants N (2000), --min-round-ms N (0: a
 * round is one pass over the applicants; N: as many passes as last N ms of CPU, steadier under load; default 100),
 * --warmup-ms N (1500: each process warms up that long before its timed rounds).
 */
import { parseArgs } from "node:util";
import { benchEngines } from "./bench-engines.js";
import { load, machine } from "./report.js";
import { renderEngines } from "./report-engines.js";

const { values: opt } = parseArgs({
  options: {
    before: { type: "string" },
    rounds: { type: "string", default: "5" },
    passes: { type: "string", default: "3" },
    applicants: { type: "string", default: "2000" },
    "min-round-ms": { type: "string", default: "100" },
    "warmup-ms": { type: "string", default: "1500" },
  },
});

const loadStart = load();
const engines = await benchEngines({
  applicants: Number(opt.applicants),
  rounds: Number(opt.rounds),
  passes: Number(opt.passes),
  populations: [],
  scales: [],
  before: opt.before ?? null,
  minRoundMs: Number(opt["min-round-ms"]),
  warmupMs: Number(opt["warmup-ms"]),
});
process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; ` +
      `load average ${loadStart.toFixed(1)} at the start, ${load().toFixed(1)} at the end.`,
    "",
    ...renderEngines(engines),
    "",
  ].join("\n"),
);
