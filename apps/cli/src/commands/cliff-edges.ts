import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { CLIFF_BANDS, CliffEdges, type CliffSummary } from "@subsidia/diff";
import { EvaluationError, evaluatePolicy, validateFacts } from "@subsidia/runtime";
import { CliError } from "../errors.js";
import { parseFactsText } from "../facts-input.js";
import { tr } from "../lang.js";
import { type LimitFlags, readLimits } from "../limits.js";
import { readError, requirePolicy } from "../load.js";
import type { Paint } from "../paint.js";
import { inputName, stdoutPaint, writeErr, writeOut } from "../run.js";

export interface CliffOptions extends LimitFlags {
  facts: string;
  json?: boolean;
}

const percent = (band: string) => `${Number(band) * 100}%`;

function render(s: CliffSummary, skipped: number, paint: Paint): string {
  const t = tr();
  const head = [
    t("cliff.clause"),
    t("cliff.notMet"),
    ...CLIFF_BANDS.map((b) => t("cliff.within", { band: percent(b) })),
  ];
  const rows = s.clauses.map((r) => [
    `${t("report.articleShort", { number: r.article })} ${r.clause}`,
    String(r.notMet),
    ...CLIFF_BANDS.map((b) => String(r.within[b])),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [paint.bold(t("cliff.title", { applicants: s.applicants })), line(head), ...rows.map(line)];
  if (skipped > 0) out.push(paint.red(t("cliff.skipped", { count: skipped })));
  return `${out.join("\n")}\n`;
}

/**
 * `subsidia population cliffs POLICY --facts FILE.jsonl`: evaluates each applicant with
 * why-not and counts, per clause, those who missed it only by numeric thresholds, by less
 * than 1%, 5% and 10%.
 */
export async function cliffsCommand(file: string, opts: CliffOptions): Promise<number> {
  const limits = readLimits(opts);
  const policy = await requirePolicy(file, stdoutPaint);
  const edges = new CliffEdges(policy.articles.flatMap((a) => a.clauses.map((c) => c.id)));
  let skipped = 0;
  const input = opts.facts === "-" ? process.stdin : createReadStream(opts.facts, "utf8");
  const failed = new Promise<never>((_, reject) =>
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(tr()("error.cannotRead", { what: `\`${inputName(opts.facts)}\``, why: readError(e) }))),
    ),
  );
  const work = (async () => {
    for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (text.trim() === "") continue;
      const parsed = parseFactsText(text, limits);
      const valid = parsed.ok ? validateFacts(policy, parsed.value, { maxItems: limits.maxItems }) : null;
      if (!valid?.ok) {
        skipped++;
        continue;
      }
      try {
        edges.add(evaluatePolicy(policy, valid.facts, { whyNot: true }));
      } catch (e) {
        if (!(e instanceof EvaluationError)) throw e;
        skipped++;
      }
    }
  })();
  await Promise.race([work, failed]);
  const summary = edges.summary();
  writeOut(opts.json ? `${JSON.stringify({ ...summary, skipped }, null, 2)}\n` : render(summary, skipped, stdoutPaint));
  if (skipped > 0 && opts.json) writeErr(`${tr()("cliff.skipped", { count: skipped })}\n`);
  return skipped > 0 ? 1 : 0;
}
