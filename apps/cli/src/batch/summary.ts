import { Dec, type PopulationLimits } from "@subsidia/runtime";
import { cliLang, tr } from "../lang.js";
import { money } from "../money-text.js";
import type { Paint } from "../paint.js";

/** What a batch run comes to: written to stderr at the end. */
export interface Summary {
  lines: number;
  errors: number;
  /** the first few lines that gave error records */
  errorLines: number[];
  totalCents: bigint;
  upToTotalCents: bigint;
  seconds: number;
  /** the policy's selections and budgets over the population, when it has any */
  limits?: PopulationLimits;
  /** the signal that stopped the run before the end of its input */
  interrupted?: NodeJS.Signals;
}

const yuan = (cents: bigint) => money(new Dec(cents.toString()).div(100));

/** `where` is a file name, or undefined for standard output. */
export function renderSummary(s: Summary, where: string | undefined, paint: Paint): string {
  const t = tr();
  const n = (x: number) => x.toLocaleString(cliLang() === "zh" ? "zh-CN" : "en-US");
  const rate = s.seconds > 0 ? `, ${n(Math.round(s.lines / s.seconds))}/s` : "";
  const lines = s.errorLines.join(", ");
  const more = s.errors > s.errorLines.length ? ", …" : "";
  const errors =
    s.errors === 0
      ? paint.green(t("batch.noErrors"))
      : paint.red(
          t("batch.errors", {
            count: s.errors,
            lines: t(s.errors === 1 ? "batch.lines" : "batch.linesPlural", { lines }),
            more,
          }),
        );
  const stopped = s.interrupted ? [paint.red(t("batch.interrupted", { signal: s.interrupted }))] : [];
  const head = t("batch.summary", {
    applicants: n(s.lines),
    where: where ?? t("batch.standardOutput"),
    seconds: s.seconds.toFixed(1),
    rate,
    errors,
  });
  const totals = t("batch.totals", { total: yuan(s.totalCents), upToTotal: yuan(s.upToTotalCents) });
  return `${[...stopped, head, totals, ...limitLines(s.limits)].join("\n")}\n`;
}

/** One line per selection (per category) and per budget: how many were selected, how much is left. */
function limitLines(limits: PopulationLimits | undefined): string[] {
  if (!limits) return [];
  const t = tr();
  const selections = limits.selections.map((s) =>
    t("batch.selection", {
      clause: s.clause,
      category: s.category === undefined ? "" : ` ${s.category}`,
      selected: s.selected,
      candidates: s.candidates,
      count: s.count,
    }),
  );
  const budgets = limits.budgets.map((b) =>
    t("batch.budget", {
      article: b.article,
      budget: money(b.budget),
      spent: money(b.spent),
      left: money(b.left),
      funded: b.funded,
      notFunded: b.notFunded,
    }),
  );
  return [...selections, ...budgets];
}
