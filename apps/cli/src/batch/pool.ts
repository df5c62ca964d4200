import { Worker } from "node:worker_threads";
import type { LinesIn } from "./evaluate-lines.js";
import type { WorkerData } from "./worker.js";

declare const __SUBSIDIA_BUNDLED__: boolean | undefined;

const fromSources = import.meta.url.endsWith(".ts");
const YOUNG_MB = 6;

/**
 * A worker runs the CLI's own entry (`main`), which sees `workerData.role` and becomes a batch or impact
 * worker: the bundle's entry in a published install, dist/main.js when built, the
 * TypeScript sources otherwise (a worker thread does not inherit tsx's loader, so it
 * registers it first).
 */
function startWorker(data: WorkerData): Worker {
  // a small young generation keeps each worker's memory low; its garbage (one line's facts
  // and results) dies young, so scavenging more often costs little
  const options = {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
  };
  // bundled, this module is a chunk in `chunks/` beside the entry `subsidia.mjs`
  if (typeof __SUBSIDIA_BUNDLED__ !== "undefined")
    return new Worker(new URL("../subsidia.mjs", import.meta.url), options);
  if (!fromSources) return new Worker(new URL("../main.js", import.meta.url), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const file = new URL("../main.ts", import.meta.url).href;
  const load = `return import(${JSON.stringify(file)});`;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); ${load} })`;
  return new Worker(boot, { ...options, eval: true });
}

interface Slot {
  worker: Worker;
  queued: number;
}

/**
 * Worker threads that turn slices of lines into records. `run` hands a slice to the worker
 * with the shortest queue; a worker that fails rejects every slice still waiting.
 */
export class WorkerPool<Out extends { seq: number }> {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, { slot: Slot; resolve: (out: Out) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(count: number, data: WorkerData) {
    this.slots = Array.from({ length: count }, () => {
      const slot: Slot = { worker: startWorker(data), queued: 0 };
      slot.worker.on("message", (out: Out) => {
        const w = this.waiting.get(out.seq);
        this.waiting.delete(out.seq);
        slot.queued--;
        w?.resolve(out);
      });
      slot.worker.on("error", (e) => this.fail(e));
      slot.worker.on("exit", (code) => {
        if (this.waiting.size > 0) this.fail(new Error(`a batch worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  run(input: LinesIn): Promise<Out> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.queued < a.queued ? b : a));
    slot.queued++;
    return new Promise((resolve, reject) => {
      this.waiting.set(input.seq, { slot, resolve, reject });
      slot.worker.postMessage(input, [input.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
