/**
 * The plain two-worker script `subsidia batch` is measured against: what a developer would
 * write for one policy in an afternoon. The input file is cut into two halves at a line
 * feed; each worker reads its half with readline, `JSON.parse`s each line, runs the compiled
 * evaluator and writes `JSON.stringify` of the line number and the result to a file of its
 * own (no merge into one ordered output, no lossless numbers, no repeated-key check, no
 * limits). The benchmark bundles it with esbuild, as the CLI is bundled, and runs the bundle
 * with plain `node`: node plain-batch.mjs IN OUT_PREFIX POLICY [WORKERS] (or, from the sources,
 * node --conditions=source --import tsx plain-batch.ts IN OUT_PREFIX POLICY [WORKERS]); WORKERS (2)
 * parts of the file, one worker each, for the scaling rows.
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { compile } from "@subsidia/compiler";
import { compileAmounts } from "@subsidia/runtime";
import { lineStart } from "./line-start.js";
import type { Policy } from "@subsidia/ir";

interface Job {
  policy: Policy;
  input: string;
  start: number;
  end: number;
  output: string;
}

async function work({ policy, input, start, end, output }: Job): Promise<void> {
  const run = compileAmounts(policy);
  const out = createWriteStream(output);
  const lines = createInterface({ input: createReadStream(input, { start, end: end - 1 }), crlfDelay: Infinity });
  let n = 0;
  let chunk = "";
  for await (const line of lines) {
    const r = run.run(JSON.parse(line));
    chunk += `${JSON.stringify(r.ok ? { line: ++n, ...r.result } : { line: ++n, error: r.errors })}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

async function main(): Promise<void> {
  const [input, prefix, policyFile, count = "2"] = process.argv.slice(2) as [string, string, string, string?];
  const { ir: policy } = compile(readFileSync(policyFile, "utf8"), policyFile);
  if (!policy) throw new Error(`${policyFile} does not compile`);
  const size = statSync(input).size;
  // N parts cut at line starts (two by default: the script `subsidia batch --workers 2` is measured against)
  const parts = Math.max(1, Number(count));
  const cuts = [
    0,
    ...Array.from({ length: parts - 1 }, (_, i) => lineStart(input, Math.floor((size * (i + 1)) / parts))),
    size,
  ];
  const halves: [number, number][] = cuts.slice(1).map((end, i) => [cuts[i]!, end]);
  const self = import.meta.url;
  // bundled by the benchmark (one .mjs file, as the CLI's bundle), or from the sources through tsx
  const start = (job: Job) => {
    if (self.endsWith(".mjs")) return new Worker(new URL(self), { workerData: job });
    const tsx = import.meta.resolve("tsx/esm/api");
    const load = `return import(${JSON.stringify(self)});`;
    const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); ${load} })`;
    return new Worker(boot, { eval: true, workerData: job });
  };
  await Promise.all(
    halves.map(([begin, end], i) => {
      const w = start({ policy, input, start: begin, end, output: `${prefix}.${i}` });
      return new Promise<void>((resolve, reject) => {
        w.on("error", reject);
        w.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exit ${code}`))));
      });
    }),
  );
}

if (isMainThread) await main();
else await work(workerData as Job);
