import type { Span as IrSpan } from "@subsidia/ir";
import { diagnostic, type Diagnostic, type DiagnosticCode, type Span } from "@subsidia/syntax";

/** Collects diagnostics and turns AST spans into IR spans and source text. */
export class Context {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  report(
    code: DiagnosticCode,
    span: Span,
    message: string,
    extra: { expected?: string[]; suggestion?: string } = {},
  ): void {
    // a message quoting source text written over several lines reads on one line
    this.diagnostics.push(diagnostic(code, span, message.replace(/\s*[\r\n]\s*/g, " "), extra));
  }

  span(span: Span): IrSpan {
    return { line: span.line, column: span.column, offset: span.offset, length: span.length };
  }

  src(span: Span): string {
    return this.text.slice(span.offset, span.offset + span.length);
  }
}

/** Joins two spans into the span that covers both. */
export function cover(a: Span, b: Span): Span {
  const end = Math.max(a.offset + a.length, b.offset + b.length);
  return { ...a, length: end - a.offset };
}
