import type { Command } from "commander";
import { CliError } from "../errors.js";
import { cliLang } from "../lang.js";
import { runAsync } from "../run.js";

export interface VerifyLogOptions {
  head?: string;
  json?: boolean;
}

/** Opens a decision log named by a JSONL path or a postgresql:// URL. */
export async function openLog(target: string) {
  const server = await import("@subsidia/server");
  try {
    return server.isPgUrl(target) ? await server.openPgLog(target) : await server.openFileLog(target);
  } catch (e) {
    if (e instanceof server.ServerError) throw new CliError(e.inLang(cliLang()), e.exitCode);
    throw e;
  }
}

/** `subsidia verify-log LOG`: checks the hash chain; exit 1 on any finding. */
export async function verifyLogCommand(target: string, opts: VerifyLogOptions): Promise<number> {
  const { verifyLog, renderVerify } = await import("@subsidia/server");
  const source = await openLog(target);
  try {
    const report = await verifyLog(source, opts.head !== undefined ? { expectHead: opts.head } : {});
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report, cliLang()));
    return report.findings.length > 0 ? 1 : 0;
  } finally {
    await source.close();
  }
}

export function registerVerifyLog(program: Command): void {
  program
    .command("verify-log")
    .description("check a decision log's hash chain: an edited, deleted, inserted or moved line is reported")
    .argument("<log>", "a JSONL decision log, or the postgresql:// URL of one")
    .option("--head <hash>", "the hash the log must end with (recorded elsewhere): detects lines cut off the end")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status 1 when anything is found. Examples:\n  $ subsidia verify-log decisions.jsonl\n" +
        "  $ subsidia verify-log postgresql://subsidia@db/subsidia --head sha256:…",
    )
    .action((target: string, opts: VerifyLogOptions) => runAsync(() => verifyLogCommand(target, opts)));
}
