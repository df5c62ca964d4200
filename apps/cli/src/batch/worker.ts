import { parentPort, workerData } from "node:worker_threads";
import type { Policy } from "@subsidia/ir";
import { impactEvaluator } from "../diff/impact-lines.js";
import type { FactsLimits } from "../facts-input.js";
import { lineEvaluator, type LinesIn } from "./evaluate-lines.js";

export type WorkerData =
  | { role: "batch"; policy: Policy; explain: boolean; limits: FactsLimits }
  | { role: "impact"; before: Policy; after: Policy; limits: FactsLimits; top: number };

/**
 * A worker of `batch` (records, as UTF-8 bytes transferred back) or of `diff --population`
 * (both versions' amounts per line): compiles once, then turns each piece of lines into output.
 */
export function startWorker(): void {
  const data = workerData as WorkerData;
  if (data.role === "batch") {
    const evaluate = lineEvaluator(data.policy, data.explain, data.limits);
    parentPort!.on("message", (input: LinesIn) => {
      const out = evaluate(input);
      parentPort!.postMessage(out, [out.bytes.buffer as ArrayBuffer]);
    });
  } else {
    const evaluate = impactEvaluator(data.before, data.after, data.limits, data.top);
    parentPort!.on("message", (input: LinesIn) => parentPort!.postMessage(evaluate(input)));
  }
}
