import { isMainThread, workerData } from "node:worker_threads";
import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { fail, INTERNAL } from "./run.js";

if (!isMainThread && (workerData as { role?: string } | null)?.role !== undefined)
  (await import("./batch/worker.js")).startWorker();
else await cli();

async function cli(): Promise<void> {
  // a reader that went away (`subsidia compile … | head -1`) ends the run quietly
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      process.exit(INTERNAL);
    });
  process.on("uncaughtException", (e) => {
    fail(e);
    process.exit(INTERNAL);
  });
  process.on("unhandledRejection", (e) => {
    fail(e);
    process.exit(INTERNAL);
  });

  try {
    await (await buildProgram(process.argv.slice(2))).parseAsync();
  } catch (e) {
    if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
    else fail(e);
  }
}
