import { term } from "@subsidia/messages";
import type { Span } from "./ast.js";
import { diagnostic, type Diagnostic, type Severity } from "./diagnostics.js";
import { offsetSpan } from "./spans.js";

/**
 * The limits that keep checking any text fast and bounded (docs/reliability.md): a
 * text longer than `MAX_TEXT_LENGTH` is refused at once (L005), and a file lists at
 * most `MAX_DIAGNOSTICS` errors (then one P006 that counts the rest) and as many
 * warnings (then one A012).
 * The parser stops recovering once it has reported that many (see parser.ts).
 */
export const MAX_TEXT_LENGTH = 1_048_576;
export const MAX_DIAGNOSTICS = 100;

/** L005 at the first character past the limit. */
export function tooLarge(text: string, file: string): Diagnostic {
  return diagnostic("L005.size", offsetSpan(file, text, MAX_TEXT_LENGTH, 0), {
    length: text.length,
    max: MAX_TEXT_LENGTH,
  });
}

/**
 * The first `MAX_DIAGNOSTICS` errors and the first `MAX_DIAGNOSTICS` warnings of `sorted`
 * (sorted by position), in that order; then a P006, at the first error not shown, saying how
 * many more there are ("at least" when checking stopped before the end), and an A012 likewise
 * for warnings. Warnings never hide an error.
 */
export function capDiagnostics(sorted: readonly Diagnostic[], stoppedEarly = false): Diagnostic[] {
  const counts = { error: 0, warning: 0 };
  const firstHidden: Partial<Record<Severity, Diagnostic>> = {};
  const kept = sorted.filter((d) => {
    counts[d.severity]++;
    if (counts[d.severity] <= MAX_DIAGNOSTICS) return true;
    firstHidden[d.severity] ??= d;
    return false;
  });
  const [error, warning] = [firstHidden.error, firstHidden.warning];
  return [
    ...kept,
    ...(error ? [tooMany("P006.errors", error.span, counts.error - MAX_DIAGNOSTICS, stoppedEarly)] : []),
    ...(warning ? [tooMany("A012.warnings", warning.span, counts.warning - MAX_DIAGNOSTICS, stoppedEarly)] : []),
  ];
}

function tooMany(id: "P006.errors" | "A012.warnings", span: Span, more: number, stoppedEarly: boolean): Diagnostic {
  const count = stoppedEarly ? term("atLeast", { n: more }) : more;
  return diagnostic(id, { ...span, length: 0 }, { count, max: MAX_DIAGNOSTICS });
}

/** Thrown by the parser when it has reported `MAX_DIAGNOSTICS` errors: recovering further is wasted work. */
export class TooManyErrors extends Error {}
