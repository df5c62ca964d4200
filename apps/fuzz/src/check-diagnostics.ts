import { DIAGNOSTICS, MAX_DIAGNOSTICS, type Diagnostic } from "@subsidia/syntax";
import { formatDiagnostic } from "@subsidia/compiler";
import { must, show, stage } from "./must.js";

/**
 * What every list of diagnostics must be, for any text: known codes with their registry
 * severity, a lowercase message on one line, a span inside the text whose line and column agree with
 * its offset (lines end at `\n`, `\r\n` or a lone `\r`), at most the cap of errors and of
 * warnings (and the one that counts the rest), and a printable form that starts with
 * `file:line:column`.
 */
export function checkDiagnostics(ds: readonly Diagnostic[], text: string, file: string): void {
  for (const severity of ["error", "warning"] as const)
    must(ds.filter((d) => d.severity === severity).length <= MAX_DIAGNOSTICS + 1, `more than the cap of ${severity}s`);
  for (const d of ds) {
    const entry = DIAGNOSTICS[d.code];
    must(entry !== undefined && entry.severity === d.severity, `unknown code or wrong severity: ${show(d)}`);
    must(/^[a-z`]/.test(d.message) && !/\.$/.test(d.message), `message not lowercase or ends in a period: ${show(d)}`);
    must(!/[\r\n]/.test(d.message), `a message over several lines: ${show(d)}`);
    const { offset, length, line, column } = d.span;
    must(offset >= 0 && length >= 0 && offset + length <= text.length, `span outside the text: ${show(d)}`);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    // an offset between `\r` and `\n` is on the line that `\r\n` ends
    if (!(text[offset - 1] === "\r" && text[offset] === "\n")) {
      const want = [before.length, (before.at(-1)?.length ?? 0) + 1];
      must(line === want[0] && column === want[1], `line:column ${line}:${column} for ${show(want)}: ${show(d)}`);
    }
    const printed = stage("formatDiagnostic", () => formatDiagnostic(d, text));
    must(printed.startsWith(`${file}:${line}:${column} `), `printed without its position: ${show(printed)}`);
  }
}
