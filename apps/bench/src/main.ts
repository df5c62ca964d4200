/**
 * `npm run bench`: one run, one table, printed and written into docs/performance.md between
 * the markers `<!-- bench:start -->` and `<!-- bench:end -->`.
 * Flags: --no-batch (skip the batch; the docs are then left as they are), --batch-lines N,
 * --batch-runs N, --scaling-lines N (the batch's rows per worker count; 0: none), --rounds N, --passes N,
 * --applicants N, --populations N,N (none: ""),
 * --scales N,N, --before REV (before/after rows from that commit), --compile-runs N, --no-write,
 * --diff-lines N,N (`diff --population` over that many applicants; none: ""), --diff-runs N,
 * --min-round-ms N, --warmup-ms N.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchBatch } from "./bench-batch.js";
import { benchCompile } from "./bench-compile.js";
import { benchEngines } from "./bench-engines.js";
import { benchStartup } from "./bench-startup.js";
import { benchDiff } from "./bench-diff.js";
import { benchLimits } from "./bench-limits.js";
import { repo } from "./policy.js";
import { load, renderTable } from "./report.js";

const { values: opt } = parseArgs({
  options: {
    "no-batch": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "batch-lines": { type: "string", default: "1000000" },
    "batch-runs": { type: "string", default: "3" },
    "scaling-lines": { type: "string", default: "200000" },
    "diff-lines": { type: "string", default: "100000,1000000" },
    "diff-runs": { type: "string", default: "3" },
    rounds: { type: "string", default: "5" },
    passes: { type: "string", default: "3" },
    applicants: { type: "string", default: "2000" },
    "min-round-ms": { type: "string", default: "100" },
    "warmup-ms": { type: "string", default: "1500" },
    populations: { type: "string", default: "100000,1000000" },
    scales: { type: "string", default: "1,2,10,20" },
    before: { type: "string" },
    "compile-runs": { type: "string", default: "7" },
    "startup-rounds": { type: "string", default: "10" },
  },
});

const say = (text: string) => process.stderr.write(`${text}\n`);
const loadStart = load();
say("parse + compile the flagship…");
const compile = benchCompile(Number(opt["compile-runs"]));
say("check the worst texts a file may hold…");
const limits = benchLimits(3);
const list = (text: string) =>
  text
    .split(",")
    .filter((x) => x !== "")
    .map(Number);
const engines = await benchEngines({
  applicants: Number(opt.applicants),
  rounds: Number(opt.rounds),
  passes: Number(opt.passes),
  populations: list(opt.populations),
  scales: list(opt.scales),
  before: opt.before ?? null,
  minRoundMs: Number(opt["min-round-ms"]),
  warmupMs: Number(opt["warmup-ms"]),
});
say("CLI start-up…");
const startup = benchStartup(Number(opt["startup-rounds"]), opt.before ?? null);
let batch = null;
if (!opt["no-batch"]) {
  say(`batch of ${Number(opt["batch-lines"]).toLocaleString("en-US")} applicants…`);
  batch = await benchBatch(Number(opt["batch-lines"]), Number(opt["batch-runs"]), Number(opt["scaling-lines"]));
}
const diffSizes = list(opt["diff-lines"]);
if (diffSizes.length > 0)
  say(`diff --population of ${diffSizes.map((n) => n.toLocaleString("en-US")).join(", ")} applicants…`);
const diff = await benchDiff(diffSizes, Number(opt["diff-runs"]));
const table = renderTable({
  compile,
  limits,
  engines,
  batch,
  diff,
  startup,
  loadStart,
  loadEnd: load(),
});
process.stdout.write(table);

if (!opt["no-write"] && batch) {
  const file = join(repo, "docs/performance.md");
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf("<!-- bench:start -->");
  const end = doc.indexOf("<!-- bench:end -->");
  if (start < 0 || end < start)
    throw new Error("docs/performance.md has no <!-- bench:start --> … <!-- bench:end --> section");
  writeFileSync(file, `${doc.slice(0, start)}<!-- bench:start -->\n${table}${doc.slice(end)}`);
  say("written to docs/performance.md");
}
