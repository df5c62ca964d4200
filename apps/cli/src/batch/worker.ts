import { parentPort, workerData } from "node:worker_threads";
import type { Policy } from "@subsidia/ir";
import { lineEvaluator, type LinesIn } from "./evaluate-lines.js";

/** A batch worker: compiles the policy once, then turns each slice of lines into records. */
const { policy, explain } = workerData as { policy: Policy; explain: boolean };
const evaluate = lineEvaluator(policy, explain);
parentPort!.on("message", (input: LinesIn) => {
  const out = evaluate(input);
  parentPort!.postMessage(out, [out.bytes.buffer as ArrayBuffer]);
});
