import { type Command, Option } from "commander";
import { CliError } from "../errors.js";
import { cliLang, tr } from "../lang.js";
import { runAsync } from "../run.js";

export interface ServeOptions {
  policies: string;
  host: string;
  port: string;
  decisionLog: string | false;
  mask: string[];
  bodyLimit: string;
  watch: boolean;
}

function port(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new CliError(tr()("usage.port", { value: text }), 2);
  return n;
}

function bytes(text: string): number {
  const m = /^(\d+)\s*(b|kb|mb)?$/i.exec(text.trim());
  if (!m || Number(m[1]) === 0) throw new CliError(tr()("usage.bodyLimit", { value: text }), 2);
  const unit: Record<string, number> = { "": 1, b: 1, kb: 1024, mb: 1024 * 1024 };
  return Number(m[1]) * unit[(m[2] ?? "").toLowerCase()]!;
}

/** `subsidia serve`: runs the decision service until SIGTERM or SIGINT, then drains the requests in flight. */
export async function serveCommand(opts: ServeOptions): Promise<number> {
  const options = {
    policies: opts.policies,
    host: opts.host,
    port: port(opts.port),
    decisionLog: opts.decisionLog === false ? null : opts.decisionLog,
    masks: opts.mask,
    bodyLimit: bytes(opts.bodyLimit),
    watch: opts.watch,
    lang: cliLang(),
  };
  const { startService, ServerError } = await import("@subsidia/server");
  let service: Awaited<ReturnType<typeof startService>>;
  try {
    service = await startService(options);
  } catch (e) {
    if (e instanceof ServerError) throw new CliError(e.inLang(cliLang()), e.exitCode);
    throw e;
  }
  const say = tr();
  const n = service.library.current.policies.length;
  const log = service.sink
    ? say("serve.decisionLog", { description: service.sink.description })
    : say("serve.noDecisionLog");
  process.stderr.write(`${say("serve.started", { n, dir: opts.policies, log })}\n`);
  // the handlers first: a signal sent as soon as the address is printed finds them in place
  const stopping = new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  process.stderr.write(`${say("serve.listening", { url: service.url })}\n`);
  const signal = await stopping;
  process.stderr.write(`${say("serve.draining", { signal })}\n`);
  await service.close();
  process.stderr.write(`${say("serve.stopped")}\n`);
  return 0;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("run the decision service: policies over HTTP, every decision recorded in a hash-chained log")
    .option("--policies <dir>", "the policy library: every .subsidia file under it, reloaded on change", "policies")
    .option("--host <host>", "the address to listen on", "127.0.0.1")
    .option("--port <n>", "the port to listen on (0: any free port)", "8080")
    .addOption(
      new Option("--decision-log <file-or-url>", "a JSONL file, or a postgresql:// URL for several instances")
        .env("SUBSIDIA_DECISION_LOG")
        .default("decisions.jsonl"),
    )
    .option("--no-decision-log", "answer without recording decisions")
    .option("--mask <path>", "a facts path to mask in the log, e.g. `applicant.creditCode` (repeatable)", collect, [])
    .option("--body-limit <size>", "the largest request body accepted", "1mb")
    .option("--no-watch", "do not reload the policies when their files change")
    .addHelpText(
      "after",
      "\nEndpoints: GET /v1/policies, GET /v1/policies/{id}, POST /v1/policies/{id}/evaluate, POST /v1/match,\n" +
        "GET /openapi.json, GET /healthz, GET /metrics. See docs/service.md.\n\nExamples:\n" +
        "  $ subsidia serve --policies policies --port 8080 --decision-log decisions.jsonl\n" +
        "  $ subsidia serve --decision-log postgresql://subsidia@db/subsidia --mask 'applicant.creditCode'",
    )
    .action((opts: ServeOptions) => runAsync(() => serveCommand(opts)));
}

const collect = (value: string, previous: string[]) => [...previous, value];
