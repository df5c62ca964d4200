import { InvalidArgumentError, type Command } from "commander";
import { formatDiagnostic } from "@subsidia/compiler";
import { runPolicyTestsWithCoverage, type Coverage } from "@subsidia/runtime";
import { policyFiles } from "../load.js";
import { loadDocument } from "../library/load-library.js";
import type { Paint } from "../paint.js";
import { run, stdoutPaint } from "../run.js";
import { type Translate, translateFailure } from "@subsidia/messages";
import { cliLang, tr } from "../lang.js";
import { type PerFile, watchPaths } from "../watch.js";
import { examples } from "../help.js";
import { money } from "../money-text.js";

export interface TestOptions {
  /** run again whenever a policy file is saved */
  watch?: boolean | undefined;
  /** print the coverage table of each policy */
  coverage?: boolean | undefined;
  /** fail when a policy's tests cover less than this percentage of its branches */
  minCoverage?: number | undefined;
  /** one JSON document instead of the report */
  json?: boolean | undefined;
}

/** `--json`: per file, whether it compiled, each test's outcome, the coverage; then the counts. */
function testJson(paths: string[], opts: TestOptions): { out: string; code: number } {
  const files = policyFiles(paths.length ? paths : ["policies"]).map((file) => {
    const p = loadDocument(file);
    if (p.role !== "policy" && !p.diagnostics.some((d) => d.severity === "error"))
      return { file, compiled: true, tests: [] };
    if (!p.ir) return { file, compiled: false, diagnostics: p.diagnostics.filter((d) => d.severity === "error") };
    const { outcomes, coverage } = runPolicyTestsWithCoverage(p.ir);
    const tests = outcomes.map((t) => ({ name: t.name, passed: t.passed, failures: t.failures, line: t.span.line }));
    const under = opts.minCoverage !== undefined && coverage.covered * 100 < opts.minCoverage * coverage.total;
    return { file, compiled: true, tests, coverage: { covered: coverage.covered, total: coverage.total }, under };
  });
  const tests = files.flatMap((f) => f.tests ?? []);
  const passed = tests.filter((t) => t.passed).length;
  const failed = tests.length - passed + files.filter((f) => !f.compiled).length;
  const under = files.some((f) => "under" in f && f.under);
  return {
    out: `${JSON.stringify({ files, passed, failed }, null, 2)}\n`,
    code: failed > 0 || under ? 1 : 0,
  };
}

/**
 * `subsidia test [FILES…]`: runs the tests written in policies; one line per
 * test and a closing count. With `--coverage`, a table per policy of the
 * branches its tests exercised (each condition true and false, each tier, each
 * lookup case, each cap binding and not, each uplift applied and not, caps across
 * years, `once`, `less received`, `select`, `pay` and `exclusive`); with
 * `--min-coverage N`, exit 1 when a policy's coverage is under N %.
 */
export function testCommand(paths: string[], paint: Paint, opts: TestOptions = {}): { out: string; code: number } {
  if (opts.json) return testJson(paths, opts);
  const r = testFiles(policyFiles(paths.length ? paths : ["policies"]), paint, opts);
  return { out: `${[...r.blocks.values(), r.summary].join("\n")}\n`, code: r.code };
}

/** The tests of each file, as `test` prints them, and the closing count. */
export function testFiles(files: string[], paint: Paint, opts: TestOptions = {}): PerFile {
  const t = tr();
  const blocks = new Map<string, string>();
  let passed = 0;
  let failed = 0;
  const underMinimum: string[] = [];
  for (const file of files) {
    const lines: string[] = [];
    const p = loadDocument(file);
    // a rule, an amendment or a vocabulary has no tests of its own: its policy's tests run
    if (p.role !== "policy" && !p.diagnostics.some((d) => d.severity === "error")) continue;
    if (!p.ir) {
      failed++;
      lines.push(
        paint.red(t("test.doesNotCompile", { file })),
        ...p.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => formatDiagnostic(d, p.text, paint, cliLang())),
      );
      blocks.set(file, lines.join("\n"));
      continue;
    }
    lines.push(paint.bold(file));
    const { outcomes, coverage } = runPolicyTestsWithCoverage(p.ir);
    for (const o of outcomes) {
      if (o.passed) {
        passed++;
        lines.push(`  ${paint.green("✓")} ${o.name}`);
      } else {
        failed++;
        lines.push(
          `  ${paint.red("✗")} ${o.name} ${paint.dim(`(${file}:${o.span.line})`)}`,
          ...o.failures.map((f) => `      ${translateFailure(f, cliLang(), (yuan) => money(yuan))}`),
        );
      }
    }
    if (opts.coverage) lines.push("", ...coverageTable(coverage, paint, t));
    const min = opts.minCoverage;
    if (min !== undefined) {
      const ok = coverage.covered * 100 >= min * coverage.total;
      if (!opts.coverage)
        lines.push(
          t("test.coverage", {
            percent: percent(coverage.covered, coverage.total),
            covered: coverage.covered,
            total: coverage.total,
          }),
        );
      if (!ok)
        underMinimum.push(t("test.underMinimum", { file, percent: percent(coverage.covered, coverage.total), min }));
    }
    lines.push("");
    blocks.set(file, lines.join("\n"));
  }
  const summary = [t("test.summary", { passed, failed }), ...underMinimum.map((u) => paint.red(`✗ ${u}`))];
  return { blocks, summary: summary.join("\n"), code: failed > 0 || underMinimum.length > 0 ? 1 : 0 };
}

/** `87.5%`: rounded down, so that 100% means every branch. */
function percent(covered: number, total: number): string {
  if (total === 0) return "100%";
  const tenths = Math.floor((covered * 1000) / total);
  return `${tenths / 10}%`;
}

/** One line per clause (and per article `cap total`, and the validity window), then what no test exercised. */
export function coverageTable(c: Coverage, paint: Paint, t: Translate = tr()): string[] {
  const width = Math.max(6, ...c.rows.map((r) => r.name.length));
  const branch = (text: string, span: { line: number } | undefined) =>
    paint.dim(`      ${text}${span ? t("test.line", { line: span.line }) : ""}`);
  const lines = [paint.bold(`  ${t("test.clause").padEnd(width)}  ${t("test.branches")}  ${t("test.covered")}`)];
  for (const r of c.rows) {
    const pct = percent(r.covered, r.total).padStart(7);
    const shown = r.missed.length === 0 ? paint.green(pct) : paint.yellow(pct);
    lines.push(
      `  ${r.name.padEnd(width)}  ${`${r.covered}/${r.total}`.padStart(8)}  ${shown}`,
      ...r.missed.map((m) => branch(t("test.notExercised", { label: m.label }), m.span)),
      ...r.pending.map((m) => branch(t("test.awaitsRule", { label: m.label, param: m.param }), m.span)),
    );
  }
  const total = `${`${c.covered}/${c.total}`.padStart(8)}  ${percent(c.covered, c.total).padStart(7)}`;
  lines.push(paint.bold(`  ${t("test.total").padEnd(width)}  ${total}`));
  return lines;
}

function parsePercent(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError(`expected a percentage from 0 to 100; got \`${value}\``);
  }
  return n;
}

export function registerTest(program: Command): void {
  program
    .command("test")
    .description("run the tests written in policy files (default: every policy under ./policies)")
    .argument("[paths...]", ".subsidia files or folders")
    .option("--coverage", "print, per clause, which branches the tests exercised")
    .option("-w, --watch", "run the tests again whenever a policy file is saved, showing only what changed")
    .option(
      "--min-coverage <percent>",
      "exit 1 when a policy's tests cover less than this percentage of its branches",
      parsePercent,
    )
    .option("--json", "print one JSON document: each test's outcome and each policy's coverage")
    .addHelpText(
      "after",
      examples(
        "subsidia test",
        "subsidia test --coverage policies/heilongjiang/biomanufacturing-2026.subsidia",
        "subsidia test --min-coverage 100 policies",
        "subsidia test --watch policies",
      ),
    )
    .action((paths: string[], opts: TestOptions) =>
      opts.watch
        ? watchPaths(paths.length ? paths : ["policies"], (files) => testFiles(files, stdoutPaint, opts))
        : run(() => testCommand(paths, stdoutPaint, opts)),
    );
}
