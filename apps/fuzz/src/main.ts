/**
 * `npm run fuzz`: every target for a share of a time budget, from a fresh seed (printed,
 * so that a run can be repeated). A finding (an oracle that fails, or one input that gets no
 * answer for FUZZ_HANG_SECONDS) is printed and saved under apps/fuzz/findings/ in the
 * corpus's form, and the run exits 1. Environment: FUZZ_BUDGET_SECONDS (default 60),
 * FUZZ_SEED (default: from the clock), FUZZ_HANG_SECONDS (default 60), and FUZZ_RUNS: a count of
 * inputs within the time budget (N policy texts, 4N facts, 4N IR documents), so that a run with a
 * fixed seed tries the same inputs however loaded the machine is (CI), or a prefix of them if the
 * time runs out first.
 */
import { relative } from "node:path";
import { Worker } from "node:worker_threads";
import { saveFinding } from "./corpus.js";
import { repo } from "./seeds.js";
import type { Message } from "./worker.js";

const budget = Number(process.env.FUZZ_BUDGET_SECONDS ?? "60");
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const hang = Number(process.env.FUZZ_HANG_SECONDS ?? "60");
const runs = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
if (
  !(budget > 0) ||
  !(hang > 0) ||
  !Number.isInteger(seed) ||
  !(runs === undefined || (Number.isInteger(runs) && runs > 0))
) {
  process.stderr.write(
    "FUZZ_BUDGET_SECONDS and FUZZ_HANG_SECONDS must be positive numbers, FUZZ_SEED an integer, FUZZ_RUNS a positive integer\n",
  );
  process.exit(2);
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const count = runs === undefined ? "" : `${runs} policy texts, ${runs * 4} facts and IR inputs each, within `;
say(`fuzz: ${count}${budget} s, seed ${seed}`);

function report(target: string, extension: string, content: string, what: string): void {
  const path = relative(repo, saveFinding(target, extension, content));
  say(`  ${target}: FOUND ${what}`);
  say(`    saved as ${path}`);
  if (content.length <= 2000) say(`    input: ${JSON.stringify(content)}`);
  say(
    `    add it to apps/fuzz/corpus/${target}/ with the fix, under a name that says what it was (docs/reliability.md)`,
  );
}

const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { budget, seed, runs } });
let found = 0;
let last: Extract<Message, { type: "input" }> | undefined;
let watchdog: NodeJS.Timeout | undefined;
let stopped = false;
/** Stops the worker when it says nothing for `seconds` (it posts each input before checking it). */
const watch = (seconds: number) => {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    found++;
    if (last) report(last.target, last.extension, last.content, `an input with no answer after ${seconds} s`);
    else say(`  the fuzzer did not start within ${seconds} s`);
    stopped = true;
    void worker.terminate();
  }, seconds * 1000);
};
watch(hang + 120); // loading and compiling the seed policies comes first
worker.on("message", (m: Message) => {
  if (stopped) return;
  watch(hang);
  if (m.type === "input") last = m;
  else if (m.type === "done") say(`  ${m.target}: ${m.runs} inputs, nothing found`);
  else {
    found++;
    report(m.target, m.extension, m.content, `after ${m.runs} inputs: ${m.error} (seed ${seed}, path ${m.path})`);
  }
});
worker.on("error", (e) => {
  found++;
  say(`  the fuzzer itself failed: ${e.stack ?? String(e)}`);
});
worker.on("exit", () => {
  clearTimeout(watchdog);
  process.exit(found > 0 ? 1 : 0);
});
