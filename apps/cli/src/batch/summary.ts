import { Dec, formatWan } from "@subsidia/runtime";
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
  /** the signal that stopped the run before the end of its input */
  interrupted?: NodeJS.Signals;
}

const n = (x: number) => x.toLocaleString("en-US");
const yuan = (cents: bigint) => {
  const d = new Dec(cents.toString()).div(100);
  return `${d.toFixed(2)} 元 (${formatWan(d)})`;
};

export function renderSummary(s: Summary, where: string, paint: Paint): string {
  const rate = s.seconds > 0 ? `, ${n(Math.round(s.lines / s.seconds))}/s` : "";
  const errors =
    s.errors === 0
      ? paint.green("no errors")
      : paint.red(
          `${n(s.errors)} error record${s.errors === 1 ? "" : "s"} (line${s.errors === 1 ? "" : "s"} ${s.errorLines.join(", ")}${s.errors > s.errorLines.length ? ", …" : ""})`,
        );
  const stopped = s.interrupted
    ? [paint.red(`interrupted by ${s.interrupted}: the output is incomplete (its last record says so)`)]
    : [];
  return `${[
    ...stopped,
    `${paint.bold(`${n(s.lines)} applicant${s.lines === 1 ? "" : "s"}`)} → ${where} in ${s.seconds.toFixed(1)} s${rate}; ${errors}`,
    `total due ${yuan(s.totalCents)}; with up-to ${yuan(s.upToTotalCents)}`,
  ].join("\n")}\n`;
}
