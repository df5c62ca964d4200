import type { Command } from "commander";
import { run, stdoutPaint } from "../run.js";
import { formatDiagnostic } from "@subsidia/compiler";
import { runPolicyTests } from "@subsidia/runtime";
import { loadPolicy, policyFiles } from "../load.js";
import type { Paint } from "../paint.js";

/** `subsidia test [FILES…]`: runs the tests written in policies; one line per test and a closing count. */
export function testCommand(paths: string[], paint: Paint): { out: string; code: number } {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of policyFiles(paths.length ? paths : ["policies"])) {
    const p = loadPolicy(file);
    if (!p.ir) {
      failed++;
      lines.push(paint.red(`✗ ${file}: does not compile`), ...p.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, p.text, paint)));
      continue;
    }
    lines.push(paint.bold(file));
    for (const t of runPolicyTests(p.ir)) {
      if (t.passed) {
        passed++;
        lines.push(`  ${paint.green("✓")} ${t.name}`);
      } else {
        failed++;
        lines.push(`  ${paint.red("✗")} ${t.name} ${paint.dim(`(${file}:${t.span.line})`)}`, ...t.failures.map((f) => `      ${f}`));
      }
    }
  }
  lines.push("", `${passed} passed, ${failed} failed`);
  return { out: lines.join("\n") + "\n", code: failed > 0 ? 1 : 0 };
}

export function registerTest(program: Command): void {
  program
    .command("test")
    .description("run the tests written in policy files (default: every policy under ./policies)")
    .argument("[paths...]", ".subsidia files or folders")
    .addHelpText("after", "\nExamples:\n  $ subsidia test\n  $ subsidia test policies/heilongjiang/biomanufacturing-2026.subsidia")
    .action((paths: string[]) => run(() => testCommand(paths, stdoutPaint)));
}
