import { type Lang, type Params, type ServiceKey, serviceMessage } from "@subsidia/messages";
import type { FastifyInstance } from "fastify";
import { openFileSink } from "./decisions/file-sink.js";
import { parseMaskPath, type MaskPath } from "./decisions/mask.js";
import { isPgUrl, openPgSink } from "./decisions/pg-sink.js";
import type { DecisionSink } from "./decisions/sink.js";
import { ServerError } from "./errors.js";
import { buildApp } from "./http/app.js";
import { Library } from "./library/library.js";
import { problemIn } from "./library/load-policy-dir.js";
import { watchLibrary, type LibraryWatcher } from "./library/watch-library.js";
import { createMetrics } from "./metrics.js";

export interface ServiceOptions {
  /** the library folder: every `.subsidia` file under it */
  policies: string;
  host?: string;
  /** 0 for any free port */
  port?: number;
  /** a JSONL file, or a `postgresql://` URL; null: no decision log */
  decisionLog: string | null;
  /** facts paths to mask in the decision log (`applicant.creditCode`, `projects[*].id`) */
  masks?: readonly string[];
  /** the largest request body accepted, in bytes (default 1 MiB) */
  bodyLimit?: number;
  /** reload the library when its files change (default true) */
  watch?: boolean;
  /** where lines for the operator go (default: standard error) */
  report?: (line: string) => void;
  /** the language of the lines on reloads (default English); errors carry their key for the caller to translate */
  lang?: Lang;
}

export interface RunningService {
  /** `http://127.0.0.1:8080` */
  url: string;
  app: FastifyInstance;
  library: Library;
  sink: DecisionSink | null;
  /** stops taking requests, answers those in flight, then closes the decision log; idempotent */
  close(): Promise<void>;
}

function parseMasks(masks: readonly string[]): MaskPath[] {
  return masks.map((m) => {
    try {
      return parseMaskPath(m);
    } catch (e) {
      throw new ServerError({ key: "server.mask", params: { detail: (e as Error).message } }, 2);
    }
  });
}

/** Loads the library, opens the decision log and listens. Throws ServerError for anything the user can fix. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const lang = options.lang ?? "en";
  const say = (key: ServiceKey, params: Params) => serviceMessage(lang, key, params);
  const masks = parseMasks(options.masks ?? []);
  const library = new Library(options.policies);
  const first = library.reload();
  if (!first.ok)
    throw new ServerError({
      key: "server.cannotServe",
      params: {
        dir: options.policies,
        problems: first.problems.map((p) => `${p.file}: ${problemIn(p, lang)}`).join("\n\n"),
      },
    });
  const log = options.decisionLog;
  const sink = log === null ? null : isPgUrl(log) ? await openPgSink(log) : await openFileSink(log);
  const metrics = createMetrics(library);
  let app: FastifyInstance | undefined;
  let watcher: LibraryWatcher | undefined;
  try {
    app = await buildApp({ library, sink, masks, metrics, report }, { bodyLimit: options.bodyLimit ?? 1 << 20 });
    await app.listen({ host: options.host ?? "127.0.0.1", port: options.port ?? 8080 });
    if (options.watch !== false) {
      watcher = watchLibrary(
        library,
        (r) => {
          metrics.reloads.inc({ outcome: r.ok ? "ok" : "failed" });
          if (!r.ok)
            report(
              say("serve.notReloaded", {
                generation: library.current.generation,
                problems: r.problems.map((p) => `${p.file}: ${problemIn(p, lang)}`).join("\n\n"),
              }),
            );
          else if (r.changed)
            report(
              say("serve.reloaded", {
                generation: r.snapshot.generation,
                policies: r.snapshot.policies.map((p) => `${p.id} ${p.hash.slice(0, 19)}`).join(", "),
              }),
            );
        },
        (e) => report(say("serve.watchFailed", { dir: options.policies, detail: (e as Error).message })),
      );
      await watcher.ready;
    }
  } catch (e) {
    await watcher?.close();
    await app?.close();
    await sink?.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL")
      throw new ServerError({
        key: "server.cannotListen",
        params: { address: `${options.host ?? "127.0.0.1"}:${options.port ?? 8080}`, code },
      });
    throw e;
  }
  const server = app;
  const address = server.server.address();
  const url =
    typeof address === "object" && address
      ? `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`
      : String(address);
  let closing: Promise<void> | undefined;
  return {
    url,
    app: server,
    library,
    sink,
    close: () =>
      (closing ??= (async () => {
        await server.close();
        await watcher?.close();
        await sink?.close();
      })()),
  };
}
