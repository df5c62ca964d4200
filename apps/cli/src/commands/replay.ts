import type { Command } from "commander";
import { cliLang } from "../lang.js";
import { runAsync } from "../run.js";
import { openLog } from "./verify-log.js";

/** `subsidia replay LOG`: re-evaluates every logged decision with the logged policy version; exit 1 on any difference. */
export async function replayCommand(target: string, opts: { json?: boolean }): Promise<number> {
  const { replayLog, renderReplay } = await import("@subsidia/server");
  const source = await openLog(target);
  try {
    const report = await replayLog(source);
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderReplay(report, cliLang()));
    return report.findings.length > 0 ? 1 : 0;
  } finally {
    await source.close();
  }
}

export function registerReplay(program: Command): void {
  program
    .command("replay")
    .description(
      "re-evaluate every decision of a decision log with the policy version it names, and report differences",
    )
    .argument("<log>", "a JSONL decision log (its policy versions beside it), or the postgresql:// URL of one")
    .option("--json", "print the report as JSON")
    .addHelpText(
      "after",
      "\nExit status 1 when a decision does not replay to its logged result. Examples:\n" +
        "  $ subsidia replay decisions.jsonl\n  $ subsidia replay postgresql://subsidia@db/subsidia",
    )
    .action((target: string, opts: { json?: boolean }) => runAsync(() => replayCommand(target, opts)));
}
