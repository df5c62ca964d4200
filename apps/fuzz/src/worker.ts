/**
 * The fuzzing itself, in a worker thread so that main.ts can stop it when one input takes
 * too long. Each target gets its share of the budget (and of a count of inputs, if given); every input is posted (in its corpus
 * form) before it is checked, so that a hang can be saved too.
 */
import { parentPort, workerData } from "node:worker_threads";
import fc from "fast-check";
import { targets, type Target } from "./targets.js";

export type Message =
  | { type: "input"; target: string; extension: string; content: string }
  | { type: "done"; target: string; runs: number }
  | { type: "found"; target: string; runs: number; extension: string; content: string; error: string; path: string };

const { budget, seed, runs: fixedRuns } = workerData as { budget: number; seed: number; runs?: number };
/** Shares of the budget: the policy text reaches every stage, so it gets half. */
const SHARE: Record<Target<unknown>["name"], number> = { policy: 0.5, facts: 0.25, ir: 0.25 };
/** With a count of inputs (FUZZ_RUNS) instead of a time: a policy text costs about four facts or IR inputs. */
const RUNS_PER_COUNT: Record<Target<unknown>["name"], number> = { policy: 1, facts: 4, ir: 4 };
const post = (m: Message) => parentPort?.postMessage(m);

for (const target of targets as readonly Target<unknown>[]) {
  let runs = 0;
  const result = fc.check(
    fc.property(target.input, (input) => {
      runs++;
      post({ type: "input", target: target.name, extension: target.extension, content: target.serialise(input) });
      target.check(input);
    }),
    {
      seed,
      // a count of inputs, if given, within the time budget: a run cut short by the time tried a prefix of the same inputs
      numRuns: fixedRuns === undefined ? Number.MAX_SAFE_INTEGER : fixedRuns * RUNS_PER_COUNT[target.name],
      interruptAfterTimeLimit: budget * 1000 * SHARE[target.name],
      markInterruptAsFailure: false,
    },
  );
  if (!result.failed) post({ type: "done", target: target.name, runs });
  else {
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    const [input] = result.counterexample ?? [undefined];
    const content = target.serialise(input);
    post({
      type: "found",
      target: target.name,
      runs,
      extension: target.extension,
      content,
      error,
      path: result.counterexamplePath ?? "",
    });
  }
}
