import { parentPort, workerData } from "node:worker_threads";
import type { Policy } from "@subsidia/ir";
import type { FactsLimits } from "../facts-input.js";
import { lineEvaluator, type LinesIn } from "./evaluate-lines.js";

/** A batch worker: compiles the policy once, then turns each piece of lines into records. */
export function startBatchWorker(): void {
  const { policy, explain, limits } = workerData as { policy: Policy; explain: boolean; limits: FactsLimits };
  const evaluate = lineEvaluator(policy, explain, limits);
  parentPort!.on("message", (input: LinesIn) => {
    const out = evaluate(input);
    parentPort!.postMessage(out, [out.bytes.buffer as ArrayBuffer]);
  });
}
